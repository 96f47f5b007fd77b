import { expect, test } from 'vitest';
import { UpdateCompanySchema } from '../../shared/companies/schemas';

const companyId = '00000000-0000-4000-8000-000000000000';
const messagesFor = (name: string) =>
  UpdateCompanySchema.safeParse({ companyId, name }).error?.issues.map((issue) => issue.message);

test('an empty company name says the name is required, not that it is too short', () => {
  expect(messagesFor('')).toEqual(['validation.companyNameRequired']);
  expect(messagesFor('   ')).toEqual(['validation.companyNameRequired']);
});

test('a one-letter company name says how long it must be', () => {
  expect(messagesFor('A')).toEqual(['validation.companyNameTooShort']);
  expect(messagesFor('AB')).toBeUndefined();
});
