import { expect, test } from 'vitest';
import {
  isValidOrgNumber,
  luhnCheckDigit,
  normalizeOrgNumber,
  orgNumberMessages,
  orgNumberSchema,
} from '../../shared/companies/org-number';

test('a registered organisationsnummer is valid with and without the dash', () => {
  // Check digit worked by hand: weights 2,1,2,… over 556036079 give digit sums totalling 37, so 3.
  expect(isValidOrgNumber('556036-0793')).toBe(true);
  expect(isValidOrgNumber('5560360793')).toBe(true);
  expect(isValidOrgNumber(' 556036-0793 ')).toBe(true);
});

test('the check digit is the Luhn digit of the first nine', () => {
  expect(luhnCheckDigit('556036079')).toBe(3);
  expect(luhnCheckDigit('212000014')).toBe(2);
  expect(() => luhnCheckDigit('12345')).toThrow(RangeError);
});

test('a wrong check digit is invalid', () => {
  expect(isValidOrgNumber('556036-0794')).toBe(false);
  expect(isValidOrgNumber('5560360790')).toBe(false);
});

test('the wrong length, letters and misplaced dashes are invalid', () => {
  for (const input of ['556036-079', '556036-07933', '55603607', 'abcdef-ghij', '556O36-0793', '5560-360793', '']) {
    expect(isValidOrgNumber(input), input).toBe(false);
    expect(normalizeOrgNumber(input), input).toBeNull();
  }
});

test('normalising gives NNNNNN-NNNN', () => {
  expect(normalizeOrgNumber('5560360793')).toBe('556036-0793');
  expect(normalizeOrgNumber('556036-0793')).toBe('556036-0793');
});

test('the schema returns the normalised form and tells format errors from check-digit errors', () => {
  expect(orgNumberSchema.parse('5560360793')).toBe('556036-0793');
  expect(orgNumberSchema.safeParse('55603607').error?.issues[0]?.message).toBe(orgNumberMessages.format);
  expect(orgNumberSchema.safeParse('556036-0794').error?.issues[0]?.message).toBe(orgNumberMessages.checkDigit);
  expect(orgNumberMessages.format).not.toBe(orgNumberMessages.checkDigit);
  expect(orgNumberSchema.safeParse(5560360793).success).toBe(false);
});
