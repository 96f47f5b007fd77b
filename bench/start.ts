/**
 * Time from `npm start` to GET /readyz = 200, on an empty DATA_DIR and on an existing one.
 * `npm start` builds the client first, so both figures include the Vite build.
 * Usage: npm run bench:start [-- runs]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort, projectRoot } from '../test/helpers/server-process';

const runs = Number(process.argv[2] ?? 5);

async function timeStart(dataDir: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn('npm', ['start'], {
    cwd: projectRoot,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: 'ignore',
    detached: true,
  });
  try {
    for (;;) {
      const status = await fetch(`http://127.0.0.1:${port}/readyz`).then(
        (response) => response.status,
        () => 0,
      );
      if (status === 200) return performance.now() - started;
      if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
      if (performance.now() - started > 120_000) throw new Error('not ready within 120 s');
      await sleep(25);
    }
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    process.kill(-(child.pid as number), 'SIGTERM');
    await exited;
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

const empty: number[] = [];
const existing: number[] = [];
for (let run = 0; run < runs; run++) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sidestream-bench-start-'));
  empty.push(await timeStart(dataDir));
  existing.push(await timeStart(dataDir));
  rmSync(dataDir, { recursive: true, force: true });
}

const rows = [
  {
    case: 'empty DATA_DIR',
    runs,
    median_ms: Math.round(median(empty)),
    min_ms: Math.round(Math.min(...empty)),
    max_ms: Math.round(Math.max(...empty)),
  },
  {
    case: 'existing DATA_DIR',
    runs,
    median_ms: Math.round(median(existing)),
    min_ms: Math.round(Math.min(...existing)),
    max_ms: Math.round(Math.max(...existing)),
  },
];
console.log('npm start → /readyz 200 (includes the client build)');
console.table(rows);
console.log(
  JSON.stringify({
    bench: 'start',
    runs,
    empty_data_dir_median_ms: rows[0]?.median_ms,
    existing_data_dir_median_ms: rows[1]?.median_ms,
  }),
);
