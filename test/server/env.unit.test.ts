import { expect, test } from 'vitest';
import { ConfigError, loadConfig } from '../../server/env';

test('defaults give an embedded database on port 3000 under ./data', () => {
  const config = loadConfig({});
  expect(config.PORT).toBe(3000);
  expect(config.DATA_DIR).toBe('./data');
  expect(config.DATABASE_URL).toBeUndefined();
  expect(config.publicUrl).toBe('http://localhost:3000');
});

test.each([
  ['PORT', 'abc', /^PORT="abc" .*; for example PORT=3000$/],
  ['PORT', '70000', /^PORT="70000" .*65535.*; for example PORT=3000$/],
  [
    'DATABASE_URL',
    'mysql://x@y/z',
    /^DATABASE_URL="mysql:\/\/x@y\/z" must be a postgres:\/\/ .*; for example DATABASE_URL=postgres:\/\//,
  ],
  ['MEILI_URL', 'not a url', /^MEILI_URL="not a url" .*; for example MEILI_URL=http:\/\/localhost:7700$/],
  ['SMTP_URL', 'http://mail', /^SMTP_URL=.*must be an smtp:\/\/ or smtps:\/\/ URL/],
  ['PUBLIC_URL', 'ftp://x', /^PUBLIC_URL=.*must be an http/],
  ['SESSION_SECRET', 'short', /^SESSION_SECRET="short" must be at least 32 characters/],
  ['NODE_ENV', 'staging', /^NODE_ENV="staging" .*; for example NODE_ENV=production$/],
  ['TRUST_PROXY', 'maybe', /^TRUST_PROXY="maybe" must be true or false/],
  ['SEED_DEMO', 'yes please', /^SEED_DEMO="yes please" .*; for example SEED_DEMO=0$/],
])('%s=%s is refused with one line naming it and an example', (name, value, expected) => {
  expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
  try {
    loadConfig({ [name]: value });
  } catch (error) {
    const message = (error as Error).message;
    expect(message).toMatch(expected);
    expect(message).not.toContain('\n');
  }
});

test('production requires a session secret', () => {
  expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET=\(empty\) is required/);
  expect(loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(32) }).isProduction).toBe(true);
});

test('an https public URL is kept without its trailing slash', () => {
  expect(loadConfig({ PUBLIC_URL: 'https://sidestream.example.se/' }).publicUrl).toBe('https://sidestream.example.se');
});
