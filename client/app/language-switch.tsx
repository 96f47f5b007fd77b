import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../i18n/i18n';
import { trpc } from '../lib/trpc';
import { useMe } from '../lib/use-me';

/**
 * One button that switches to the other language, labelled in that language so it is found by
 * those who need it. Signed in, the choice is saved on the account, so emails follow it too.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const saveLanguage = useMutation(trpc.accounts.updateProfile.mutationOptions());
  const other = i18n.language === 'en' ? 'sv' : 'en';

  // After signing in, the account's language wins over this browser's.
  const accountLanguage = me.data?.language;
  // Runs when the account's language changes (sign-in, or after saving), not on every switch.
  useEffect(() => {
    if (accountLanguage && accountLanguage !== i18n.language) void changeLanguage(accountLanguage);
  }, [accountLanguage, i18n]);

  return (
    <button
      type="button"
      className="language-switch"
      lang={other}
      onClick={async () => {
        await changeLanguage(other);
        if (me.data) {
          await saveLanguage.mutateAsync({ language: other });
          await queryClient.invalidateQueries(trpc.accounts.me.queryFilter());
        }
      }}
    >
      {t('language.switchTo')}
    </button>
  );
}
