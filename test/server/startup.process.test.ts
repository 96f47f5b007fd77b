import { createServer } from 'node:net';
import { afterEach, expect, test } from 'vitest';
import { committedMigrations } from '../../db/client';
import { freePort, freshDataDir, type ServerProcess, startServer } from '../helpers/server-process';

const running: ServerProcess[] = [];
function start(env: Record<string, string>): ServerProcess {
  const server = startServer(env);
  running.push(server);
  return server;
}
afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.stop('SIGKILL')));
});

async function metaInfo(server: ServerProcess) {
  const response = await fetch(`${server.baseUrl}/trpc/meta.info`);
  return (await response.json()).result.data as { database: { kind: string; migrationsApplied: number } };
}

test('it starts on an empty DATA_DIR, serves meta.info from PGlite and shuts down cleanly on SIGTERM', async () => {
  const dataDir = freshDataDir();
  const server = start({ PORT: String(await freePort()), DATA_DIR: dataDir });
  expect((await fetch(`${server.baseUrl}/healthz`).catch(() => null))?.status ?? 0).not.toBe(500);
  await server.waitForReady();
  const info = await metaInfo(server);
  expect(info.database).toMatchObject({ kind: 'embedded', migrationsApplied: committedMigrations().length });
  expect(await server.stop('SIGTERM')).toBe(0);
  expect(server.output()).toContain('shutting down');

  // Closed cleanly: it opens again at once, on the same data, with nothing re-applied.
  const again = start({ PORT: String(await freePort()), DATA_DIR: dataDir });
  await again.waitForReady();
  expect((await metaInfo(again)).database.migrationsApplied).toBe(committedMigrations().length);
});

test('a second server on the same DATA_DIR is refused with one clear line', async () => {
  const dataDir = freshDataDir();
  const first = start({ PORT: String(await freePort()), DATA_DIR: dataDir });
  await first.waitForReady();
  const second = start({ PORT: String(await freePort()), DATA_DIR: dataDir });
  expect(await second.exited).toBe(1);
  expect(second.output().trim()).toMatch(
    /^sidestream: DATA_DIR .* is in use by another Sidestream process \(pid \d+\)/,
  );
  expect(second.output().trim().split('\n')).toHaveLength(1);
  // The first one is unharmed.
  expect((await fetch(`${first.baseUrl}/readyz`)).status).toBe(200);
});

test('after a kill -9 during start-up, the next start comes up with migrations applied exactly once', async () => {
  const dataDir = freshDataDir();
  const victim = start({ PORT: String(await freePort()), DATA_DIR: dataDir });
  // Killed while PGlite is initialising the data directory or migrating.
  await victim.waitFor((output) => output.includes('Server listening'));
  await new Promise((resolve) => setTimeout(resolve, 1500));
  await victim.stop('SIGKILL');

  const survivor = start({ PORT: String(await freePort()), DATA_DIR: dataDir });
  await survivor.waitForReady();
  expect((await metaInfo(survivor)).database.migrationsApplied).toBe(committedMigrations().length);
  await survivor.stop('SIGKILL');

  // And once more after a kill -9 of a running server.
  const third = start({ PORT: String(await freePort()), DATA_DIR: dataDir });
  await third.waitForReady();
  expect((await metaInfo(third)).database.migrationsApplied).toBe(committedMigrations().length);
});

test('a port already in use gives one line and exit code 1', async () => {
  const blocker = createServer();
  const port = await freePort();
  await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
  try {
    const server = start({ PORT: String(port), DATA_DIR: freshDataDir() });
    expect(await server.exited).toBe(1);
    expect(server.output().trim()).toBe(
      `sidestream: port ${port} is already in use; stop what runs there or set PORT to another port`,
    );
  } finally {
    blocker.close();
  }
});

test('a bad environment variable stops the start with one line naming it', async () => {
  const server = start({ PORT: 'eighty', DATA_DIR: freshDataDir() });
  expect(await server.exited).toBe(1);
  expect(server.output().trim()).toBe('sidestream: PORT="eighty" expected number, received NaN; for example PORT=3000');
});

test('a DATABASE_URL that points at nothing: 503 with a reason while retrying, then a clear exit', async () => {
  const deadPort = await freePort();
  const server = start({
    PORT: String(await freePort()),
    DATABASE_URL: `postgres://sidestream@127.0.0.1:${deadPort}/sidestream`,
    DATABASE_CONNECT_TIMEOUT_SECONDS: '4',
  });
  await server.waitFor((output) => output.includes('database unreachable'));
  const readyz = await fetch(`${server.baseUrl}/readyz`);
  expect(readyz.status).toBe(503);
  expect((await readyz.json()).reason).toContain(`database unreachable at 127.0.0.1:${deadPort}/sidestream`);
  expect(await server.exited).toBe(1);
  expect(server.output()).toMatch(/sidestream: database unreachable at .* \(gave up after 4 s and \d+ attempts\)/);
});

const serverUrl = process.env.TEST_DATABASE_URL;
if (!serverUrl) console.warn('[startup] skipping the DATABASE_URL start test: TEST_DATABASE_URL is not set');

test.skipIf(!serverUrl)('with DATABASE_URL it runs on that Postgres server', async () => {
  const postgres = (await import('postgres')).default;
  const admin = postgres(serverUrl as string, { max: 1, onnotice: () => {} });
  const name = `sidestream_t_${process.env.SIDESTREAM_TEST_RUN_PID ?? process.pid}_start`;
  await admin.unsafe(`drop database if exists "${name}" with (force)`);
  await admin.unsafe(`create database "${name}"`);
  try {
    const url = new URL(serverUrl as string);
    url.pathname = `/${name}`;
    const server = start({ PORT: String(await freePort()), DATABASE_URL: url.toString() });
    await server.waitForReady();
    expect((await metaInfo(server)).database).toMatchObject({
      kind: 'server',
      migrationsApplied: committedMigrations().length,
    });
    expect(await server.stop('SIGTERM')).toBe(0);
  } finally {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
  }
});
