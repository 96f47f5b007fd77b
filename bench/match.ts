/**
 * Matching speed over the demo region in a fresh in-memory PGlite: the time to compute and store
 * the matches of one listing as its job does when it is published (p50/p95 over 200 listings), and
 * a full recompute of every active listing (`matches:recompute`).
 * Usage: npm run bench:match [-- listings [full-recompute-listings]]
 *   listings: the region's size (default 100,000)
 *   full-recompute-listings: the size of the region the full recompute runs on (default: the same)
 */
import { sql } from 'drizzle-orm';
import { type DatabaseHandle, openDatabase, rowsOf } from '../db/client';
import { seedDemoRegion } from '../db/seed/seed';
import { candidateLimit, computeMatchesFor, recomputeAllMatches } from '../server/matching/compute';

const listingCount = Number(process.argv[2] ?? 100_000);
const recomputeCount = Number(process.argv[3] ?? listingCount);
for (const [name, value] of [
  ['listings', listingCount],
  ['full-recompute-listings', recomputeCount],
] as const) {
  if (!Number.isSafeInteger(value) || value < 1) {
    console.error(`bench:match: expected a whole number of ${name}, got ${value}`);
    process.exit(1);
  }
}
const sampleSize = 200;
/** The goals on a 2-core machine. */
const goals = { oneListingP95Ms: 50, fullRecomputeSeconds: 300 };

function percentile(sorted: readonly number[], p: number): number {
  const value = sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
  return Math.round(value * 10) / 10;
}

async function seeded(count: number): Promise<DatabaseHandle> {
  const database = await openDatabase({ kind: 'embedded' });
  await database.migrate();
  const started = performance.now();
  await seedDemoRegion(database.db, { listings: count });
  await database.db.execute(sql`analyze`);
  console.log(`seeded ${count} listings and analysed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return database;
}

const database = await seeded(listingCount);
const [split] = rowsOf<{ offers: number; needs: number }>(
  await database.db.execute(sql`select count(*) filter (where side = 'offer')::int as offers,
    count(*) filter (where side = 'need')::int as needs from listings where status = 'active'`),
);
// Every n-th active listing, so the sample spreads over categories, sides and places.
const sample = rowsOf<{ id: string }>(
  await database.db.execute(sql`
    select id from (select id, row_number() over (order by id) as n, count(*) over () as total
                    from listings where status = 'active') ranked
    where n % greatest(1, total / ${sampleSize}) = 0 limit ${sampleSize}`),
).map((row) => row.id);

// Warm-up: the first computations pay for planning and loading the indexes.
for (const id of sample.slice(0, 10)) await computeMatchesFor(database.db, id);
await database.db.execute(sql`delete from matches`);
const times: number[] = [];
let candidates = 0;
let stored = 0;
for (const id of sample) {
  const started = performance.now();
  const summary = await computeMatchesFor(database.db, id);
  times.push(performance.now() - started);
  candidates += summary.candidates;
  stored += summary.stored;
}
times.sort((a, b) => a - b);
const oneListing = {
  p50: percentile(times, 50),
  p95: percentile(times, 95),
  p99: percentile(times, 99),
  meanCandidates: Math.round(candidates / sample.length),
  meanStored: Math.round((stored / sample.length) * 10) / 10,
};

let recomputeDatabase = database;
if (recomputeCount !== listingCount) {
  await database.close();
  recomputeDatabase = await seeded(recomputeCount);
}
let lastPrinted = 0;
const full = await recomputeAllMatches(recomputeDatabase.db, {
  onStart: (total) => console.log(`full recompute: ${total} active listings`),
  onProgress: (done) => {
    if (performance.now() - lastPrinted > 30_000) {
      lastPrinted = performance.now();
      console.log(`  ${done} done`);
    }
  },
});
await recomputeDatabase.close();

console.log(
  `\nmatching, in-process on PGlite (one connection); ${split?.offers} active offers, ${split?.needs} active needs`,
);
console.log(
  `one listing's matches computed and stored, over ${sample.length} listings (at most ${candidateLimit} candidates):`,
);
console.table([{ ...oneListing }]);
console.log(
  `full recompute of ${full.listings} active listings (region of ${recomputeCount}): ${full.seconds} s, ` +
    `${full.stored} suggestions stored`,
);
const perListingMs = (full.seconds * 1000) / Math.max(1, full.listings);
console.log(
  `goal, one listing p95 < ${goals.oneListingP95Ms} ms: ${oneListing.p95 < goals.oneListingP95Ms ? 'met' : 'MISSED'}`,
);
console.log(
  `goal, full recompute < ${goals.fullRecomputeSeconds} s at ${listingCount} listings: ` +
    (recomputeCount === listingCount
      ? full.seconds < goals.fullRecomputeSeconds
        ? 'met'
        : 'MISSED'
      : `not run at that size (${perListingMs.toFixed(1)} ms per listing here)`),
);
console.log(
  JSON.stringify({
    bench: 'match',
    listings: listingCount,
    activeOffers: split?.offers,
    activeNeeds: split?.needs,
    oneListing,
    fullRecompute: {
      regionListings: recomputeCount,
      activeListings: full.listings,
      seconds: full.seconds,
      perListingMs,
    },
  }),
);
