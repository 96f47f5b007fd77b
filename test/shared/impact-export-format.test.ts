import { parse } from 'csv-parse/sync';
import { expect, test } from 'vitest';
import {
  type ExportColumn,
  formatExportCell,
  neutraliseFormula,
  roundedNumber,
  toCsv,
} from '../../shared/impact/export-format';

const columns: ExportColumn[] = [
  { key: 'company', header: { sv: 'Företag', en: 'Company' } },
  { key: 'tonnes', header: { sv: 'Ton', en: 'Tonnes' }, decimals: 3 },
  { key: 'net', header: { sv: 'Netto (kg CO2e)', en: 'Net (kg CO2e)' }, decimals: 0 },
  { key: 'hazardous', header: { sv: 'Farligt avfall', en: 'Hazardous waste' } },
];
const rows = [
  { company: 'Södertälje Precisionsmekanik AB', tonnes: 22847.353740000002, net: 185_632_012.4, hazardous: false },
  { company: 'Gjuteri; "Norr" AB', tonnes: 0.0224, net: -22.49, hazardous: true },
  { company: '=HYPERLINK("http://evil.example","Klicka")', tonnes: null, net: null, hazardous: false },
];

test('Swedish: a byte-order mark, semicolons, decimal commas, Swedish headers and ja/nej', () => {
  const csv = toCsv(columns, rows, 'sv');
  expect(csv.startsWith('\uFEFFFöretag;Ton;Netto (kg CO2e);Farligt avfall\r\n')).toBe(true);
  const lines = csv.slice(1).split('\r\n');
  expect(lines[1]).toBe('Södertälje Precisionsmekanik AB;22847,354;185632012;nej');
  // A cell holding the separator or a quote is quoted; a negative net stays a number.
  expect(lines[2]).toBe('"Gjuteri; ""Norr"" AB";0,022;-22;ja');
  expect(csv.endsWith('\r\n')).toBe(true);
  const parsed = parse(csv, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
  expect(parsed.map((row) => row.Företag)).toEqual([
    'Södertälje Precisionsmekanik AB',
    'Gjuteri; "Norr" AB',
    `'=HYPERLINK("http://evil.example","Klicka")`,
  ]);
  expect(parsed[0]?.Ton).toBe('22847,354');
});

test('English: no byte-order mark, commas, decimal points, English headers and yes/no', () => {
  const csv = toCsv(columns, rows, 'en');
  expect(csv.charCodeAt(0)).not.toBe(0xfeff);
  const lines = csv.split('\r\n');
  expect(lines[0]).toBe('Company,Tonnes,Net (kg CO2e),Hazardous waste');
  expect(lines[1]).toBe('Södertälje Precisionsmekanik AB,22847.354,185632012,no');
  expect(lines[2]).toBe('"Gjuteri; ""Norr"" AB",0.022,-22,yes');
  const parsed = parse(csv, { columns: true }) as Record<string, string>[];
  expect(parsed[2]).toEqual({
    Company: `'=HYPERLINK("http://evil.example","Klicka")`,
    Tonnes: '',
    'Net (kg CO2e)': '',
    'Hazardous waste': 'no',
  });
});

test('every text cell a spreadsheet could run as a formula starts with an apostrophe, in both languages', () => {
  for (const dangerous of ['=1+1', '+46 8 123', '-2+3', '@SUM(A1)', '\tcmd', '\r=1']) {
    expect(neutraliseFormula(dangerous)).toBe(`'${dangerous}`);
    for (const language of ['sv', 'en'] as const) {
      expect(formatExportCell(dangerous, columns[0] as ExportColumn, language)).toBe(`'${dangerous}`);
    }
  }
  for (const harmless of ['Aluminiumspån', 'a=b', '2026-03-01', '', "'already"]) {
    expect(neutraliseFormula(harmless)).toBe(harmless);
  }
  // A header is text too.
  const csv = toCsv([{ key: 'x', header: { sv: '=cmd', en: '@cmd' } }], [], 'sv');
  expect(csv).toBe("\uFEFF'=cmd\r\n");
});

test('numbers are rounded to the column’s decimals without exponents, trailing zeros or minus zero', () => {
  expect(roundedNumber(22847.353740000002, 3)).toBe('22847.354');
  expect(roundedNumber(24, 3)).toBe('24');
  expect(roundedNumber(0.1 + 0.2, 3)).toBe('0.3');
  expect(roundedNumber(-0.0004, 3)).toBe('0');
  expect(roundedNumber(-22.5, 0)).toBe('-23');
  expect(roundedNumber(1e-7, 3)).toBe('0');
  expect(roundedNumber(2.2e13, 0)).toBe('22000000000000');
  expect(formatExportCell(1234.5, { key: 'n', header: { sv: 'n', en: 'n' }, decimals: 1 }, 'sv')).toBe('1234,5');
  expect(formatExportCell(Number.NaN, { key: 'n', header: { sv: 'n', en: 'n' } }, 'sv')).toBe('');
});
