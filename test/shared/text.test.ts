import { expect, test } from 'vitest';
import { PasswordSchema } from '../../shared/accounts/schemas';
import { calendarDate, characterCount, isCalendarDate, plainText, singleLineText } from '../../shared/text';

test.each(['\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\ud800', 'a\udc00'])(
  'plain text refuses the control character or lone surrogate %j',
  (bad) => {
    const result = plainText().safeParse(`Spån${bad}från`);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('validation.controlCharacters');
  },
);

test('plain text keeps newlines and tabs, and turns CRLF and CR into newlines', () => {
  expect(plainText().parse('rad 1\r\nrad 2\rrad 3\n\tindrag')).toBe('rad 1\nrad 2\nrad 3\n\tindrag');
  expect(plainText().parse('Stål, ÅÄÖ och 😀')).toBe('Stål, ÅÄÖ och 😀');
});

test('one line of text refuses line breaks and tabs as well', () => {
  for (const bad of ['Eva\r\nBcc: x@example.se', 'Eva\nEk', 'Eva\tEk', 'Eva\u0000']) {
    expect(singleLineText().safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  }
  expect(singleLineText().parse('Eva Ek – Sörmland')).toBe('Eva Ek – Sörmland');
});

test.each([
  ['2026-02-28', true],
  ['2024-02-29', true],
  ['2026-02-29', false],
  ['2026-02-31', false],
  ['2026-04-31', false],
  ['2026-13-01', false],
  ['2026-00-10', false],
  ['0000-01-01', false],
  ['2026-1-01', false],
])('%s is a calendar date: %s', (value, expected) => {
  expect(isCalendarDate(value) && calendarDate().safeParse(value).success).toBe(expected);
});

test('dates outside 2000–2100 are refused with their own message', () => {
  expect(calendarDate().safeParse('1999-12-31').error?.issues[0]?.message).toBe('validation.dateRange');
  expect(calendarDate().safeParse('2101-01-01').error?.issues[0]?.message).toBe('validation.dateRange');
  expect(calendarDate().safeParse('2000-01-01').success).toBe(true);
  expect(calendarDate().safeParse('2100-12-31').success).toBe(true);
});

test('passwords count code points: five emoji are too short, 200 are fine, 257 are too long', () => {
  expect(characterCount('🔒🔑🚪🏭🌲')).toBe(5);
  expect(PasswordSchema.safeParse('🔒🔑🚪🏭🌲').error?.issues[0]?.message).toBe('validation.passwordTooShort');
  expect(PasswordSchema.safeParse('🔒'.repeat(200)).success).toBe(true);
  expect(PasswordSchema.safeParse('🔒'.repeat(257)).error?.issues[0]?.message).toBe('validation.passwordTooLong');
  expect(PasswordSchema.safeParse('korrekt häst\u0000batteri').success).toBe(false);
});
