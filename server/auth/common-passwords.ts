import { dictionary } from '@zxcvbn-ts/language-common';

// The zxcvbn-ts common-password list (about 49,000 entries, maintained with the zxcvbn-ts project).
// Compared case-insensitively: "Password123" is as guessable as "password123".
const commonPasswords = new Set((dictionary['passwords-common'] as string[]).map((entry) => entry.toLowerCase()));

export const commonPasswordCount = commonPasswords.size;

export function isCommonPassword(password: string): boolean {
  return commonPasswords.has(password.toLowerCase());
}
