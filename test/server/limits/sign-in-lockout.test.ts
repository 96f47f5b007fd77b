import { afterAll, beforeAll, expect, test } from 'vitest';
import type { DatabaseHandle } from '../../../db/client';
import { accountRateLimit } from '../../../db/schema/index';
import { signInKeys, signInLimits } from '../../../server/auth/rate-limits';
import { createTestDatabase } from '../../helpers/database';
import { signUpPerson } from '../../helpers/factories';
import { postAuth } from '../../helpers/http';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let database: DatabaseHandle;
let app: TestApp;

beforeAll(async () => {
  database = await createTestDatabase();
  app = await createTestApp(database, { TRUST_PROXY: 'true' });
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

const from = (ip: string) => ({ headers: { 'x-forwarded-for': ip } });

test('an attacker failing 15 times for the owner’s email is refused, and the owner signs in from their own address', async () => {
  const owner = await signUpPerson(app);
  const attacker: number[] = [];
  for (let attempt = 0; attempt < 15; attempt++) {
    const response = await postAuth(
      app,
      '/sign-in/email',
      { email: owner.email, password: `guess number ${attempt}` },
      from('198.51.100.66'),
    );
    attacker.push(response.statusCode);
  }
  expect(attacker.slice(0, signInLimits.perAccountAndAddress.max).every((status) => status === 401)).toBe(true);
  expect(attacker.slice(signInLimits.perAccountAndAddress.max).every((status) => status === 429)).toBe(true);

  const ownerSignIn = await postAuth(
    app,
    '/sign-in/email',
    { email: owner.email.toUpperCase(), password: owner.password },
    from('192.0.2.10'),
  );
  expect(ownerSignIn.statusCode).toBe(200);
  // The attacker's address stays refused, even with the right password.
  const attackerRight = await postAuth(
    app,
    '/sign-in/email',
    { email: owner.email, password: owner.password },
    from('198.51.100.66'),
  );
  expect(attackerRight.statusCode).toBe(429);
});

test('past the account-wide ceiling every attempt is slowed down, never refused: the owner still gets in', async () => {
  const owner = await signUpPerson(app);
  // As if a botnet had already tried the account from many addresses within the window.
  await database.db.insert(accountRateLimit).values({
    key: signInKeys.perAccount(owner.email),
    count: signInLimits.perAccount.max,
    windowStartedAt: new Date(),
  });
  const started = Date.now();
  const ownerSignIn = await postAuth(
    app,
    '/sign-in/email',
    { email: owner.email, password: owner.password },
    from('192.0.2.11'),
  );
  const tookMs = Date.now() - started;
  expect(ownerSignIn.statusCode).toBe(200);
  expect(tookMs).toBeGreaterThanOrEqual(signInLimits.slowdownMs - 50);
});

test('under the ceiling a sign-in is not slowed down', async () => {
  const owner = await signUpPerson(app);
  const started = Date.now();
  const ownerSignIn = await postAuth(
    app,
    '/sign-in/email',
    { email: owner.email, password: owner.password },
    from('192.0.2.12'),
  );
  expect(ownerSignIn.statusCode).toBe(200);
  expect(Date.now() - started).toBeLessThan(signInLimits.slowdownMs);
});
