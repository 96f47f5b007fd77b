import { randomBytes } from 'node:crypto';
import { and, desc, eq, like } from 'drizzle-orm';
import { mailMessages } from '../../db/schema/index';
import { luhnCheckDigit } from '../../shared/companies/org-number';
import type { CreateCompanyInput } from '../../shared/companies/schemas';
import { callTrpc, cookieFrom, postAuth } from './http';
import type { TestApp } from './test-app';

let sequence = 0;
const unique = () => `${Date.now().toString(36)}${(sequence++).toString(36)}${randomBytes(2).toString('hex')}`;

// A random start and a counter: unique within a test file's process (hundreds of companies share
// one database in the authorization matrix), and unlikely to meet another file's numbers.
let orgNumberCounter = Math.floor(Math.random() * 10_000_000);
/** A valid, unused organisationsnummer (third digit 5 or more, like a limited company). */
export function randomOrgNumber(): string {
  orgNumberCounter = (orgNumberCounter + 1) % 10_000_000;
  const digits = `55${orgNumberCounter.toString().padStart(7, '0')}`;
  return `${digits.slice(0, 6)}-${digits.slice(6)}${luhnCheckDigit(digits)}`;
}

export function companyInput(overrides: Partial<CreateCompanyInput> = {}): CreateCompanyInput {
  return {
    name: `Testbolaget ${unique()} AB`,
    orgNumber: randomOrgNumber(),
    sniCode: '25',
    employeesBand: '10-49',
    website: 'https://example.se',
    description: 'Vi bearbetar aluminium och stål.',
    contactPhone: '08-123 45 67',
    firstSite: { name: 'Fabriken', streetAddress: 'Industrivägen 1', postalCode: '151 38', municipalityCode: '0181' },
    ...overrides,
  };
}

export const testPassword = 'korrekt häst batteri häftklammer';

export type TestPerson = { userId: string; email: string; name: string; password: string; cookie: string };

/**
 * The newest verification link mailed to `email`, from the mail record every message gets (the
 * dev mailbox reads the same table).
 */
export async function verificationLinkFor(app: TestApp, email: string): Promise<string> {
  const [mail] = await app.runtime
    .database()
    .db.select({ text: mailMessages.text })
    .from(mailMessages)
    .where(and(eq(mailMessages.to, email.toLowerCase()), like(mailMessages.text, '%/verify-email?token=%')))
    .orderBy(desc(mailMessages.createdAt))
    .limit(1);
  const link = mail?.text.match(/https?:\/\/\S+\/api\/auth\/verify-email\?\S+/)?.[0];
  if (!link) throw new Error(`no verification email to ${email}`);
  return link;
}

/** Follows an emailed verification link as the browser would; returns the session it signs in. */
export async function followVerificationLink(app: TestApp, link: string): Promise<string> {
  const url = new URL(link);
  const response = await app.inject({ method: 'GET', url: `${url.pathname}${url.search}` });
  if (response.statusCode !== 302) throw new Error(`verification failed: ${response.statusCode} ${response.body}`);
  const cookie = cookieFrom(response);
  if (!cookie) throw new Error('verification signed nobody in');
  return cookie;
}

/**
 * Signs a new person up through better-auth's HTTP endpoint, follows the verification link from
 * their mail (the real flow: sign-up itself signs nobody in) and returns their session cookie.
 */
export async function signUpPerson(
  app: TestApp,
  overrides: { email?: string; name?: string; password?: string; language?: 'sv' | 'en' } = {},
): Promise<TestPerson> {
  const email = overrides.email ?? `person-${unique()}@example.se`;
  const name = overrides.name ?? 'Test Person';
  const password = overrides.password ?? testPassword;
  const response = await postAuth(app, '/sign-up/email', {
    name,
    email,
    password,
    language: overrides.language ?? 'sv',
  });
  if (response.statusCode !== 200) throw new Error(`sign-up failed: ${response.statusCode} ${response.body}`);
  const cookie = await followVerificationLink(app, await verificationLinkFor(app, email));
  return { userId: response.json().user.id, email, name, password, cookie };
}

export async function signIn(app: TestApp, email: string, password: string): Promise<string> {
  const response = await postAuth(app, '/sign-in/email', { email, password });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  return cookieFrom(response);
}

/** A person who owns a new company, created through the same procedure the sign-up page uses. */
export async function createCompanyWithOwner(app: TestApp, overrides: Partial<CreateCompanyInput> = {}) {
  const owner = await signUpPerson(app);
  const input = companyInput(overrides);
  const result = await callTrpc(app, 'companies.create', input, { cookie: owner.cookie });
  if (result.status !== 200) throw new Error(`company creation failed: ${JSON.stringify(result.body)}`);
  const company = result.body.result?.data as { id: string; name: string; orgNumber: string };
  return { owner, company, input };
}

/** A company with its owner and the id of the site it was created with, for tests that post listings. */
export async function createCompanyWithSite(app: TestApp, overrides: Partial<CreateCompanyInput> = {}) {
  const created = await createCompanyWithOwner(app, overrides);
  const profile = await callTrpc(
    app,
    'companies.get',
    { companyId: created.company.id },
    { cookie: created.owner.cookie, kind: 'query' },
  );
  const siteId = (profile.body.result as { data: { sites: { id: string }[] } }).data.sites[0]?.id;
  if (!siteId) throw new Error('the new company has no site');
  return { ...created, siteId };
}
