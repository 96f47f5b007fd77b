import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { type Messages, sv } from './sv';

export const languages = ['sv', 'en'] as const;
export type Language = (typeof languages)[number];

const storageKey = 'sidestream.language';

function storedLanguage(): Language {
  const stored = globalThis.localStorage?.getItem(storageKey);
  return stored === 'en' ? 'en' : 'sv';
}

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}

/** Swedish is the default; a chosen language is remembered in this browser and set on <html lang>. */
export async function initI18n(): Promise<typeof i18next> {
  const language = storedLanguage();
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'sv',
    resources: { sv: { translation: sv }, en: { translation: en } },
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = language;
  return i18next;
}

export async function changeLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  globalThis.localStorage?.setItem(storageKey, language);
  document.documentElement.lang = language;
}
