import type { TFunction } from 'i18next';
import { frequencyLabel, isFrequency, isUnit } from '../../shared/listings/units';

/**
 * Every number, quantity, distance, amount and date the client shows, formatted with Intl for the
 * chosen language (1 234,5 · 20,1 km · 1 pall / 2 pallar · 1 234 kr · 2 dec. 2026). Pure: the
 * language and the translate function come in, nothing is read from the page.
 */
export type Language = 'sv' | 'en';

export function languageOf(code: string | undefined): Language {
  return code?.startsWith('en') ? 'en' : 'sv';
}

/** The locale behind each language: British English writes dates as "2 Dec 2026", as Swedes read easily. */
export function localeOf(language: Language): string {
  return language === 'en' ? 'en-GB' : 'sv-SE';
}

// Intl formatters are costly to build and pages format hundreds of values, so each is built once.
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(localeOf(language), options);
    numberFormats.set(key, format);
  }
  return format;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(localeOf(language), options);
    dateFormats.set(key, format);
  }
  return format;
}

/** "1 234,5" in Swedish, "1,234.5" in English; at most two decimals unless told otherwise. */
export function formatNumber(value: number, language: Language, maximumFractionDigits = 2): string {
  return numberFormat(language, { maximumFractionDigits }).format(value);
}

/** The value as shown with that many decimals, so the plural agrees with the figure read (1,004 → "1 pall"). */
function roundedTo(value: number, maximumFractionDigits: number): number {
  const factor = 10 ** maximumFractionDigits;
  return Math.round(value * factor) / factor;
}

/** "20,1 km" / "20.1 km": a decimal below 100 km, whole kilometres beyond; the unit never wraps to a new line. */
export function formatDistance(km: number, language: Language): string {
  return `${formatNumber(km, language, Math.abs(km) < 100 ? 1 : 0)}\u00a0km`;
}

/** "1 234 kr" / "SEK 1,234": whole kronor without decimals, öre when there are any. */
export function formatMoney(sek: number, language: Language): string {
  const whole = Number.isInteger(sek);
  return numberFormat(language, {
    style: 'currency',
    currency: 'SEK',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  }).format(sek);
}

/** "80 %" / "80%": a share given in percent (80, not 0.8). */
export function formatPercent(percent: number, language: Language): string {
  return numberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(percent / 100);
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar date ("2026-12-02") is that day wherever the reader is; an instant is shown in the
 * reader's time zone (or the one given, for tests and emails).
 */
function toDate(value: string | Date): { date: Date; timeZone: string | undefined } {
  if (typeof value === 'string' && isoDate.test(value))
    return { date: new Date(`${value}T00:00:00Z`), timeZone: 'UTC' };
  return { date: typeof value === 'string' ? new Date(value) : value, timeZone: undefined };
}

/** The one date format of each language: "2 dec. 2026" / "2 Dec 2026". */
export function formatDate(value: string | Date, language: Language, timeZone?: string): string {
  const parsed = toDate(value);
  const zone = parsed.timeZone ?? timeZone;
  return dateFormat(language, { dateStyle: 'medium', ...(zone ? { timeZone: zone } : {}) }).format(parsed.date);
}

/** The same date with the time of day: "2 dec. 2026 14:05" / "2 Dec 2026, 14:05". */
export function formatDateTime(value: string | Date, language: Language, timeZone?: string): string {
  const parsed = toDate(value);
  const zone = parsed.timeZone ?? timeZone;
  return dateFormat(language, { dateStyle: 'medium', timeStyle: 'short', ...(zone ? { timeZone: zone } : {}) }).format(
    parsed.date,
  );
}

/** "mars 2027" / "March 2027", for periods and months in charts. */
export function formatMonth(value: string | Date, language: Language, timeZone?: string): string {
  const parsed = toDate(value);
  const zone = parsed.timeZone ?? timeZone;
  return dateFormat(language, { month: 'long', year: 'numeric', ...(zone ? { timeZone: zone } : {}) }).format(
    parsed.date,
  );
}

/** The ISO form a `<time dateTime>` attribute wants. */
export function machineDateTime(value: string | Date): string {
  return toDate(value).date.toISOString();
}

/** "pall" for 1, "pallar" for 2, by i18next's plural rules for the language of `t`; unknown units as given. */
export function unitName(unit: string, count: number, t: TFunction): string {
  return isUnit(unit) ? String(t(`units.${unit}`, { count })) : unit;
}

/** "2 pallar" / "1 pallet": a number and its unit, with the unit agreeing with the number. */
export function formatAmount(quantity: number, unit: string, language: Language, t: TFunction): string {
  const shown = roundedTo(quantity, 2);
  return t('format.quantity', { number: formatNumber(shown, language), unit: unitName(unit, shown, t) });
}

/** "2 ton per månad" / "1 pallet per week". */
export function formatQuantity(
  quantity: number,
  unit: string,
  frequency: string,
  language: Language,
  t: TFunction,
): string {
  if (!isFrequency(frequency)) return formatAmount(quantity, unit, language, t);
  const shown = roundedTo(quantity, 2);
  return t('format.quantityPer', {
    number: formatNumber(shown, language),
    unit: unitName(unit, shown, t),
    frequency: frequencyLabel(frequency, language),
  });
}

/** "120 kr per pall" / "SEK 120 per pallet". */
export function formatPricePerUnit(sek: number, unit: string, language: Language, t: TFunction): string {
  return t('format.pricePerUnit', { price: formatMoney(sek, language), unit: unitName(unit, 1, t) });
}

/** "59,1955° N, 17,6253° Ö": a site's pin, never with a bare comma between two decimal commas. */
export function formatCoordinates(lat: number, lon: number, language: Language, t: TFunction): string {
  const degrees = numberFormat(language, { minimumFractionDigits: 4, maximumFractionDigits: 4 });
  return t('format.coordinates', { lat: degrees.format(lat), lon: degrees.format(lon) });
}

/** Every formatter bound to one language and its translate function, as pages use them. */
export function formatterFor(language: Language, t: TFunction) {
  return {
    language,
    number: (value: number, maximumFractionDigits?: number) => formatNumber(value, language, maximumFractionDigits),
    distance: (km: number) => formatDistance(km, language),
    money: (sek: number) => formatMoney(sek, language),
    percent: (percent: number) => formatPercent(percent, language),
    date: (value: string | Date) => formatDate(value, language),
    dateTime: (value: string | Date) => formatDateTime(value, language),
    month: (value: string | Date) => formatMonth(value, language),
    unit: (unit: string, count: number) => unitName(unit, count, t),
    amount: (quantity: number, unit: string) => formatAmount(quantity, unit, language, t),
    quantity: (quantity: number, unit: string, frequency: string) =>
      formatQuantity(quantity, unit, frequency, language, t),
    pricePerUnit: (sek: number, unit: string) => formatPricePerUnit(sek, unit, language, t),
    coordinates: (lat: number, lon: number) => formatCoordinates(lat, lon, language, t),
  };
}

export type Formatter = ReturnType<typeof formatterFor>;
