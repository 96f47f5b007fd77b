import i18next, { type TFunction } from 'i18next';
import { beforeAll, expect, test } from 'vitest';
import { en } from '../../client/i18n/en';
import { sv } from '../../client/i18n/sv';
import {
  formatAmount,
  formatCoordinates,
  formatDate,
  formatDateTime,
  formatDistance,
  formatMoney,
  formatMonth,
  formatNumber,
  formatPercent,
  formatPricePerUnit,
  formatQuantity,
  languageOf,
  unitName,
} from '../../client/ui/format';
import { units } from '../../shared/listings/units';

// Intl separates thousands with a no-break space in Swedish, and puts one before "kr", "km" and "%".
const nb = '\u00a0';

let tSv: TFunction;
let tEn: TFunction;

beforeAll(async () => {
  // The app's own messages in a fresh i18next, as the client sets it up, so the plural keys are the real ones.
  const instance = i18next.createInstance();
  await instance.init({
    lng: 'sv',
    fallbackLng: 'sv',
    resources: { sv: { translation: sv }, en: { translation: en } },
    interpolation: { escapeValue: false },
  });
  tSv = instance.getFixedT('sv');
  tEn = instance.getFixedT('en');
});

test('numbers: a space between thousands and a decimal comma in Swedish, a comma and a dot in English', () => {
  expect(formatNumber(1234.5, 'sv')).toBe(`1${nb}234,5`);
  expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
  expect(formatNumber(22847.353740000002, 'sv')).toBe(`22${nb}847,35`);
  expect(formatNumber(0.5, 'sv', 0)).toBe('1');
});

test('distances: 20,1 km in Swedish, 20.1 km in English, whole kilometres from 100', () => {
  expect(formatDistance(20.1, 'sv')).toBe(`20,1${nb}km`);
  expect(formatDistance(20.1, 'en')).toBe(`20.1${nb}km`);
  expect(formatDistance(14, 'sv')).toBe(`14${nb}km`);
  expect(formatDistance(123.4, 'en')).toBe(`123${nb}km`);
});

test('money in kronor: no öre on whole amounts, the Swedish and the English way of writing SEK', () => {
  expect(formatMoney(1234, 'sv')).toBe(`1${nb}234${nb}kr`);
  expect(formatMoney(1234.5, 'sv')).toBe(`1${nb}234,50${nb}kr`);
  expect(formatMoney(1234, 'en')).toBe(`SEK${nb}1,234`);
});

test('percent: "80 %" in Swedish, "80%" in English', () => {
  expect(formatPercent(80, 'sv')).toBe(`80${nb}%`);
  expect(formatPercent(80, 'en')).toBe('80%');
});

test('1 pall, 2 pallar; 1 pallet, 2 pallets', () => {
  expect(formatAmount(1, 'pallets', 'sv', tSv)).toBe('1 pall');
  expect(formatAmount(2, 'pallets', 'sv', tSv)).toBe('2 pallar');
  expect(formatAmount(1, 'pallets', 'en', tEn)).toBe('1 pallet');
  expect(formatAmount(2, 'pallets', 'en', tEn)).toBe('2 pallets');
  expect(formatAmount(1.5, 'pallets', 'sv', tSv)).toBe('1,5 pallar');
  expect(formatAmount(1.5, 'pallets', 'en', tEn)).toBe('1.5 pallets');
});

test('the unit agrees with the figure shown, not with decimals rounded away', () => {
  expect(formatAmount(1.004, 'pallets', 'sv', tSv)).toBe('1 pall');
  expect(formatAmount(1.004, 'hours', 'en', tEn)).toBe('1 hour');
});

test('"cirka 1 pall", never "cirka 1 pallar": the teaser sentence with its quantity', () => {
  const about = (t: TFunction, language: 'sv' | 'en') =>
    t('listings.about', { quantity: formatQuantity(1, 'pallets', 'monthly', language, t) });
  expect(about(tSv, 'sv')).toBe('cirka 1 pall per månad');
  expect(about(tEn, 'en')).toBe('about 1 pallet per month');
});

test('quantities with a frequency, the number formatted for the language', () => {
  expect(formatQuantity(24000, 'kg', 'yearly', 'sv', tSv)).toBe(`24${nb}000 kg per år`);
  expect(formatQuantity(2, 't', 'monthly', 'sv', tSv)).toBe('2 ton per månad');
  expect(formatQuantity(1, 'hours', 'weekly', 'sv', tSv)).toBe('1 timme per vecka');
  expect(formatQuantity(3, 'hours', 'weekly', 'sv', tSv)).toBe('3 timmar per vecka');
  expect(formatQuantity(2500.5, 'l', 'quarterly', 'en', tEn)).toBe('2,500.5 litres per quarter');
  expect(formatQuantity(1, 'pcs', 'once', 'en', tEn)).toBe('1 piece once');
});

test('every unit has a singular and a plural name in both languages', () => {
  for (const unit of units) {
    for (const t of [tSv, tEn]) {
      for (const count of [1, 2]) {
        const name = unitName(unit, count, t);
        expect(name, `${unit} × ${count}`).not.toMatch(/^units\./);
        expect(name.length).toBeGreaterThan(0);
      }
    }
  }
});

test('a price per unit names the unit in the singular', () => {
  expect(formatPricePerUnit(120, 'pallets', 'sv', tSv)).toBe(`120${nb}kr per pall`);
  expect(formatPricePerUnit(120, 'pallets', 'en', tEn)).toBe(`SEK${nb}120 per pallet`);
});

test('one date format per language, and a calendar date is the same day in every time zone', () => {
  expect(formatDate('2026-12-02', 'sv')).toBe('2 dec. 2026');
  expect(formatDate('2026-12-02', 'en')).toBe('2 Dec 2026');
  expect(formatDate('2026-12-02T23:30:00Z', 'sv', 'Europe/Stockholm')).toBe('3 dec. 2026');
  expect(formatDateTime('2026-12-02T13:05:00Z', 'sv', 'Europe/Stockholm')).toBe('2 dec. 2026 14:05');
  expect(formatDateTime('2026-12-02T13:05:00Z', 'en', 'Europe/Stockholm')).toBe('2 Dec 2026, 14:05');
  expect(formatMonth('2027-03-10', 'sv')).toBe('mars 2027');
  expect(formatMonth('2027-03-10', 'en')).toBe('March 2027');
});

test('coordinates keep their decimal commas apart', () => {
  expect(formatCoordinates(59.1955, 17.6253, 'sv', tSv)).toBe('59,1955° N, 17,6253° Ö');
  expect(formatCoordinates(59.1955, 17.6253, 'en', tEn)).toBe('59.1955° N, 17.6253° E');
});

test('the language of a page: English only when chosen, Swedish otherwise', () => {
  expect(languageOf('en')).toBe('en');
  expect(languageOf('en-GB')).toBe('en');
  expect(languageOf('sv')).toBe('sv');
  expect(languageOf(undefined)).toBe('sv');
});

test('counts in sentences: i18next formats the number for the language and picks the plural', () => {
  expect(tSv('brokering.days', { count: 1 })).toBe('1 dag');
  expect(tSv('brokering.days', { count: 12 })).toBe('12 dagar');
  expect(tEn('brokering.days', { count: 1 })).toBe('1 day');
  expect(tSv('brokering.showingFirst', { shown: 20, count: 1234 })).toBe(`Visar de 20 första av 1${nb}234.`);
  expect(tEn('brokering.showingFirst', { shown: 20, count: 1234 })).toBe('Showing the first 20 of 1,234.');
});
