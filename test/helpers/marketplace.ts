import { and, eq } from 'drizzle-orm';
import type { DatabaseHandle } from '../../db/client';
import { matches, user } from '../../db/schema/index';
import { jobHandlers } from '../../server/jobs/handlers';
import { startWorker } from '../../server/jobs/worker';
import { createMailer, type Mailer } from '../../server/mail/mailer';
import { createCompanyWithSite, signUpPerson } from './factories';
import { callTrpc } from './http';
import { silentLog, type TestApp, testConfig } from './test-app';

export type TestCompany = Awaited<ReturnType<typeof createCompanyWithSite>>;

/** Applies every due job as the worker would; mail goes to the given mailer (by default only recorded). */
export async function applyJobs(database: DatabaseHandle, mailer?: Mailer): Promise<void> {
  const worker = startWorker({
    db: database.db,
    handlers: jobHandlers(
      testConfig(),
      database.db,
      mailer ?? createMailer({ db: database.db, from: 'test@sidestream.test' }),
    ),
    log: silentLog,
    autoStart: false,
  });
  while ((await worker.runOnce()) > 0) {}
}

/** Valid listing fields for the company's first site: aluminium swarf offered monthly. */
export function listingFields(company: TestCompany, overrides: Record<string, unknown>) {
  return {
    companyId: company.company.id,
    side: 'offer',
    type: 'material',
    title: 'Aluminiumspån från fräsning',
    categoryId: 'aluminium-swarf',
    quantity: 2,
    unit: 't',
    frequency: 'monthly',
    availableFrom: '2026-11-01',
    siteId: company.siteId,
    priceModel: 'free',
    ...overrides,
  };
}

/** Creates and publishes a listing as the company's owner, over HTTP. */
export async function postListing(app: TestApp, company: TestCompany, overrides: Record<string, unknown> = {}) {
  const result = await callTrpc(
    app,
    'listings.create',
    { ...listingFields(company, overrides), publish: true },
    { cookie: company.owner.cookie },
  );
  if (result.status !== 200) throw new Error(JSON.stringify(result.body));
  return (result.body.result as { data: { id: string; version: number } }).data;
}

/** A person made IUC staff (a broker unless said otherwise), with a session. */
export async function signUpStaff(app: TestApp, database: DatabaseHandle, role: 'broker' | 'admin' = 'broker') {
  const person = await signUpPerson(app, { name: `Broker ${Math.random().toString(36).slice(2, 7)}` });
  await database.db.update(user).set({ platformRole: role }).where(eq(user.id, person.userId));
  return person;
}

/** Calls a procedure and returns its data, failing the test with the error body otherwise. */
export async function callOk<T = unknown>(
  app: TestApp,
  procedure: string,
  input: unknown,
  options: { cookie: string; kind?: 'query' | 'mutation' },
): Promise<T> {
  const result = await callTrpc(app, procedure, input, options);
  if (result.status !== 200) throw new Error(`${procedure}: ${result.status} ${JSON.stringify(result.body)}`);
  return (result.body.result as { data: T }).data;
}

/** A need of one new company and a fitting offer of another, with the match the matcher made between them. */
export async function matchedPair(
  app: TestApp,
  database: DatabaseHandle,
  offerOverrides: Record<string, unknown> = {},
  needOverrides: Record<string, unknown> = {},
) {
  const buyer = await createCompanyWithSite(app);
  const seller = await createCompanyWithSite(app);
  const offer = await postListing(app, seller, { title: 'Aluminiumspån 6082', ...offerOverrides });
  const need = await postListing(app, buyer, {
    side: 'need',
    title: 'Söker aluminiumspån',
    quantity: 3,
    ...needOverrides,
  });
  await applyJobs(database);
  const [match] = await database.db
    .select()
    .from(matches)
    .where(and(eq(matches.needListingId, need.id), eq(matches.offerListingId, offer.id)));
  if (!match) throw new Error('the matcher made no match for the pair');
  return { buyer, seller, offer, need, matchId: match.id };
}
