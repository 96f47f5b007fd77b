import { spawnSync } from 'node:child_process';
import { afterEach, expect, test } from 'vitest';
import { signUpThroughApi } from '../e2e/api';
import { freePort, freshDataDir, projectRoot, type ServerProcess, startServer } from '../helpers/server-process';

const running: ServerProcess[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.stop('SIGKILL')));
});

function cli(args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/main.ts', ...args], {
    cwd: projectRoot,
    env: { PATH: process.env.PATH, NODE_ENV: 'test', ...env },
    encoding: 'utf8',
  });
}

async function startOn(dataDir: string) {
  const port = await freePort();
  const server = startServer({ PORT: String(port), DATA_DIR: dataDir, PUBLIC_URL: `http://127.0.0.1:${port}` });
  running.push(server);
  await server.waitForReady();
  return server;
}

test('user:role makes a signed-up person a broker, which they are from their next request', async () => {
  const dataDir = freshDataDir();
  const server = await startOn(dataDir);
  // Sign-up signs nobody in: the session comes from the emailed verification link.
  const { cookieHeader: cookie } = await signUpThroughApi(server.baseUrl, 'anna@iuc.example.se', 'Anna IUC');
  // The CLI opens the same DATA_DIR, so the server must not hold it.
  expect(await server.stop('SIGTERM')).toBe(0);

  const result = cli(['user:role', '--email', 'Anna@IUC.example.se', '--role', 'broker'], { DATA_DIR: dataDir });
  expect(result.stderr).toBe('');
  expect(result.stdout.trim()).toBe('Anna IUC <Anna@IUC.example.se> now has the platform role broker');

  const again = await startOn(dataDir);
  const me = await fetch(`${again.baseUrl}/trpc/accounts.me`, { headers: { cookie } });
  expect((await me.json()).result.data.platformRole).toBe('broker');
});

test('user:role for an unknown email or a made-up role fails with one line', async () => {
  const dataDir = freshDataDir();
  const unknown = cli(['user:role', '--email', 'nobody@example.se', '--role', 'broker'], { DATA_DIR: dataDir });
  expect(unknown.status).toBe(1);
  expect(unknown.stderr.trim()).toBe('sidestream: no person with the email nobody@example.se has signed up');
  const badRole = cli(['user:role', '--email', 'a@example.se', '--role', 'king'], { DATA_DIR: dataDir });
  expect(badRole.status).not.toBe(0);
  expect(badRole.stderr).toContain("argument 'king' is invalid");
});

test('search:reindex rebuilds the index with a progress bar and ends with a summary', async () => {
  const dataDir = freshDataDir();
  expect(cli(['db:seed', '--listings', '300'], { DATA_DIR: dataDir }).status).toBe(0);
  const result = cli(['search:reindex'], { DATA_DIR: dataDir });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(result.stdout).toMatch(
    /search:reindex: postgres index rebuilt from \d+ listings in [\d.]+ s; 0 had out-of-date category words; lexicon of \d+ words/,
  );
});

test('matches:recompute computes every active listing’s matches with a progress bar and a summary', async () => {
  const dataDir = freshDataDir();
  expect(cli(['db:seed', '--listings', '300'], { DATA_DIR: dataDir }).status).toBe(0);
  const result = cli(['matches:recompute'], { DATA_DIR: dataDir });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  const summary = result.stdout.match(
    /matches:recompute: (\d+) active listings in [\d.]+ s; (\d+) suggestions stored, \d+ that no longer qualify removed/,
  );
  expect(summary).not.toBeNull();
  expect(Number(summary?.[1])).toBeGreaterThan(200);
  expect(Number(summary?.[2])).toBeGreaterThan(0);
});
