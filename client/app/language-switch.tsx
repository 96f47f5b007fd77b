import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../i18n/i18n';

/** One button that switches to the other language, labelled in that language so it is found by those who need it. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const other = i18n.language === 'en' ? 'sv' : 'en';
  return (
    <button type="button" className="language-switch" lang={other} onClick={() => void changeLanguage(other)}>
      {t('language.switchTo')}
    </button>
  );
}
