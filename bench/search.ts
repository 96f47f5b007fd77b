/**
 * Search latency and throughput over the demo region: seeds a fresh embedded database (and, when
 * TEST_DATABASE_URL is set, a scratch database on that server), then runs a fixed mix of 1,000
 * searches of six shapes three ways: in-process through searchListings, one at a time, over HTTP
 * through tRPC, one client at a time, and over HTTP with 16 concurrent clients.
 * The HTTP clients run in a worker thread, so the load generator does not share the server's event loop.
 * Also prints, per shape, whether the plans of the engine's own statement (searchStatement) use
 * an index on listings.
 * Usage: npm run bench:search [-- listings]   (default 100,000)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { type DatabaseHandle, openDatabase, rowsOf } from '../db/client';
import { seedDemoRegion } from '../db/seed/seed';
import { searchSettingsSql, searchStatement, typoCorrections } from '../server/search/postgres-engine';
import { searchListings } from '../server/search/service';
import { municipalities } from '../shared/geo/municipalities';
import { queryTerms } from '../shared/search/query-terms';
import { type SearchListingsInput, type SearchListingsQuery, SearchListingsSchema } from '../shared/search/schemas';
import { topLevelOf } from '../shared/taxonomy/taxonomy';
import { databaseUrlFor } from '../test/helpers/server-database';
import { createTestApp, testContext } from '../test/helpers/test-app';

const listingCount = Number(process.argv[2] ?? 100_000);
if (!Number.isSafeInteger(listingCount) || listingCount < 1) {
  console.error(`bench:search: expected a whole number of listings, got ${process.argv[2]}`);
  process.exit(1);
}
const queryCount = 1000;
const warmupCount = 50;
const concurrency = 16;
/** The issue's goals at 100,000 listings on a 2-core machine. */
const goals = { http1P95Ms: 25, rps: { embedded: 150, server: 300 } } as const;

// ── The query mix ──────────────────────────────────────────────────────────────────────────────

const shapes = ['text', 'textFacets', 'textRadius', 'filters', 'typo', 'prefix'] as const;
type Shape = (typeof shapes)[number];
const shapeLabels: Record<Shape, string> = {
  text: 'text only',
  textFacets: 'text + facets',
  textRadius: 'text + radius',
  filters: 'filters only',
  typo: 'typo',
  prefix: 'prefix',
};

/** Trade words of the demo listings (db/seed/demo-data.ts), each with the leaf category it comes from. */
const words: readonly (readonly [string, string])[] = [
  ['aluminiumspån', 'aluminium-swarf'],
  ['stålspån', 'steel-swarf'],
  ['rostfria spån', 'stainless-swarf'],
  ['mässingsspån', 'brass-swarf'],
  ['kopparskrot', 'copper-scrap'],
  ['metallskrot', 'mixed-metal-scrap'],
  ['stål', 'steel-offcuts'],
  ['restplåt', 'steel-offcuts'],
  ['pallar', 'pallets'],
  ['eur pallar', 'pallets'],
  ['wellpapp', 'cardboard'],
  ['kartonger', 'cardboard'],
  ['sträckfilm', 'plastic-film'],
  ['regranulat', 'pp-regrind'],
  ['pe-hd spill', 'plastic-pe-hd'],
  ['glaskross', 'glass-cullet'],
  ['betongkross', 'concrete'],
  ['gipsskivor', 'plasterboard'],
  ['plywood', 'chipboard-mdf'],
  ['spillolja', 'mineral-oil'],
  ['hydraulolja', 'mineral-oil'],
  ['skärvätska', 'cutting-fluids'],
  ['frityrolja', 'edible-oils'],
  ['kaffesump', 'coffee-grounds'],
  ['ibc', 'ibc-containers'],
  ['cnc', 'cnc-milling'],
  ['cnc fräsning', 'cnc-milling'],
  ['laserskärning', 'laser-cutting'],
  ['trådgnistning', 'edm'],
  ['spillvärme', 'excess-heat'],
  ['kretskort', 'weee'],
  ['kabelskrot', 'cables'],
  ['arbetskläder', 'workwear-textiles'],
];
/** One slipped, doubled or missing letter in words of five letters or more, the ones the engine forgives. */
const typos = [
  'aluminiumspåm',
  'kartonng',
  'wellpap',
  'stålspåm',
  'spilolja',
  'glaskros',
  'betongkros',
  'regranulatt',
  'hydralolja',
  'mässingspån',
  'frityrola',
  'laserskärnig',
  'kaffesumo',
  'sträckflim',
  'gipskivor',
  'kopparskort',
];
const prefixes = [
  'alumin',
  'pall',
  'wellp',
  'kopp',
  'regran',
  'glask',
  'beto',
  'hydr',
  'laser',
  'mäss',
  'rostf',
  'kaff',
  'sträck',
  'gips',
  'kart',
  'spill',
];
const countySeats = municipalities.filter((municipality) => municipality.inStockholmCounty);
const radiiKm = [5, 10, 15, 25, 40];

