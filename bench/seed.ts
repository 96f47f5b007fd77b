/**
 * Time to seed the demo region into a fresh in-memory PGlite: generation, the one password hash
 * and the chunked inserts, all in one transaction.
 * Usage: npm run bench:seed [-- listings]   (default 100,000)
 */
import { sql } from 'drizzle-orm';
import { openDatabase, rowsOf } from '../db/client';
import { seedDemoRegion } from '../db/seed/seed';

const listingCount = Number(process.argv[2] ?? 100_000);
if (!Number.isSafeInteger(listingCount) || listingCount < 0) {
  console.error(`bench:seed: expected a whole number of listings, got ${process.argv[2]}`);
  process.exit(1);
}

const database = await openDatabase({ kind: 'embedded' });
try {
  await database.migrate();
  const started = performance.now();
  const seeded = await seedDemoRegion(database.db, { listings: listingCount });
  const seconds = (performance.now() - started) / 1000;

  // Every row the seed wrote, counted from the database rather than trusted from the seed.
  const [counts] = rowsOf<Record<string, string | number>>(
    await database.db.execute(sql`select
      (select count(*) from "user") as users,
      (select count(*) from account) as accounts,
      (select count(*) from companies) as companies,
      (select count(*) from company_members) as members,
      (select count(*) from company_sites) as sites,
      (select count(*) from listings) as listings`),
  );
  const rows = Object.values(counts ?? {}).reduce<number>((sum, value) => sum + Number(value), 0);
  const figures = {
    listings: seeded.listings,
    companies: seeded.companies,
    people: seeded.people,
    rows,
    seconds: Math.round(seconds * 100) / 100,
    rows_per_s: Math.round(rows / seconds),
    listings_per_s: Math.round(seeded.listings / seconds),
  };
  console.log('seedDemoRegion into in-memory PGlite (one transaction, 1,000-row inserts)');
  console.table([figures]);
  console.log(JSON.stringify({ bench: 'seed', database: 'pglite-memory', ...figures }));
} finally {
  await database.close();
}
