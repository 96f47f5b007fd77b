import { afterEach, expect, test } from 'vitest';
import { DEMO_BROKER_EMAIL, DEMO_PASSWORD } from '../../db/seed/seed';
import { freePort, freshDataDir, type ServerProcess, startServer } from '../helpers/server-process';

const running: ServerProcess[] = [];
async function start(env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  // PUBLIC_URL is the origin better-auth accepts sign-ins from.
  const server = startServer({ PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}`, ...env });
  running.push(server);
  return server;
}
afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.stop('SIGKILL')));
});

async function signInAsBroker(server: ServerProcess): Promise<{ status: number; cookie: string }> {
  const response = await fetch(`${server.baseUrl}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.baseUrl },
    body: JSON.stringify({ email: DEMO_BROKER_EMAIL, password: DEMO_PASSWORD }),
  });
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .join('; ');
  return { status: response.status, cookie };
}

test('the first start on an empty DATA_DIR seeds the demo, and the broker sees its companies', async () => {
  const dataDir = freshDataDir();
  const server = await start({ DATA_DIR: dataDir });
  await server.waitForReady();
  expect(server.output()).toMatch(/demo data seeded: \d+ companies, \d+ people, 300 listings/);

  const { status, cookie } = await signInAsBroker(server);
  expect(status).toBe(200);
  const response = await fetch(`${server.baseUrl}/trpc/companies.all?input=null`, { headers: { cookie } });
  expect(response.status).toBe(200);
  const companies = (await response.json()).result.data as { name: string }[];
  expect(companies.length).toBeGreaterThanOrEqual(35);
  expect(await server.stop('SIGTERM')).toBe(0);

  // A later start finds companies and leaves them alone.
  const again = await start({ DATA_DIR: dataDir });
  await again.waitForReady();
  expect(again.output()).not.toContain('demo data');
});

test('with SEED_DEMO=0 the first start stays empty', async () => {
  const server = await start({ DATA_DIR: freshDataDir(), SEED_DEMO: '0' });
  await server.waitForReady();
  expect(server.output()).not.toContain('demo data');
  expect((await signInAsBroker(server)).status).toBe(401);
});
