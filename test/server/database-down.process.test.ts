import postgres from 'postgres';
import { afterAll, expect, test } from 'vitest';
import { signUpThroughApi } from '../e2e/api';
import { freePort, freshDataDir, type ServerProcess, startServer } from '../helpers/server-process';

const serverUrl = process.env.TEST_DATABASE_URL;
if (!serverUrl) console.warn('[database-down] skipped: TEST_DATABASE_URL is not set (it needs a Postgres server)');

/** How long any request may take before it is answered (server/app.ts). */
const requestDeadlineMs = 10_000;

let server: ServerProcess | undefined;
afterAll(async () => {
  await server?.stop('SIGTERM');
});

async function search(baseUrl: string, cookie?: string): Promise<{ status: number; ms: number; body: string }> {
  const started = Date.now();
  const input = encodeURIComponent(JSON.stringify({ q: 'aluminium' }));
  const response = await fetch(`${baseUrl}/trpc/search.listings?input=${input}`, {
    signal: AbortSignal.timeout(60_000),
    ...(cookie ? { headers: { cookie } } : {}),
  });
  return { status: response.status, ms: Date.now() - started, body: await response.text() };
}

test.skipIf(!serverUrl)(
  'while the database refuses connections every search answers 503 within the deadline, /readyz says why, and it recovers by itself',
  async () => {
    const admin = postgres(serverUrl as string, { max: 1, onnotice: () => {} });
    const name = `sidestream_t_${process.env.SIDESTREAM_TEST_RUN_PID ?? process.pid}_down`;
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.unsafe(`create database "${name}"`);
    try {
      const url = new URL(serverUrl as string);
      url.pathname = `/${name}`;
      const port = await freePort();
      server = startServer({
        PORT: String(port),
        PUBLIC_URL: `http://127.0.0.1:${port}`,
        DATA_DIR: freshDataDir(),
        DATABASE_URL: url.toString(),
        LOG_LEVEL: 'warn',
      });
      await server.waitForReady();
      const baseUrl = server.baseUrl;
      expect((await search(baseUrl)).status).toBe(200);
      // A signed-in caller too: their session is read from the database before the procedure runs.
      // Sign-up signs nobody in: the session comes from the emailed verification link.
      const { cookieHeader: cookie } = await signUpThroughApi(baseUrl, 'ebba@example.se', 'Ebba');

      await admin.unsafe(`alter database "${name}" allow_connections false`);
      await admin.unsafe(`select pg_terminate_backend(pid) from pg_stat_activity where datname = '${name}'`);

      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, index) => search(baseUrl, index % 2 === 0 ? cookie : undefined)),
      );
      console.info(
        `[database-down] 20 searches while refused: statuses ${[...new Set(answers.map((a) => a.status))].join(',')}, slowest ${Math.max(...answers.map((a) => a.ms))} ms`,
      );
      for (const answer of answers) {
        expect(answer.status).toBe(503);
        expect(answer.ms).toBeLessThan(requestDeadlineMs + 2000);
        // Either the database error itself, or the request deadline's "try again" for a request that
        // was still waiting for a connection when the deadline came: both are a translated 503.
        const { error } = JSON.parse(answer.body);
        expect(error.data.code).toBe('SERVICE_UNAVAILABLE');
        expect(['errors.databaseUnavailable', 'errors.tryAgain']).toContain(error.message);
      }
      // Sign-in goes through better-auth, which answers a failed query with its own 500: that too is a 503.
      const signIn = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: baseUrl },
        body: JSON.stringify({ email: 'ebba@example.se', password: 'a-long-password-2026' }),
        signal: AbortSignal.timeout(60_000),
      });
      expect(signIn.status).toBe(503);
      expect(['errors.databaseUnavailable', 'errors.tryAgain']).toContain((await signIn.json()).error.message);

      const readyz = await fetch(`${baseUrl}/readyz`);
      expect(readyz.status).toBe(503);
      const reason = String((await readyz.json()).reason);
      expect(reason).toMatch(/database refuses connections/);
      expect(reason).not.toMatch(/migrations pending/);

      await admin.unsafe(`alter database "${name}" allow_connections true`);
      // The pool reconnects by itself; a request still waiting on a dead connection may answer 503
      // first, so the first 200 is waited for (a bounded number of tries), with no restart.
      const restoredAt = Date.now();
      let after = await search(baseUrl);
      while (after.status !== 200 && Date.now() - restoredAt < 20_000) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        after = await search(baseUrl);
      }
      console.log(`[database-down] searches answer again ${Date.now() - restoredAt} ms after restoring`);
      expect(after.status).toBe(200);
      expect((await search(baseUrl, cookie)).status).toBe(200);
      expect((await fetch(`${baseUrl}/readyz`)).status).toBe(200);
      expect(await server.stop('SIGTERM')).toBe(0);
      server = undefined;
    } finally {
      await admin.unsafe(`alter database "${name}" allow_connections true`).catch(() => {});
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    }
  },
  120_000,
);
