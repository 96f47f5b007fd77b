import i18next from 'i18next';
import { categoryName } from '../../../shared/taxonomy/taxonomy';
import * as format from '../../ui/format';

// Kept for the pages that still import from here (search, impact); new code uses client/ui/format.ts
// through useFormat(). Unit names come from the app's i18next, so these get the plurals too.
export type Language = format.Language;
export const languageOf = format.languageOf;
export const formatDate = format.formatDate;

const tFor = (language: Language) => i18next.getFixedT(language);

/** "2 ton per månad" / "1 pallet per month". */
export function formatQuantity(quantity: number, unit: string, frequency: string, language: Language): string {
  return format.formatQuantity(quantity, unit, frequency, language, tFor(language));
}

/** "24 000 kg": a number and its unit, no frequency. */
export function formatAmount(quantity: number, unit: string, language: Language): string {
  return format.formatAmount(quantity, unit, language, tFor(language));
}

export function formatSek(amount: number, language: Language): string {
  return format.formatMoney(amount, language);
}

export function categoryLabel(id: string, language: Language): string {
  return categoryName(id, language);
}
