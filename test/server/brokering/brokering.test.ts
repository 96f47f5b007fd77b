import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { type DatabaseHandle, rowsOf } from '../../../db/client';
import { matchEvents, matches, rateLimit } from '../../../db/schema/index';
import { createTestDatabase } from '../../helpers/database';
import { createCompanyWithSite } from '../../helpers/factories';
import { callTrpc } from '../../helpers/http';
import {
  applyJobs,
  callOk,
  matchedPair as matchedPairOf,
  postListing,
  signUpStaff,
  type TestCompany,
} from '../../helpers/marketplace';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let database: DatabaseHandle;
let app: TestApp;

beforeAll(async () => {
  database = await createTestDatabase();
  app = await createTestApp(database);
});
beforeEach(async () => {
  await database.db.delete(rateLimit);
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

const matchedPair = (offerOverrides: Record<string, unknown> = {}) => matchedPairOf(app, database, offerOverrides);

type Introduction = {
  id: string;
  status: 'waiting' | 'revealed' | 'closed';
  myAnswer: string | null;
  note: string;
  other: { title: string; company: { name: string; contact: { email: string | null } } | null };
  conversationId: string | null;
};

const introductionsOf = (company: TestCompany) =>
  callOk<Introduction[]>(
    app,
    'brokering.introductions',
    { companyId: company.company.id },
    { cookie: company.owner.cookie, kind: 'query' },
  );

const answer = (company: TestCompany, introductionId: string, reply: 'accepted' | 'declined', reason?: string) =>
  callTrpc(
    app,
    'brokering.answerIntroduction',
    { companyId: company.company.id, introductionId, answer: reply, ...(reason ? { reason } : {}) },
    { cookie: company.owner.cookie },
  );

test('double opt-in: names and contacts stay hidden until both accept, and only then the conversation opens', async () => {
  const { buyer, seller, matchId } = await matchedPair({ anonymous: true });
  const broker = await signUpStaff(app, database);
  await callOk(app, 'brokering.introduce', { matchId, note: 'Ni borde prata om spånet.' }, { cookie: broker.cookie });

  const [buyerView] = await introductionsOf(buyer);
  expect(buyerView?.status).toBe('waiting');
  expect(buyerView?.note).toBe('Ni borde prata om spånet.');
  expect(buyerView?.other.title).toBe('Aluminiumspån 6082');
  expect(buyerView?.other.company).toBeNull();
  expect(JSON.stringify(buyerView)).not.toContain(seller.company.name);

  expect((await answer(buyer, buyerView?.id as string, 'accepted')).status).toBe(200);
  // One acceptance reveals nothing, and answering again cannot push it through.
  const [afterOne] = await introductionsOf(buyer);
  expect(afterOne?.other.company).toBeNull();
  expect(afterOne?.conversationId).toBeNull();
  const again = await answer(buyer, buyerView?.id as string, 'accepted');
  expect(again.status).toBe(409);
  // A company outside the match cannot answer for the other side.
  const stranger = await createCompanyWithSite(app);
  expect((await answer(stranger, buyerView?.id as string, 'accepted')).status).toBe(404);
  expect(JSON.stringify(await introductionsOf(seller))).not.toContain(buyer.company.name);

  const [sellerView] = await introductionsOf(seller);
  expect((await answer(seller, sellerView?.id as string, 'accepted')).status).toBe(200);
  const [revealedToBuyer] = await introductionsOf(buyer);
  const [revealedToSeller] = await introductionsOf(seller);
  expect(revealedToBuyer?.status).toBe('revealed');
  expect(revealedToBuyer?.other.company?.name).toBe(seller.company.name);
  expect(revealedToBuyer?.other.company?.contact.email).toBe(seller.owner.email);
  expect(revealedToSeller?.other.company?.name).toBe(buyer.company.name);
  expect(revealedToBuyer?.conversationId).toBeTruthy();
  expect(revealedToSeller?.conversationId).toBe(revealedToBuyer?.conversationId);

  const history = await database.db
    .select({ kind: matchEvents.kind })
    .from(matchEvents)
    .where(eq(matchEvents.matchId, matchId))
    .orderBy(matchEvents.createdAt);
  expect(history.map((event) => event.kind)).toEqual([
    'introduced',
    'introduction_accepted',
    'introduction_accepted',
    'revealed',
  ]);
  // Both companies were told about the introduction, and again about the reveal.
  await applyJobs(database);
  const mail = rowsOf<{ subject: string }>(
    await database.db.execute(
      sql`select subject from mail_messages where "to" in (${buyer.owner.email}, ${seller.owner.email}) order by created_at`,
    ),
  );
  expect(mail.filter((message) => message.subject.startsWith('Introduktion')).length).toBe(2);
  expect(mail.filter((message) => message.subject.startsWith('Ni är introducerade')).length).toBe(2);
});

test('a decline keeps both sides hidden, its reason reaches the broker only', async () => {
  const { buyer, seller, matchId } = await matchedPair();
  const broker = await signUpStaff(app, database);
  await callOk(app, 'brokering.introduce', { matchId, note: 'Kanske något?' }, { cookie: broker.cookie });
  const [sellerView] = await introductionsOf(seller);
  expect((await answer(seller, sellerView?.id as string, 'declined', 'Vi har redan en köpare')).status).toBe(200);
  const [buyerView] = await introductionsOf(buyer);
  expect((await answer(buyer, buyerView?.id as string, 'accepted')).status).toBe(200);

  for (const company of [buyer, seller]) {
    const [view] = await introductionsOf(company);
    expect(view?.status).toBe('waiting');
    expect(view?.other.company).toBeNull();
    expect(view?.conversationId).toBeNull();
    expect(JSON.stringify(view)).not.toContain('redan en köpare');
  }
  const page = await callOk<{ introduction: { answers: { side: string; answer: string; reason: string | null }[] } }>(
    app,
    'brokering.match',
    { matchId },
    { cookie: broker.cookie, kind: 'query' },
  );
  expect(page.introduction.answers).toContainEqual(
    expect.objectContaining({ side: 'offer', answer: 'declined', reason: 'Vi har redan en köpare' }),
  );
});

test('two brokers moving the same match at once: one wins, the other gets CONFLICT with the current stage', async () => {
  const { matchId } = await matchedPair();
  const first = await signUpStaff(app, database);
  const second = await signUpStaff(app, database, 'admin');
  const [a, b] = await Promise.all([
    callTrpc(
      app,
      'brokering.moveStage',
      { matchId, fromStage: 'suggested', toStage: 'reviewing' },
      { cookie: first.cookie },
    ),
    callTrpc(
      app,
      'brokering.moveStage',
      { matchId, fromStage: 'suggested', toStage: 'dismissed', reason: 'duplicate' },
      { cookie: second.cookie },
    ),
  ]);
  const statuses = [a.status, b.status].sort();
  expect(statuses).toEqual([200, 409]);
  const winner = a.status === 200 ? 'reviewing' : 'dismissed';
  const loser = a.status === 409 ? a : b;
  expect(loser.body.error?.message).toBe('brokering.stageConflict');
  expect(loser.body.error?.data.params).toEqual({ currentStage: winner, expectedStage: 'suggested' });
  const transitions = await database.db
    .select({ from: matchEvents.fromStage, to: matchEvents.toStage })
    .from(matchEvents)
    .where(eq(matchEvents.matchId, matchId));
  expect(transitions).toEqual([{ from: 'suggested', to: winner }]);
  const [stored] = await database.db.select().from(matches).where(eq(matches.id, matchId));
  expect(stored?.stage).toBe(winner);
  expect(stored?.keptAt).not.toBeNull();
});

test('an off-ramp needs a reason from the list, and "other" needs words; the match stays where it was', async () => {
  const { matchId } = await matchedPair();
  const broker = await signUpStaff(app, database);
  const noReason = await callTrpc(
    app,
    'brokering.moveStage',
    { matchId, fromStage: 'suggested', toStage: 'declined' },
    { cookie: broker.cookie },
  );
  expect(noReason.status).toBe(400);
  expect(noReason.body.error?.data.fieldErrors).toEqual({ reason: ['validation.offRampReasonRequired'] });
  const otherWithoutWords = await callTrpc(
    app,
    'brokering.moveStage',
    { matchId, fromStage: 'suggested', toStage: 'declined', reason: 'other' },
    { cookie: broker.cookie },
  );
  expect(otherWithoutWords.body.error?.data.fieldErrors).toEqual({ note: ['validation.offRampNoteRequired'] });
  const straightToIntroduced = await callTrpc(
    app,
    'brokering.moveStage',
    { matchId, fromStage: 'suggested', toStage: 'introduced' },
    { cookie: broker.cookie },
  );
  expect(straightToIntroduced.status).toBe(400);
  const [stored] = await database.db.select().from(matches).where(eq(matches.id, matchId));
  expect(stored?.stage).toBe('suggested');

  await callOk(
    app,
    'brokering.moveStage',
    { matchId, fromStage: 'suggested', toStage: 'declined', reason: 'other', note: 'Säljaren lägger ned linjen' },
    { cookie: broker.cookie },
  );
  const [declined] = await database.db.select().from(matches).where(eq(matches.id, matchId));
  expect([declined?.stage, declined?.stageReason, declined?.stageNote]).toEqual([
    'declined',
    'other',
    'Säljaren lägger ned linjen',
  ]);
});

test('a broker makes a match by hand, assigns it, sets an overdue next step and finds it first in "my work"', async () => {
  const buyer = await createCompanyWithSite(app);
  const seller = await createCompanyWithSite(app);
  // Paper offered against a need for aluminium: the matcher would never pair them.
  const offer = await postListing(app, seller, { title: 'Wellpapp i balar', categoryId: 'cardboard' });
  const need = await postListing(app, buyer, { side: 'need', title: 'Söker aluminiumspån' });
  const broker = await signUpStaff(app, database);
  const made = await callOk<{ matchId: string; score: number }>(
    app,
    'brokering.createMatch',
    { offerListingId: offer.id, needListingId: need.id },
    { cookie: broker.cookie },
  );
  const duplicate = await callTrpc(
    app,
    'brokering.createMatch',
    { offerListingId: offer.id, needListingId: need.id },
    { cookie: broker.cookie },
  );
  expect(duplicate.status).toBe(409);
  const swapped = await callTrpc(
    app,
    'brokering.createMatch',
    { offerListingId: need.id, needListingId: offer.id },
    { cookie: broker.cookie },
  );
  expect(swapped.body.error?.data.fieldErrors).toEqual({ offerListingId: ['brokering.notAnOffer'] });

  const later = await matchedPair();
  for (const [matchId, due] of [
    [later.matchId, '2099-01-01'],
    [made.matchId, '2020-01-01'],
  ] as const) {
    await callOk(app, 'brokering.assign', { matchId, assigneeId: broker.userId }, { cookie: broker.cookie });
    await callOk(
      app,
      'brokering.setNextStep',
      { matchId, nextStep: 'Ring säljaren', dueDate: due },
      { cookie: broker.cookie },
    );
  }
  const work = await callOk<{ id: string; overdue: boolean }[]>(app, 'brokering.myWork', undefined, {
    cookie: broker.cookie,
    kind: 'query',
  });
  expect(work.map((item) => [item.id, item.overdue])).toEqual([
    [made.matchId, true],
    [later.matchId, false],
  ]);
  // The matcher's next run leaves a hand-made match alone.
  await postListing(app, buyer, { side: 'need', title: 'Söker mer aluminiumspån' });
  await applyJobs(database);
  const [kept] = await database.db.select().from(matches).where(eq(matches.id, made.matchId));
  expect([kept?.origin, kept?.stage]).toEqual(['broker', 'reviewing']);

  const notStaff = await callTrpc(
    app,
    'brokering.assign',
    { matchId: made.matchId, assigneeId: buyer.owner.userId },
    {
      cookie: broker.cookie,
    },
  );
  expect(notStaff.body.error?.data.fieldErrors).toEqual({ assigneeId: ['brokering.assigneeNotStaff'] });
});

test('internal notes are on the staff page only: no company procedure returns them', async () => {
  const { buyer, seller, matchId } = await matchedPair();
  const broker = await signUpStaff(app, database);
  await callOk(
    app,
    'brokering.addNote',
    { matchId, body: 'HEMLIG: säljaren har betalningsproblem' },
    { cookie: broker.cookie },
  );
  await callOk(app, 'brokering.introduce', { matchId, note: 'Hej båda!' }, { cookie: broker.cookie });
  for (const company of [buyer, seller]) {
    const [view] = await introductionsOf(company);
    await answer(company, view?.id as string, 'accepted');
  }
  const page = await callOk<{ notes: { body: string }[]; conversationId: string }>(
    app,
    'brokering.match',
    { matchId },
    { cookie: broker.cookie, kind: 'query' },
  );
  expect(page.notes.map((note) => note.body)).toEqual(['HEMLIG: säljaren har betalningsproblem']);
  for (const company of [buyer, seller]) {
    const seen = [
      await introductionsOf(company),
      await callOk(
        app,
        'matches.inbox',
        { companyId: company.company.id },
        { cookie: company.owner.cookie, kind: 'query' },
      ),
      await callOk(
        app,
        'conversations.get',
        { conversationId: page.conversationId },
        { cookie: company.owner.cookie, kind: 'query' },
      ),
    ];
    expect(JSON.stringify(seen)).not.toContain('HEMLIG');
  }
  for (const procedure of ['brokering.match', 'brokering.pipeline']) {
    const input = procedure === 'brokering.match' ? { matchId } : {};
    const refused = await callTrpc(app, procedure, input, { cookie: buyer.owner.cookie, kind: 'query' });
    expect(refused.status).toBe(403);
  }
});
