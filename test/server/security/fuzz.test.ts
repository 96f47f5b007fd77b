import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { rowsOf } from '../../../db/client';
import { appRouter } from '../../../server/router';
import { createTestDatabase, testDatabaseKind } from '../../helpers/database';
import { createCompanyWithSite } from '../../helpers/factories';
import { callTrpc } from '../../helpers/http';
import { postListing, type TestCompany } from '../../helpers/marketplace';
import { createTestApp, type TestApp } from '../../helpers/test-app';

/**
 * Every tRPC procedure gets random input — strings with NUL bytes, lone surrogates and header
 * lines, numbers at the edges, wrong types, deep nesting, and objects built from the procedure's
 * own field names — as a visitor and as a signed-in member of a company. Nothing may answer 5xx
 * or leak SQL, and a refused call may not leave a row behind.
 */

/** Random runs per procedure and caller, beside the per-field sweep: about 30 s per caller and database on the 2-core machine. */
const runsPerProcedure = 4;

type Database = Awaited<ReturnType<typeof createTestDatabase>>;
let database: Database;
let app: TestApp;
let member: TestCompany;
let countTablesSql: string;
let listingId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  app = await createTestApp(database);
  member = await createCompanyWithSite(app);
  listingId = (await postListing(app, member)).id;
  const tables = rowsOf<{ table_name: string }>(
    await database.db.execute(
      sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
    ),
  )
    .map((row) => row.table_name)
    // Counters of attempts (sign-in and send limits) may count a refused call; that is their job.
    .filter((name) => !/limit/.test(name));
  countTablesSql = `select ${tables.map((name) => `(select count(*)::int from "${name}") as "${name}"`).join(', ')}`;
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

async function rowCounts(): Promise<Record<string, number>> {
  return rowsOf<Record<string, number>>(await database.db.execute(sql.raw(countTablesSql)))[0] ?? {};
}

const nastyStrings = [
  '\u0000',
  'Spån\u0000från',
  'Eva\r\nBcc: victim@example.se',
  '\ud800',
  'x\udfffy',
  '\u001b[31m',
  '\u0085\u2028',
  '2026-02-31',
  '0000-01-01',
  "'; drop table listings; --",
  '%_\\',
  '"',
  '{}',
  '__proto__',
  'constructor',
  'x'.repeat(3000),
  '😀'.repeat(300),
  ' ',
  '',
  '-1',
  'NaN',
  '1e400',
  '9'.repeat(40),
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '00000000-0000-0000-0000-000000000000',
  'sv',
];

