import type { Language } from '../listings/format';

const locale = (language: Language) => (language === 'en' ? 'en-GB' : 'sv-SE');

/** "1 234,5" in Swedish, "1,234.5" in English. */
export function formatNumber(value: number, language: Language, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(locale(language), { maximumFractionDigits }).format(value);
}

/** Tonnes of material: "1 234,5 t". */
export function formatTonnes(tonnes: number, language: Language): string {
  return `${formatNumber(tonnes, language)} t`;
}

/** CO2e given in kg, shown in tonnes: "195,0 t CO2e". */
export function formatCo2e(kg: number, language: Language): string {
  return `${formatNumber(kg / 1000, language)} t CO2e`;
}

export function formatSekAmount(sek: number, language: Language): string {
  return `${formatNumber(sek, language, 0)} kr`;
}
