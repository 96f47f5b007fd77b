import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const projectRoot = path.resolve(import.meta.dirname, '../..');

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

const createdDataDirs: string[] = [];
process.on('exit', () => {
  for (const dir of createdDataDirs) rmSync(dir, { recursive: true, force: true });
});

/** An empty DATA_DIR, removed when the test process exits. */
export function freshDataDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sidestream-data-'));
  createdDataDirs.push(dir);
  return dir;
}

export type ServerProcess = {
  child: ChildProcess;
  port: number;
  baseUrl: string;
  output: () => string;
  exited: Promise<number | null>;
  waitFor: (predicate: (output: string) => boolean, timeoutMs?: number) => Promise<void>;
  waitForReady: (timeoutMs?: number) => Promise<void>;
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
};

/** Runs the real server (server/main.ts) as its own process, the way `npm start` does after the build. */
export function startServer(env: Record<string, string>): ServerProcess {
  const port = Number(env.PORT);
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: projectRoot,
    env: { PATH: process.env.PATH, HOST: '127.0.0.1', NODE_ENV: 'test', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let hasExited = false;
  void exited.then(() => {
    hasExited = true;
  });
  const baseUrl = `http://127.0.0.1:${port}`;

  const waitFor = async (predicate: (text: string) => boolean, timeoutMs = 60_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(output)) {
      if (hasExited) throw new Error(`server exited before the expected output:\n${output}`);
      if (Date.now() > deadline) throw new Error(`timed out waiting for the server:\n${output}`);
      await sleep(50);
    }
  };

  return {
    child,
    port,
    baseUrl,
    output: () => output,
    exited,
    waitFor,
    async waitForReady(timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        if (hasExited) throw new Error(`server exited before it was ready:\n${output}`);
        const status = await fetch(`${baseUrl}/readyz`).then(
          (response) => response.status,
          () => 0,
        );
        if (status === 200) return;
        if (Date.now() > deadline) throw new Error(`server not ready in time (last status ${status}):\n${output}`);
        await sleep(100);
      }
    },
    async stop(signal = 'SIGTERM') {
      if (!hasExited) child.kill(signal);
      return exited;
    },
  };
}
