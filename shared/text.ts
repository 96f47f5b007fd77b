import { z } from 'zod';

/**
 * Text that people type. Postgres cannot store a NUL byte, mail headers break on CR/LF, and no
 * form has a use for the other C0/C1 control characters or for half of a surrogate pair, so every
 * string a schema accepts goes through one of these two, and a bad one is a field error instead
 * of a 500 from the database.
 */

/** C0 controls except tab and line feed, DEL and the C1 controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const forbiddenInPlainText = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
/** On one line, tab and line feed are out too (CR already is). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const forbiddenOnOneLine = /[\u0000-\u001F\u007F-\u009F]/;
/** Half of a surrogate pair: not a character, and Postgres would store a replacement mark instead. */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when the text has no control characters other than newline and tab, and no lone surrogates. */
export function isPlainText(value: string): boolean {
  return !forbiddenInPlainText.test(value) && !loneSurrogate.test(value);
}

export function isSingleLineText(value: string): boolean {
  return !forbiddenOnOneLine.test(value) && !loneSurrogate.test(value);
}

export const controlCharactersMessage = 'validation.controlCharacters';

/**
 * Multi-line text (descriptions, messages, notes). CRLF and lone CR from a pasted Windows text
 * become newlines first, so only characters a person cannot type are refused.
 * Chain `.trim()`, `.min()`, `.max()` as on any `z.string()`.
 */
export function plainText(options: { message?: string } = {}) {
  return z
    .string({ message: options.message ?? 'validation.text' })
    .overwrite((value) => value.replace(/\r\n?/g, '\n'))
    .refine(isPlainText, { message: controlCharactersMessage });
}

/** One line of text (names, titles, emails, ids, tokens): no line breaks, tabs or other controls. */
export function singleLineText(options: { message?: string } = {}) {
  return z.string({ message: options.message ?? 'validation.text' }).refine(isSingleLineText, {
    message: controlCharactersMessage,
  });
}

/** Code points, not UTF-16 units: an emoji is one character, as the person sees it. */
export function characterCount(value: string): number {
  let count = 0;
  for (const _ of value) count++;
  return count;
}

export const dateRange = { min: '2000-01-01', max: '2100-12-31' } as const;

/**
 * A calendar date as YYYY-MM-DD between 2000 and 2100: 2026-02-31 and 0000-01-01 are refused
 * with a field error rather than reaching Postgres, which would answer with an error of its own.
 */
export function calendarDate(options: { message?: string } = {}) {
  const message = options.message ?? 'validation.date';
  return z
    .string({ message })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message })
    .refine(isCalendarDate, { message })
    .refine((value) => value >= dateRange.min && value <= dateRange.max, { message: 'validation.dateRange' });
}

export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 02-31 over into March; a real date survives the round trip unchanged.
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