/** mulberry32: the same 1,000 queries on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type BenchQuery = { shape: Shape; input: SearchListingsInput; query: SearchListingsQuery };

function buildQueries(): BenchQuery[] {
  const next = random(20260101);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const chance = (probability: number) => next() < probability;
  const page = () => (chance(0.1) ? 2 + Math.floor(next() * 2) : 1);
  const seat = () => pick(countySeats);
  const codes = (max: number) => [...new Set(Array.from({ length: 1 + Math.floor(next() * max) }, () => seat().code))];
  const category = (leaf: string) => (chance(0.5) ? (topLevelOf(leaf) ?? leaf) : leaf);

  const make: Record<Shape, () => SearchListingsInput> = {
    text: () => ({ q: pick(words)[0], page: page() }),
    textFacets: () => {
      const [q, leaf] = pick(words);
      return {
        q,
        categories: [category(leaf)],
        ...(chance(0.5) ? { side: pick(['offer', 'need'] as const) } : {}),
        ...(chance(0.4) ? { municipalities: codes(3) } : {}),
        ...(chance(0.2) ? { priceModel: pick(['free', 'negotiable', 'fixed'] as const) } : {}),
      };
    },
    textRadius: () => {
      const { lat, lon } = seat();
      return {
        q: pick(words)[0],
        near: { lat, lon, radiusKm: pick(radiiKm) },
        sort: chance(0.5) ? 'distance' : 'relevance',
      };
    },
    filters: () => {
      if (chance(0.25)) {
        // Browsing what is near, closest first.
        const { lat, lon } = seat();
        return { near: { lat, lon, radiusKm: pick(radiiKm) }, sort: 'distance', page: page() };
      }
      const [, leaf] = pick(words);
      const input: SearchListingsInput = {
        categories: [category(leaf)],
        sort: pick(['newest', 'relevance', 'quantity'] as const),
        page: page(),
      };
      if (chance(0.5)) input.municipalities = codes(3);
      if (chance(0.5)) input.side = pick(['offer', 'need'] as const);
      if (chance(0.2)) input.hazardous = false;
      if (chance(0.2)) input.frequency = pick(['weekly', 'monthly', 'quarterly'] as const);
      return input;
    },
    typo: () => ({ q: pick(typos), page: page() }),
    prefix: () => ({ q: pick(prefixes), page: page() }),
  };
  return Array.from({ length: queryCount }, (_, index) => {
    const shape = shapes[index % shapes.length] as Shape;
    const input = make[shape]();
    return { shape, input, query: SearchListingsSchema.parse(input) };
  });
}

// ── Figures ────────────────────────────────────────────────────────────────────────────────────

type Percentiles = { p50: number; p95: number; p99: number };

/** Nearest-rank percentiles, in milliseconds to two decimals. */
function percentiles(values: readonly number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return { p50: round(at(50)), p95: round(at(95)), p99: round(at(99)) };
}

type ModeFigures = Record<Shape | 'all', Percentiles>;

function byShape(queries: readonly BenchQuery[], latencies: readonly number[]): ModeFigures {
  const figures = { all: percentiles(latencies) } as ModeFigures;
  for (const shape of shapes) {
    figures[shape] = percentiles(latencies.filter((_, index) => queries[index]?.shape === shape));
  }
  return figures;
}

// ── HTTP clients, in a worker thread ───────────────────────────────────────────────────────────

type HttpRun = { latencies: number[]; wallMs: number; failures: number; firstFailure: string | null };