const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ maxLength: 30 }),
  fc.constantFrom(...nastyStrings),
  fc.uuid(),
);
const number = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(0, -0, -1, 1, 0.5, 1e308, -1e308, 2 ** 53 + 1, 2 ** 31),
);
const deep = fc.integer({ min: 10, max: 1200 }).map((depth) => JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`));

const { value } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    text,
    number,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 8 }), tie('value'), { maxKeys: 4 }),
  ),
}));

type Procedure = { _def: { type: 'query' | 'mutation' | 'subscription'; inputs: unknown[] } };
const procedures = appRouter._def.procedures as unknown as Record<string, Procedure>;

type Schema = { safeParse: (value: unknown) => { success: boolean }; shape?: Record<string, Schema> };

/** Each field of a procedure's input schemas (a later schema's field wins, as tRPC merges them). */
function fieldsOf(procedure: Procedure): Map<string, Schema> {
  const fields = new Map<string, Schema>();
  for (const schema of procedure._def.inputs as Schema[]) {
    for (const [name, field] of Object.entries(schema.shape ?? {})) fields.set(name, field);
  }
  return fields;
}

/** An enum's options, under optional, nullable, default and pipe wrappers. */
function enumOptions(schema: unknown): unknown[] {
  let current = schema as { options?: unknown[]; _zod?: { def?: { innerType?: unknown; in?: unknown } } } | undefined;
  for (let level = 0; current && level < 6; level++) {
    if (Array.isArray(current.options)) return current.options;
    current = (current._zod?.def?.innerType ?? current._zod?.def?.in) as typeof current;
  }
  return [];
}

/**
 * Values each field accepts, picked from plausible ones and checked against the field's own
 * schema: an input made of these, with one field replaced by something nasty, gets past every
 * other check and carries the nasty value as far as the service and the database.
 */
function validValuesFor(name: string, field: Schema): unknown[] {
  // The field's own id first, so a base input names things that exist.
  const hinted = { companyId: member.company.id, siteId: member.siteId, listingId }[name];
  const plausible = [
    ...(hinted ? [hinted] : []),
    ...enumOptions(field),
    'Aluminiumspån från fräsning',
    'Spån',
    'sv',
    '2026-12-01',
    '2026-12-31',
    1,
    2,
    80,
    true,
    false,
    member.company.id,
    member.siteId,
    listingId,
    'aluminium-swarf',
    '0180',
    '25',
    'https://example.se',
    'kontakt@example.se',
    [],
    {},
    null,
  ];
  return plausible.filter((candidate) => field.safeParse(candidate).success);
}

function inputFor(procedure: Procedure, caller: 'visitor' | 'member') {
  const fields = [...fieldsOf(procedure)];
  if (fields.length === 0) return fc.oneof(value, deep);
  const fieldValue = (name: string, field: Schema) => {
    const valid = validValuesFor(name, field);
    return valid.length > 0 ? fc.oneof(fc.constantFrom(...valid), value) : value;
  };
  const random = fc.record(Object.fromEntries(fields.map(([name, field]) => [name, fieldValue(name, field)])), {
    requiredKeys: [],
  });
  const validBase = fc.record(
    Object.fromEntries(
      fields.map(([name, field]) => {
        const valid = validValuesFor(name, field);
        // A visitor has no company: a random one stands in for ours.
        if (name === 'companyId' && caller === 'visitor') return [name, fc.uuid()];
        return [name, valid.length > 0 ? fc.constantFrom(...valid) : value];
      }),
    ),
  );
  const nearlyValid = fc
    .tuple(
      validBase,
      fc.constantFrom(...fields.map(([name]) => name)),
      fc.oneof(fc.constantFrom(...nastyStrings), value),
    )
    .map(([base, name, nasty]) => ({ ...base, [name]: nasty }));
  return fc.oneof(value, deep, random, nearlyValid, nearlyValid, nearlyValid);
}

/**
 * Besides the random runs, one input per field: the first valid value of every other field, and
 * in this one a NUL byte (or, where a date fits, an impossible date). Random search alone rarely
 * builds an input valid enough to carry a NUL to the database.
 */
function sweepFor(procedure: Procedure, caller: 'visitor' | 'member'): [unknown][] {
  const fields = [...fieldsOf(procedure)];
  const base: Record<string, unknown> = {};
  for (const [name, field] of fields) {
    const [first] = validValuesFor(name, field);
    if (first !== undefined) base[name] = name === 'companyId' && caller === 'visitor' ? crypto.randomUUID() : first;
  }
  return fields.flatMap(([name, field]) => {
    const poisoned: [unknown][] = [[{ ...base, [name]: 'Spån\u0000från' }]];
    if (field.safeParse('2026-12-01').success) poisoned.push([{ ...base, [name]: '2026-02-31' }]);
    return poisoned;
  });
}

async function fuzzAs(caller: 'visitor' | 'member') {
  const cookie = caller === 'member' ? member.owner.cookie : undefined;
  const failures: string[] = [];
  let calls = 0;
  for (const [path, procedure] of Object.entries(procedures)) {
    const kind = procedure._def.type === 'query' ? 'query' : 'mutation';
    // Queries never write: one count around all their runs. Mutations: around each call.
    const queryBefore = kind === 'query' ? await rowCounts() : null;
    await fc
      .assert(
        fc.asyncProperty(inputFor(procedure, caller), async (input) => {
          calls++;
          const before = queryBefore ?? (await rowCounts());
          const { status, body } = await callTrpc(app, path, input, { ...(cookie ? { cookie } : {}), kind });
          const shown = `${path} as ${caller} with ${JSON.stringify(input)?.slice(0, 200)}`;
          expect(status, `${shown}: ${JSON.stringify(body).slice(0, 300)}`).toBeLessThan(500);
          expect(JSON.stringify(body), shown).not.toMatch(/failed query|insert into|"stack"/i);
          // A call that succeeded may write (a random but valid name, say); a refused one may not.
          if (kind === 'mutation' && status >= 400) {
            expect(await rowCounts(), `${shown} was refused (${status}) but changed rows`).toEqual(before);
          }
        }),
        { numRuns: runsPerProcedure, endOnFailure: true, examples: sweepFor(procedure, caller) },
      )
      .catch((error: Error) => failures.push(error.message.split('\n').slice(0, 8).join('\n')));
    if (queryBefore) expect(await rowCounts(), `${path} (a query) changed rows`).toEqual(queryBefore);
  }
  expect(failures).toEqual([]);
  expect(calls).toBeGreaterThanOrEqual(Object.keys(procedures).length * runsPerProcedure);
}

test(`random input to every procedure as a visitor: no 5xx, no SQL, no rows written (${testDatabaseKind})`, async () => {
  await fuzzAs('visitor');
}, 180_000);

test(`random input to every procedure as a signed-in member: no 5xx, no SQL, no rows written by a refusal (${testDatabaseKind})`, async () => {
  await fuzzAs('member');
}, 180_000);
