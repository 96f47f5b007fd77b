import { z } from 'zod';

// Swedish organisationsnummer: ten digits written NNNNNN-NNNN, the last a Luhn check digit over
// the first nine. We do not require the third digit to be 2 or more (the legal-entity rule),
// because a sole trader's organisationsnummer is the owner's personnummer.

/** i18n keys, kept apart so the client can translate each case into its own field error. */
export const orgNumberMessages = {
  format: 'validation.orgNumberFormat',
  checkDigit: 'validation.orgNumberCheckDigit',
} as const;

const orgNumberPattern = /^(\d{6})-?(\d{4})$/;

/** The Luhn check digit for nine digits: weights 2,1,2,… from the left, digits of products summed. */
export function luhnCheckDigit(nineDigits: string): number {
  if (!/^\d{9}$/.test(nineDigits)) throw new RangeError('luhnCheckDigit needs exactly nine digits');
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    const product = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1);
    sum += product > 9 ? product - 9 : product;
  }
  return (10 - (sum % 10)) % 10;
}

/** 'NNNNNN-NNNN' for ten digits with or without the dash (surrounding spaces allowed); null otherwise. The check digit is not checked here. */
export function normalizeOrgNumber(input: string): string | null {
  const match = orgNumberPattern.exec(input.trim());
  if (!match) return null;
  return `${match[1]}-${match[2]}`;
}

function hasValidCheckDigit(normalized: string): boolean {
  const digits = normalized.replace('-', '');
  return luhnCheckDigit(digits.slice(0, 9)) === Number(digits[9]);
}

export function isValidOrgNumber(input: string): boolean {
  const normalized = normalizeOrgNumber(input);
  return normalized !== null && hasValidCheckDigit(normalized);
}

/** Parses to the normalised 'NNNNNN-NNNN' form; wrong format and wrong check digit give different messages. */
export const orgNumberSchema = z.string().transform((input, ctx) => {
  const normalized = normalizeOrgNumber(input);
  if (normalized === null) {
    ctx.issues.push({ code: 'custom', message: orgNumberMessages.format, input });
    return z.NEVER;
  }
  if (!hasValidCheckDigit(normalized)) {
    ctx.issues.push({ code: 'custom', message: orgNumberMessages.checkDigit, input });
    return z.NEVER;
  }
  return normalized;
});
