import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { DatabaseHandle } from '../../db/client';
import { createTestDatabase } from '../helpers/database';
import { createTestApp } from '../helpers/test-app';

let database: DatabaseHandle;
let app: FastifyInstance;

beforeAll(async () => {
  database = await createTestDatabase();
  app = await createTestApp(database, { PUBLIC_URL: 'https://sidestream.example.se' });
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

const ownHost = 'sidestream.example.se';

test('a query answers over GET with no-store caching and security headers', async () => {
  const response = await app.inject({ method: 'GET', url: '/trpc/meta.info', headers: { host: ownHost } });
  expect(response.statusCode).toBe(200);
  expect(response.headers['cache-control']).toBe('no-store');
  const csp = String(response.headers['content-security-policy']);
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(response.headers['x-content-type-options']).toBe('nosniff');
  expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(response.headers['strict-transport-security']).toContain('max-age=31536000');
  expect(response.headers['x-request-id']).toMatch(/[0-9a-f-]{36}/);
});

test('HSTS is not sent when the public URL is plain http', async () => {
  const plainApp = await createTestApp(database, { PUBLIC_URL: 'http://localhost:3000' });
  const response = await plainApp.inject({ method: 'GET', url: '/healthz' });
  expect(response.headers['strict-transport-security']).toBeUndefined();
  await plainApp.close();
});

test.each([
  ['text/plain', 'hello'],
  ['application/x-www-form-urlencoded', 'a=1'],
  ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--\r\n'],
])('a cross-site %s form post is refused with 403 before any procedure runs', async (contentType, payload) => {
  const response = await app.inject({
    method: 'POST',
    url: '/trpc/meta.info',
    headers: { host: ownHost, origin: 'https://evil.example', 'content-type': contentType },
    payload,
  });
  expect(response.statusCode).toBe(403);
  expect(response.body).not.toContain('result');
});

test.each([
  ['text/plain', 'hello'],
  ['application/x-www-form-urlencoded', 'a=1'],
  ['multipart/form-data; boundary=x', '--x--\r\n'],
])('a same-origin %s post is refused with 415', async (contentType, payload) => {
  const response = await app.inject({
    method: 'POST',
    url: '/trpc/meta.info',
    headers: { host: ownHost, origin: `https://${ownHost}`, 'content-type': contentType },
    payload,
  });
  expect(response.statusCode).toBe(415);
});

test('a post that the browser marks cross-site is refused even without an Origin header', async () => {
  const response = await app.inject({
    method: 'POST',
    url: '/trpc/meta.info',
    headers: { host: ownHost, 'sec-fetch-site': 'cross-site', 'content-type': 'application/json' },
    payload: '{}',
  });
  expect(response.statusCode).toBe(403);
});

test('a JSON post from our own origin reaches tRPC', async () => {
  // meta.info is a query, so tRPC itself answers 405; the guard let it through.
  const response = await app.inject({
    method: 'POST',
    url: '/trpc/meta.info',
    headers: { host: ownHost, origin: `https://${ownHost}`, 'content-type': 'application/json' },
    payload: '{}',
  });
  expect(response.statusCode).toBe(405);
  expect(response.json().error.data.code).toBe('METHOD_NOT_SUPPORTED');
});

test('a batch of 1,000 calls is refused quickly with 400', async () => {
  const paths = Array.from({ length: 1000 }, () => 'meta.info').join(',');
  const input = encodeURIComponent(JSON.stringify(Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [i, {}]))));
  const response = await app.inject({ method: 'GET', url: `/trpc/${paths}?batch=1&input=${input}` });
  const posted = await app.inject({
    method: 'POST',
    url: `/trpc/${paths}?batch=1`,
    headers: { host: ownHost, origin: `https://${ownHost}`, 'content-type': 'application/json' },
    payload: '{}',
  });
  expect(posted.statusCode).toBe(400);
  expect(response.statusCode).toBe(400);
  expect(response.body).toContain('Batch call exceeds maximum size');
});

test('a batch of a few calls is answered', async () => {
  const response = await app.inject({ method: 'GET', url: '/trpc/meta.info,meta.info?batch=1&input=%7B%7D' });
  expect(response.statusCode).toBe(200);
  expect(response.json()).toHaveLength(2);
});

test('a 10 MB body is refused with 413', async () => {
  const response = await app.inject({
    method: 'POST',
    url: '/trpc/meta.info',
    headers: { host: ownHost, origin: `https://${ownHost}`, 'content-type': 'application/json' },
    payload: JSON.stringify({ padding: 'x'.repeat(10 * 1024 * 1024) }),
  });
  expect(response.statusCode).toBe(413);
});

test('an unknown API path is a JSON 404, not the client page', async () => {
  const response = await app.inject({ method: 'GET', url: '/api/nothing', headers: { accept: 'text/html' } });
  expect(response.statusCode).toBe(404);
  expect(response.json()).toEqual({ error: 'Not found' });
});
