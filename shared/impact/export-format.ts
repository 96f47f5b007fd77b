// The outcome export's cells and CSV text, the same for every caller: pure, so both languages,
// the separators and the formula neutralising are tested without a server.

export type ExportLanguage = 'sv' | 'en';

/** A cell as the export computes it; the column says how a number is rounded. */
export type ExportValue = string | number | boolean | null;

export type ExportColumn = {
  key: string;
  header: Record<ExportLanguage, string>;
  /** Numbers only: decimals kept (rounded half away from zero); trailing zeros are dropped. */
  decimals?: number;
};

/** Swedish Excel reads `;` and a decimal comma; English Excel a comma and a dot. */
export const csvSeparator = (language: ExportLanguage) => (language === 'sv' ? ';' : ',');

/**
 * Swedish Excel opens a CSV without a byte-order mark as Windows-1252 and garbles å, ä and ö;
 * English files go without, as most tools expect.
 */
export const csvByteOrderMark = (language: ExportLanguage) => (language === 'sv' ? '\uFEFF' : '');

/**
 * A text cell a spreadsheet would read as a formula (OWASP "CSV injection": = + - @, and tab or
 * CR, which some programs skip before looking) gets a leading apostrophe, so it stays text.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Rounded to `decimals`, without exponent or trailing zeros; -0 becomes 0. */
export function roundedNumber(value: number, decimals: number): string {
  const factor = 10 ** decimals;
  const rounded = Math.sign(value) * (Math.round(Math.abs(value) * factor) / factor);
  const text = (rounded === 0 ? 0 : rounded).toFixed(decimals);
  return decimals > 0 ? text.replace(/\.?0+$/, '') : text;
}

const booleanText: Record<ExportLanguage, [string, string]> = { sv: ['ja', 'nej'], en: ['yes', 'no'] };

/**
 * One cell's text for the language. Numbers are ours (finite, rounded) and never neutralised, so a
 * net of −22 kg stays a number; every string is neutralised, wherever it came from.
 */
export function formatExportCell(value: ExportValue, column: ExportColumn, language: ExportLanguage): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return booleanText[language][value ? 0 : 1];
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    const text = column.decimals === undefined ? String(value) : roundedNumber(value, column.decimals);
    return language === 'sv' ? text.replace('.', ',') : text;
  }
  return neutraliseFormula(value);
}

/** RFC 4180 quoting: a cell with the separator, a quote or a line break is quoted, quotes doubled. */
function quoted(text: string, separator: string): string {
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The whole file: byte-order mark (Swedish), a header row in the language, CRLF line ends. */
export function toCsv(
  columns: readonly ExportColumn[],
  rows: readonly Record<string, ExportValue>[],
  language: ExportLanguage,
): string {
  const separator = csvSeparator(language);
  const line = (cells: readonly string[]) => cells.map((cell) => quoted(cell, separator)).join(separator);
  const lines = [
    line(columns.map((column) => neutraliseFormula(column.header[language]))),
    ...rows.map((row) => line(columns.map((column) => formatExportCell(row[column.key] ?? null, column, language)))),
  ];
  return `${csvByteOrderMark(language)}${lines.join('\r\n')}\r\n`;
}