/** Plain JavaScript, so the worker needs no TypeScript loader: fetches the URLs with `concurrency` clients. */
const clientWorkerSource = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', async ({ urls, concurrency }) => {
  const latencies = new Array(urls.length).fill(0);
  let next = 0;
  let failures = 0;
  let firstFailure = null;
  const started = performance.now();
  const client = async () => {
    for (let index = next++; index < urls.length; index = next++) {
      const sent = performance.now();
      try {
        const response = await fetch(urls[index]);
        const body = await response.text();
        if (response.status !== 200) {
          failures++;
          firstFailure ??= response.status + ' ' + body.slice(0, 300);
        }
      } catch (error) {
        failures++;
        firstFailure ??= String(error);
      }
      latencies[index] = performance.now() - sent;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  parentPort.postMessage({ latencies, wallMs: performance.now() - started, failures, firstFailure });
});
`;

function httpClients() {
  const worker = new Worker(clientWorkerSource, { eval: true });
  return {
    run(urls: string[], clients: number): Promise<HttpRun> {
      return new Promise((resolve, reject) => {
        worker.once('message', (result: HttpRun) => {
          worker.off('error', reject);
          if (result.failures > 0) {
            reject(new Error(`${result.failures} of ${urls.length} requests failed; first: ${result.firstFailure}`));
          } else resolve(result);
        });
        worker.once('error', reject);
        worker.postMessage({ urls, concurrency: clients });
      });
    },
    close: () => worker.terminate(),
  };
}

// ── Plans ──────────────────────────────────────────────────────────────────────────────────────

type PlanSummary = { plans: number; usesListingsIndex: number; seqScanOnListings: number; indexes: string[] };
/**
 * The engine first runs the words as written; only when that finds nothing does it look up close
 * spellings of words of five letters or more in the lexicon and run the statement again with them.
 * Every shape's first statement is explained, and for the typo shape also the second one, which is
 * what answers a misspelt word.
 */
const planCases = [
  ...shapes.map((shape) => ({ key: shape, label: shapeLabels[shape], shape, typos: false })),
  { key: 'typoPass', label: 'typo, 2nd pass', shape: 'typo', typos: true },
] as const;
type PlanKey = (typeof planCases)[number]['key'];

async function summarisePlans(
  database: DatabaseHandle,
  queries: readonly BenchQuery[],
): Promise<Record<PlanKey, PlanSummary>> {
  const summaries = {} as Record<PlanKey, PlanSummary>;
  for (const { key, shape, typos } of planCases) {
    const distinct = new Map<string, SearchListingsQuery>();
    for (const query of queries) if (query.shape === shape) distinct.set(JSON.stringify(query.query), query.query);
    const summary: PlanSummary = { plans: distinct.size, usesListingsIndex: 0, seqScanOnListings: 0, indexes: [] };
    const indexes = new Map<string, number>();
    for (const query of distinct.values()) {
      const words = queryTerms(query.q).map((term) => term.word);
      const corrections = typos ? await typoCorrections(database.db, words) : new Map<string, string[]>();
      const statement = searchStatement(query, { signedIn: false, exactDistances: { kind: 'none' } }, corrections);
      const plan = await database.db.transaction(async (tx) => {
        await tx.execute(searchSettingsSql());
        const rows = rowsOf<Record<string, string>>(await tx.execute(sql`explain (format text) ${statement}`));
        return rows.map((row) => Object.values(row)[0]).join('\n');
      });
      const used = [
        ...plan.matchAll(/(?:Bitmap Index Scan|Index Only Scan|Index Scan)(?: Backward)? (?:using|on) (\w+)/g),
      ]
        .map((match) => match[1] as string)
        .filter((name) => name.startsWith('listings_'));
      if (used.length > 0) summary.usesListingsIndex++;
      if (/Seq Scan on listings\b/.test(plan)) summary.seqScanOnListings++;
      for (const name of new Set(used)) indexes.set(name, (indexes.get(name) ?? 0) + 1);
    }
    summary.indexes = [...indexes].sort((a, b) => b[1] - a[1]).map(([name, count]) => `${name} ×${count}`);
    summaries[key] = summary;
  }
  return summaries;
}

// ── One database ───────────────────────────────────────────────────────────────────────────────

type DatabaseFigures = {
  seedSeconds: number;
  inProcess: ModeFigures;
  http1: ModeFigures;
  http16: ModeFigures & { rps: number; seconds: number };
  /** Median number of matches per query and queries matching nothing, per shape (from the in-process run). */
  matches: Record<Shape, { medianTotal: number; noMatch: number }>;
  plans: Record<PlanKey, PlanSummary>;
};

async function benchDatabase(
  label: string,
  database: DatabaseHandle,
  queries: readonly BenchQuery[],
): Promise<DatabaseFigures> {
  const log = (line: string) => console.error(`[${label}] ${line}`);
  await database.migrate();
  const seedStarted = performance.now();
  await seedDemoRegion(database.db, { listings: listingCount, log });
  await database.db.execute(sql`analyze`);
  const seedSeconds = Math.round((performance.now() - seedStarted) / 100) / 10;
  log(`seeded ${listingCount} listings and analysed in ${seedSeconds} s`);

  // 1. In-process: the service itself, one call at a time, as a visitor who is not signed in.
  const ctx = testContext(database);
  for (const { query } of queries.slice(0, warmupCount)) await searchListings({ ctx, input: query });
  const inProcessLatencies: number[] = [];
  const totals: number[] = [];
  for (const { query } of queries) {
    const started = performance.now();
    const result = await searchListings({ ctx, input: query });
    inProcessLatencies.push(performance.now() - started);
    totals.push(result.total);
  }
  log('in-process run done');

  // 2 and 3. The real app, listening on a free port; the same visitor, through tRPC's GET.
  const app = await createTestApp(database);
  const clients = httpClients();
  try {
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const urls = queries.map(
      ({ input }) => `${address}/trpc/search.listings?input=${encodeURIComponent(JSON.stringify(input))}`,
    );
    await clients.run(urls.slice(0, warmupCount), 1);
    const http1 = await clients.run(urls, 1);
    log('HTTP, one client: done');
    await clients.run(urls.slice(0, warmupCount), concurrency);
    const http16 = await clients.run(urls, concurrency);
    log(`HTTP, ${concurrency} clients: done`);
    const plans = await summarisePlans(database, queries);

    const matches = {} as DatabaseFigures['matches'];
    for (const shape of shapes) {
      const shapeTotals = totals.filter((_, index) => queries[index]?.shape === shape).sort((a, b) => a - b);
      matches[shape] = {
        medianTotal: shapeTotals[Math.floor(shapeTotals.length / 2)] ?? 0,
        noMatch: shapeTotals.filter((total) => total === 0).length,
      };
    }
    return {
      seedSeconds,
      inProcess: byShape(queries, inProcessLatencies),
      http1: byShape(queries, http1.latencies),
      http16: {
        rps: Math.round(queries.length / (http16.wallMs / 1000)),
        seconds: Math.round(http16.wallMs / 10) / 100,
        ...byShape(queries, http16.latencies),
      },
      matches,
      plans,
    };
  } finally {
    await clients.close();
    await app.close();
  }
}

function report(title: string, kind: 'embedded' | 'server', figures: DatabaseFigures) {
  const fixed = (ms: number) => ms.toFixed(1);
  const modes = [
    ['in-process', figures.inProcess],
    ['HTTP, 1 client', figures.http1],
    [`HTTP, ${concurrency} clients`, figures.http16],
  ] as const;
  const rows = [...shapes, 'all' as const].flatMap((shape) =>
    modes.map(([mode, values]) => ({
      shape: shape === 'all' ? 'all 1,000' : shapeLabels[shape],
      mode,
      p50_ms: fixed(values[shape].p50),
      p95_ms: fixed(values[shape].p95),
      p99_ms: fixed(values[shape].p99),
    })),
  );
  console.log(
    `\n${title}: ${listingCount.toLocaleString('en')} listings, seeded and analysed in ${figures.seedSeconds} s`,
  );
  console.table(rows);
  console.log(
    `HTTP, ${concurrency} concurrent clients: ${figures.http16.rps} searches/s ` +
      `(${queryCount} searches in ${figures.http16.seconds} s)`,
  );
  const worstHttp1 = shapes.reduce((worst, shape) =>
    figures.http1[shape].p95 > figures.http1[worst].p95 ? shape : worst,
  );
  const p95Met = figures.http1[worstHttp1].p95 < goals.http1P95Ms;
  console.log(
    `goal, HTTP one client p95 < ${goals.http1P95Ms} ms for every shape: ${p95Met ? 'met' : 'MISSED'} ` +
      `(slowest: ${shapeLabels[worstHttp1]}, ${fixed(figures.http1[worstHttp1].p95)} ms)`,
  );
  console.log(
    `goal, ≥ ${goals.rps[kind]} searches/s with ${concurrency} clients: ${figures.http16.rps >= goals.rps[kind] ? 'met' : 'MISSED'} ` +
      `(${figures.http16.rps}/s)`,
  );
  console.log(
    `matches per query, median (queries matching nothing): ${shapes
      .map((shape) => `${shapeLabels[shape]} ${figures.matches[shape].medianTotal} (${figures.matches[shape].noMatch})`)
      .join(', ')}`,
  );
  console.log('plans of the search statement (EXPLAIN of each distinct query of the shape):');
  for (const { key, label } of planCases) {
    const plan = figures.plans[key];
    console.log(
      `  ${label.padEnd(15)} index on listings in ${plan.usesListingsIndex}/${plan.plans}, ` +
        `seq scan on listings in ${plan.seqScanOnListings}/${plan.plans}` +
        (plan.indexes.length ? `; ${plan.indexes.join(', ')}` : ''),
    );
  }
}

/** What the JSON line carries: the latency figures, the throughput and the plan counts. */
function jsonFigures(figures: DatabaseFigures) {
  const plans = Object.fromEntries(
    planCases.map(({ key }) => {
      const plan = figures.plans[key];
      return [key, { plans: plan.plans, index: plan.usesListingsIndex, seqScan: plan.seqScanOnListings }];
    }),
  );
  return {
    seedSeconds: figures.seedSeconds,
    inProcess: figures.inProcess,
    http1: figures.http1,
    http16: figures.http16,
    plans,
  };
}

// ── Run ────────────────────────────────────────────────────────────────────────────────────────

/** Run on Ctrl-C too: the temporary data directory and the scratch server database must not outlive the run. */
const cleanups = new Set<() => Promise<void>>();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    console.error(`bench:search: ${signal}, cleaning up`);
    for (const cleanup of cleanups) await cleanup().catch(() => {});
    process.exit(130);
  });
}

const queries = buildQueries();

async function benchEmbedded(): Promise<DatabaseFigures> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sidestream-bench-search-'));
  const removeDir = async () => rmSync(dataDir, { recursive: true, force: true });
  cleanups.add(removeDir);
  const database = await openDatabase({ kind: 'embedded', dataDir });
  try {
    return await benchDatabase('embedded', database, queries);
  } finally {
    await database.close().catch(() => {});
    await removeDir();
    cleanups.delete(removeDir);
  }
}

async function benchServer(adminUrl: string): Promise<DatabaseFigures> {
  const name = `sidestream_bench_${process.pid}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  const drop = async () => {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
  };
  cleanups.add(drop);
  try {
    await admin.unsafe(`create database "${name}"`);
    const database = await openDatabase({ kind: 'server', url: databaseUrlFor(adminUrl, name) });
    try {
      return await benchDatabase('server', database, queries);
    } finally {
      await database.close().catch(() => {});
    }
  } finally {
    await drop();
    cleanups.delete(drop);
    await admin.end();
  }
}

const embedded = await benchEmbedded();
const serverUrl = process.env.TEST_DATABASE_URL;
const server = serverUrl ? await benchServer(serverUrl) : null;

const perShape = `${Math.floor(queryCount / shapes.length)}–${Math.ceil(queryCount / shapes.length)}`;
console.log(
  `\nsearch.listings: ${queryCount} queries, ${perShape} per shape, as a visitor who is not signed in; ${warmupCount} warm-up queries before each run`,
);
report('embedded (PGlite, one connection, in this process)', 'embedded', embedded);
if (server) report('server (Postgres via postgres.js, pool of 10)', 'server', server);
else console.log('\nserver: skipped (set TEST_DATABASE_URL to bench a Postgres server too)');
console.log(
  JSON.stringify({
    bench: 'search',
    listings: listingCount,
    queries: queryCount,
    concurrency,
    embedded: jsonFigures(embedded),
    server: server ? jsonFigures(server) : null,
  }),
);
