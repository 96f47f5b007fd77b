import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { DatabaseHandle } from '../../../db/client';
import { user } from '../../../db/schema/index';
import { unsubscribeToken, verifyUnsubscribeToken } from '../../../server/alerts/unsubscribe-tokens';
import { dataDirSessionSecret, loadConfig, sessionSecretFileName } from '../../../server/env';
import { createTestDatabase } from '../../helpers/database';
import { followVerificationLink, signUpPerson, verificationLinkFor } from '../../helpers/factories';
import { postAuth } from '../../helpers/http';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let database: DatabaseHandle;
let app: TestApp;

beforeAll(async () => {
  database = await createTestDatabase();
  app = await createTestApp(database);
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

test('every answer carries a Permissions-Policy that turns off camera, microphone, geolocation and payment', async () => {
  for (const url of ['/healthz', '/trpc/meta.info', '/api/nothing']) {
    const response = await app.inject({ method: 'GET', url });
    const policy = String(response.headers['permissions-policy']);
    for (const feature of ['camera=()', 'microphone=()', 'geolocation=()', 'payment=()']) {
      expect(policy, url).toContain(feature);
    }
  }
});

test.each(['/dev/mail', '/dev/mail.json', '/dev/mail.json?to=anna@example.se'])(
  '%s answers 403 to a client that is not on this machine',
  async (url) => {
    const remote = await app.inject({ method: 'GET', url, remoteAddress: '10.1.2.3' });
    expect(remote.statusCode).toBe(403);
    expect(remote.body).not.toContain('reset');
    const mapped = await app.inject({ method: 'GET', url, remoteAddress: '::ffff:192.168.1.20' });
    expect(mapped.statusCode).toBe(403);
    const local = await app.inject({ method: 'GET', url, remoteAddress: '127.0.0.1' });
    expect(local.statusCode).toBe(200);
    const local6 = await app.inject({ method: 'GET', url, remoteAddress: '::1' });
    expect(local6.statusCode).toBe(200);
  },
);

test('a message page of the dev mailbox is refused to a remote client too', async () => {
  const response = await app.inject({
    method: 'GET',
    url: '/dev/mail/00000000-0000-0000-0000-000000000000',
    remoteAddress: '10.1.2.3',
  });
  expect(response.statusCode).toBe(403);
});

test('behind our proxy (TRUST_PROXY) the forwarded client address decides, so a remote visitor is refused', async () => {
  const proxied = await createTestApp(database, { TRUST_PROXY: 'true' });
  const response = await proxied.inject({
    method: 'GET',
    url: '/dev/mail.json',
    remoteAddress: '127.0.0.1',
    headers: { 'x-forwarded-for': '203.0.113.9' },
  });
  expect(response.statusCode).toBe(403);
  await proxied.close();
});

test('the session token is not repeated in the JSON of sign-up, sign-in or get-session', async () => {
  const person = await signUpPerson(app);
  const signIn = await postAuth(app, '/sign-in/email', { email: person.email, password: person.password });
  expect(signIn.statusCode).toBe(200);
  expect(signIn.json()).not.toHaveProperty('token');
  expect(signIn.json().user.email).toBe(person.email);
  expect(String(signIn.headers['set-cookie'])).toContain('HttpOnly');
  const session = await app.inject({ method: 'GET', url: '/api/auth/get-session', headers: { cookie: person.cookie } });
  expect(session.json().session).toBeDefined();
  expect(session.json().session).not.toHaveProperty('token');
  const signUp = await postAuth(app, '/sign-up/email', {
    name: 'Ny',
    email: `ny-${Date.now()}@example.se`,
    password: person.password,
    language: 'sv',
  });
  expect(signUp.statusCode).toBe(200);
  expect(signUp.json()).not.toHaveProperty('token');
  // The cookie alone signs the person in.
  const me = await app.inject({ method: 'GET', url: '/trpc/accounts.me', headers: { cookie: person.cookie } });
  expect(me.json().result.data.email).toBe(person.email);
});

test('five emoji are not a 10-character password, and 200 emoji are not too long', async () => {
  const email = `emoji-${Date.now()}@example.se`;
  const five = await postAuth(app, '/sign-up/email', { name: 'Emoji', email, password: '🔒🔑🚪🏭🌲', language: 'sv' });
  expect(five.statusCode).toBe(400);
  expect(five.json().code).toBe('PASSWORD_TOO_SHORT');
  expect(await database.db.select().from(user).where(eq(user.email, email))).toHaveLength(0);
  const long = '🔒🔑🚪🏭🌲🧲🪵🔩'.repeat(25);
  expect([...long].length).toBe(200);
  expect(long.length).toBeGreaterThan(256);
  const many = await postAuth(app, '/sign-up/email', { name: 'Emoji', email, password: long, language: 'sv' });
  expect(many.statusCode).toBe(200);
  await followVerificationLink(app, await verificationLinkFor(app, email));
  const signIn = await postAuth(app, '/sign-in/email', { email, password: long });
  expect(signIn.statusCode).toBe(200);
  const tooMany = await postAuth(app, '/sign-up/email', {
    name: 'Emoji',
    email: `emoji-long-${Date.now()}@example.se`,
    password: '🔒'.repeat(257),
    language: 'sv',
  });
  expect(tooMany.statusCode).toBe(400);
  expect(tooMany.json().code).toBe('PASSWORD_TOO_LONG');
});

test('without SESSION_SECRET a random secret is made on first start, kept in DATA_DIR (0600) and reused on the second', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sidestream-secret-'));
  try {
    const first = loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir });
    const file = path.join(dataDir, sessionSecretFileName);
    const secret = first.sessionSecret;
    expect(secret.length).toBeGreaterThanOrEqual(32);
    expect(secret).not.toBe('development-only-secret-not-for-production-use');
    expect(readFileSync(file, 'utf8').trim()).toBe(secret);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    // A second start (a new process would parse the configuration again) keeps it.
    const second = loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir });
    expect(second.sessionSecret).toBe(secret);
    // Another data directory gets another secret: nothing is a constant.
    const otherDir = mkdtempSync(path.join(tmpdir(), 'sidestream-secret-'));
    expect(dataDirSessionSecret(otherDir)).not.toBe(secret);
    rmSync(otherDir, { recursive: true, force: true });
    // An unsubscribe token made with the old built-in secret is refused.
    const forged = unsubscribeToken('development-only-secret-not-for-production-use', ['a']);
    expect(verifyUnsubscribeToken(secret, forged).ok).toBe(false);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('SESSION_SECRET, when set, is used as it is and nothing is written', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sidestream-secret-'));
  try {
    const config = loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir, SESSION_SECRET: 's'.repeat(40) });
    expect(config.sessionSecret).toBe('s'.repeat(40));
    expect(() => statSync(path.join(dataDir, sessionSecretFileName))).toThrow();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('a secret file with too little in it stops the start with a message naming it', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sidestream-secret-'));
  try {
    writeFileSync(path.join(dataDir, sessionSecretFileName), 'short\n');
    expect(() => loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir }).sessionSecret).toThrow(
      /session-secret holds no usable secret/,
    );
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('production without SESSION_SECRET is refused, on the embedded database and on a server', () => {
  expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET=\(empty\) is required/);
  expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://u@localhost:5432/db' })).toThrow(
    /SESSION_SECRET=\(empty\) is required/,
  );
});
