import { useMutation } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMessage } from '../../lib/errors';
import { trpc } from '../../lib/trpc';
import { FormMessage } from '../../ui/fields';

/** The link in an alert email: one click stops that alert's emails, signed in or not. */
export function UnsubscribePage() {
  const { t } = useTranslation();
  const message = useMessage();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const unsubscribe = useMutation(trpc.alerts.unsubscribe.mutationOptions());
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per token
  useEffect(() => {
    if (token) unsubscribe.mutate({ token });
  }, [token]);
  const fieldError = (unsubscribe.error?.data as { fieldErrors?: Record<string, string[]> } | undefined)?.fieldErrors
    ?.token?.[0];
  return (
    <section className="panel narrow" aria-labelledby="unsubscribe-heading">
      <h1 id="unsubscribe-heading">{t('alerts.unsubscribeHeading')}</h1>
      {unsubscribe.isPending && <p>{t('common.loading')}</p>}
      {unsubscribe.data && (
        <FormMessage kind="success">
          {t('alerts.unsubscribeDone', { names: unsubscribe.data.alerts.join(', ') })}
        </FormMessage>
      )}
      {(unsubscribe.isError || !token) && (
        <FormMessage kind="error">
          {message(fieldError ?? unsubscribe.error?.message ?? 'alerts.unsubscribeInvalid')}
        </FormMessage>
      )}
    </section>
  );
}
