import type { Language } from '../listings/format';

// Intl for the language directly; these move to the shared client formatting helpers when they land.
const locale = (language: Language) => (language === 'en' ? 'en-GB' : 'sv-SE');

/** "1 234,5" in Swedish, "1,234.5" in English. */
export function formatNumber(value: number, language: Language, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(locale(language), { maximumFractionDigits }).format(value);
}

/** Tonnes of material: "1 234,5 t"; under ten tonnes with up to two decimals ("0,25 t"). */
export function formatTonnes(tonnes: number, language: Language): string {
  return `${formatNumber(tonnes, language, Math.abs(tonnes) < 10 ? 2 : 1)} t`;
}

/**
 * CO2e given in kg: in tonnes from one tonne ("195,0 t CO2e"), in whole kg below it, so 22 kg of
 * transport never reads "0 t CO2e".
 */
export function formatCo2e(kg: number, language: Language): string {
  if (Math.abs(kg) < 1000) return `${formatNumber(kg, language, 0)} kg CO2e`;
  return `${formatNumber(kg / 1000, language)} t CO2e`;
}

export function formatSekAmount(sek: number, language: Language): string {
  return `${formatNumber(sek, language, 0)} kr`;
}
