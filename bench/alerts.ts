/**
 * Alert speed over the demo region in a fresh in-memory PGlite: how long the `alerts.listing-changed`
 * job takes for one published listing with many saved searches in the region (each saved search
 * is re-run through the search engine as its owner, narrowed to the listing), and how long a daily
 * digest takes to build. The goal: immediate alerts go out within a minute of the worker
 * seeing the job.
 * Usage: npm run bench:alerts [-- listings [saved-searches]]   (defaults 20,000 and 1,000)
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { openDatabase, rowsOf } from '../db/client';
import { alerts, user } from '../db/schema/index';
import { seedDemoRegion } from '../db/seed/seed';
import { runDigest } from '../server/alerts/digests';
import { evaluateListing } from '../server/alerts/evaluate';
import { loadConfig } from '../server/env';
import { createMailer } from '../server/mail/mailer';

const listingCount = Number(process.argv[2] ?? 20_000);
const savedSearchCount = Number(process.argv[3] ?? 1_000);
for (const [name, value] of [
  ['listings', listingCount],
  ['saved-searches', savedSearchCount],
] as const) {
  if (!Number.isSafeInteger(value) || value < 1) {
    console.error(`bench:alerts: expected a whole number of ${name}, got ${value}`);
    process.exit(1);
  }
}
const sampleSize = 30;
const goalSeconds = 60;

function percentile(sorted: readonly number[], p: number): number {
  const value = sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
  return Math.round(value);
}

const database = await openDatabase({ kind: 'embedded' });
await database.migrate();
const seedStarted = performance.now();
await seedDemoRegion(database.db, { listings: listingCount });
await database.db.execute(sql`analyze`);
console.log(`seeded ${listingCount} listings in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);

// Saved searches as buyers write them: a word from the region's titles, sometimes a side or a place.
const words = rowsOf<{ word: string }>(
  await database.db.execute(sql`
    select word from (select lower(split_part(title, ' ', 1)) as word, count(*) as n from listings
                      group by 1 order by n desc limit 60) common where length(word) > 3`),
).map((row) => row.word);
const people = Array.from({ length: savedSearchCount }, (_, index) => ({
  id: randomUUID(),
  name: `Bevakare ${index}`,
  email: `bevakare-${index}@bench.example`,
}));
for (let start = 0; start < people.length; start += 500) {
  await database.db.insert(user).values(people.slice(start, start + 500));
}
const sides = [undefined, 'offer', 'need'] as const;
for (let start = 0; start < people.length; start += 500) {
  await database.db.insert(alerts).values(
    people.slice(start, start + 500).map((person, offset) => {
      const index = start + offset;
      const side = sides[index % sides.length];
      return {
        userId: person.id,
        kind: 'saved_search' as const,
        name: `Bevakning ${index}`,
        query: { q: words[index % words.length] ?? 'spån', sort: 'relevance', ...(side ? { side } : {}) },
        frequency: index % 2 === 0 ? ('immediate' as const) : ('daily' as const),
      };
    }),
  );
}

const config = loadConfig({ NODE_ENV: 'development' });
// Without SMTP_URL the Mailer records each message, so the bench measures our work, not a mail server.
const deps = { db: database.db, mailer: createMailer({ db: database.db, from: 'bench@sidestream.test' }), config };
const sample = rowsOf<{ id: string }>(
  await database.db.execute(sql`
    select id from (select id, row_number() over (order by id) as n, count(*) over () as total
                    from listings where status = 'active') ranked
    where n % greatest(1, total / ${sampleSize}) = 0 limit ${sampleSize}`),
).map((row) => row.id);
await evaluateListing(deps, sample[0] as string); // warm-up: planning and loading the indexes
const times: number[] = [];
let told = 0;
for (const id of sample) {
  const started = performance.now();
  told += (await evaluateListing(deps, id)).told;
  times.push(performance.now() - started);
}
times.sort((a, b) => a - b);

const [today] = rowsOf<{ day: string }>(
  await database.db.execute(sql`select ((now() at time zone 'Europe/Stockholm')::date)::text as day`),
);
const digestStarted = performance.now();
const digest = await runDigest(deps, { kind: 'daily', key: 'daily:bench', firstDay: today?.day as string, days: 1 });
const digestMs = performance.now() - digestStarted;

const figures = {
  listings: listingCount,
  savedSearches: savedSearchCount,
  sampledListings: sample.length,
  notificationsPerListing: Math.round((told / sample.length) * 10) / 10,
  listingChangedP50Ms: percentile(times, 50),
  listingChangedP95Ms: percentile(times, 95),
  listingChangedMaxMs: Math.round(times.at(-1) ?? 0),
  digestRecipients: digest.sent,
  digestMs: Math.round(digestMs),
  goalSeconds,
};
console.log('');
console.log('| figure | measured |');
console.log('| --- | --- |');
console.log(`| region | ${listingCount} listings, ${savedSearchCount} saved searches |`);
console.log(
  `| one listing published → every saved search asked (p50 / p95 / max) | ${figures.listingChangedP50Ms} / ${figures.listingChangedP95Ms} / ${figures.listingChangedMaxMs} ms |`,
);
console.log(`| notifications per listing (mean over ${sample.length}) | ${figures.notificationsPerListing} |`);
console.log(`| daily digest built for ${digest.sent} recipients | ${figures.digestMs} ms |`);
console.log(`| goal: immediate alert within | ${goalSeconds} s of the worker seeing the job |`);
console.log(JSON.stringify(figures));
await database.close();
