import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type Formatter, formatterFor, languageOf } from './format';

/** The formatters for the language the page is shown in; a language switch re-renders with the new ones. */
export function useFormat(): Formatter {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  return useMemo(() => formatterFor(language, t), [language, t]);
}
