import { formatNumber as formatSharedNumber, type Language } from '../../ui/format';

// Impact's own figures (tonnes, CO2e, kronor as "1 234 kr" in both languages), built on the shared
// Intl number formatting; they stay here because only the impact pages show them.

/** "1 234,5" in Swedish, "1,234.5" in English; one decimal unless told otherwise. */
export function formatNumber(value: number, language: Language, maximumFractionDigits = 1): string {
  return formatSharedNumber(value, language, maximumFractionDigits);
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
