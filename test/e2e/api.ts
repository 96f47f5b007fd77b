import type { BrowserContext } from 'playwright-core';
import { companyInput, testPassword } from '../helpers/factories';

/**
 * The newest verification link mailed to `email`, read from the dev mailbox (the server under test
 * listens on loopback, where /dev/mail.json answers).
 */
export async function verificationLinkThroughDevMail(baseUrl: string, email: string): Promise<string> {
  const response = await fetch(`${baseUrl}/dev/mail.json?to=${encodeURIComponent(email)}`);
  if (!response.ok) throw new Error(`dev mail failed: ${response.status}`);
  const messages = (await response.json()) as { text: string }[];
  for (const message of messages) {
    const link = message.text.match(/https?:\/\/\S+\/api\/auth\/verify-email\?\S+/)?.[0];
    if (link) return link;
  }
  throw new Error(`no verification email to ${email}`);
}

/**
 * Sets up people and companies through the real HTTP API, so browser tests start where they matter:
 * sign up, then follow the emailed verification link, which signs the person in.
 */
export async function signUpThroughApi(baseUrl: string, email: string, name = 'Test Person') {
  const response = await fetch(`${baseUrl}/api/auth/sign-up/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify({ name, email, password: testPassword, language: 'sv' }),
  });
  if (!response.ok) throw new Error(`sign-up failed: ${response.status} ${await response.text()}`);
  const verified = await fetch(await verificationLinkThroughDevMail(baseUrl, email), { redirect: 'manual' });
  const cookie = verified.headers
    .getSetCookie()
    .map((header) => header.split(';')[0] as string)
    .filter((pair) => !pair.endsWith('='));
  if (cookie.length === 0) throw new Error(`verification signed nobody in: ${verified.status}`);
  return { cookieHeader: cookie.join('; '), cookies: cookie };
}

export async function trpcMutation<T>(
  baseUrl: string,
  cookieHeader: string,
  procedure: string,
  input: unknown,
): Promise<T> {
  const response = await fetch(`${baseUrl}/trpc/${procedure}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl, cookie: cookieHeader },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { result?: { data: T }; error?: unknown };
  if (!body.result) throw new Error(`${procedure} failed: ${JSON.stringify(body.error)}`);
  return body.result.data;
}

export async function trpcQuery<T>(
  baseUrl: string,
  cookieHeader: string,
  procedure: string,
  input: unknown,
): Promise<T> {
  const response = await fetch(`${baseUrl}/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`, {
    headers: { cookie: cookieHeader },
  });
  const body = (await response.json()) as { result?: { data: T }; error?: unknown };
  if (!body.result) throw new Error(`${procedure} failed: ${JSON.stringify(body.error)}`);
  return body.result.data;
}

/** A person with a company of their own; returns the company, its first site and the session. */
export async function companyOwnerThroughApi(baseUrl: string, email: string, companyName: string) {
  const session = await signUpThroughApi(baseUrl, email, companyName.replace(/ AB$/, ' ägare'));
  const company = await trpcMutation<{ id: string }>(baseUrl, session.cookieHeader, 'companies.create', {
    ...companyInput({ name: companyName }),
  });
  const profile = await trpcQuery<{ sites: { id: string }[] }>(baseUrl, session.cookieHeader, 'companies.get', {
    companyId: company.id,
  });
  return { ...session, companyId: company.id, siteId: profile.sites[0]?.id as string };
}

export async function signInContext(context: BrowserContext, baseUrl: string, cookies: string[]) {
  const url = new URL(baseUrl);
  await context.addCookies(
    cookies.map((pair) => {
      const [name, ...value] = pair.split('=');
      return {
        name: name as string,
        value: value.join('='),
        domain: url.hostname,
        path: '/',
        httpOnly: true,
        sameSite: 'Lax' as const,
      };
    }),
  );
}
