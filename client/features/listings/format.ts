import { type Frequency, frequencyLabel, type Unit, unitLabel } from '../../../shared/listings/units';
import { categoryName } from '../../../shared/taxonomy/taxonomy';

export type Language = 'sv' | 'en';

export function languageOf(code: string): Language {
  return code === 'en' ? 'en' : 'sv';
}

/** "2 ton per månad" / "2 t per month", with the number formatted for the language. */
export function formatQuantity(quantity: number, unit: string, frequency: string, language: Language): string {
  const number = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'sv-SE', { maximumFractionDigits: 2 }).format(
    quantity,
  );
  return `${number} ${unitLabel(unit as Unit, language)} ${frequencyLabel(frequency as Frequency, language)}`;
}

export function formatSek(amount: number, language: Language): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'sv-SE', {
    style: 'currency',
    currency: 'SEK',
    maximumFractionDigits: 2,
  }).format(amount);
}

export function formatDate(value: string | Date, language: Language): string {
  const date = typeof value === 'string' ? new Date(value.length === 10 ? `${value}T12:00:00` : value) : value;
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'sv-SE', { dateStyle: 'medium' }).format(date);
}

export function categoryLabel(id: string, language: Language): string {
  return categoryName(id, language);
}

/** "24 000 kg": a number and its unit, no frequency. */
export function formatAmount(quantity: number, unit: string, language: Language): string {
  const number = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'sv-SE', { maximumFractionDigits: 2 }).format(
    quantity,
  );
  return `${number} ${unitLabel(unit as Unit, language)}`;
}
