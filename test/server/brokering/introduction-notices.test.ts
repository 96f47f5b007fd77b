import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import type { DatabaseHandle } from '../../../db/client';
import { companyMembers, rateLimit } from '../../../db/schema/index';
import { createTestDatabase } from '../../helpers/database';
import { signUpPerson } from '../../helpers/factories';
import { callOk, matchedPair, signUpStaff, type TestCompany } from '../../helpers/marketplace';
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

type Notice = {
  kind: string;
  title: string;
  body: string;
  link: string;
  params: Record<string, string> | null;
  readAt: string | null;
};

const bell = (cookie: string) => callOk<Notice[]>(app, 'alerts.notifications', undefined, { cookie, kind: 'query' });
/** The bell's notices about introductions (new matches ring it too, naming public companies). */
const introductionNotices = async (cookie: string) =>
  (await bell(cookie)).filter((item) => item.kind.startsWith('introduction'));
const unread = async (cookie: string) =>
  (await callOk<{ unread: number }>(app, 'alerts.unreadCount', undefined, { cookie, kind: 'query' })).unread;

async function introduced(anonymous: boolean) {
  const pair = await matchedPair(app, database, { anonymous });
  const broker = await signUpStaff(app, database);
  const { introductionId } = await callOk<{ introductionId: string }>(
    app,
    'brokering.introduce',
    { matchId: pair.matchId, note: 'Prata med varandra.' },
    { cookie: broker.cookie },
  );
  return { ...pair, broker, introductionId };
}

const answer = (company: TestCompany, introductionId: string, reply: 'accepted' | 'declined') =>
  callOk(
    app,
    'brokering.answerIntroduction',
    { companyId: company.company.id, introductionId, answer: reply },
    { cookie: company.owner.cookie },
  );

test('an introduction rings the bell of both companies, naming neither', async () => {
  const { buyer, seller, offer, need } = await introduced(true);
  for (const [company, ownId, otherTitle] of [
    [buyer, need.id, 'Aluminiumspån 6082'],
    [seller, offer.id, 'Söker aluminiumspån'],
  ] as const) {
    expect(ownId).toBeTruthy();
    const notices = await bell(company.owner.cookie);
    const notice = notices.find((item) => item.kind === 'introduction');
    expect(notice).toMatchObject({
      link: `/companies/${company.company.id}/introductions`,
      params: { otherTitle },
      readAt: null,
    });
    expect(notice?.title).toContain(otherTitle);
    expect(await unread(company.owner.cookie)).toBeGreaterThanOrEqual(1);
  }
  expect(JSON.stringify(await introductionNotices(buyer.owner.cookie))).not.toContain(seller.company.name);
  expect(JSON.stringify(await introductionNotices(seller.owner.cookie))).not.toContain(buyer.company.name);
}, 120_000);

test('every member of the company hears of it, each in their own language', async () => {
  const { buyer, broker, matchId } = await matchedPair(app, database).then(async (pair) => ({
    ...pair,
    broker: await signUpStaff(app, database),
  }));
  // A colleague who reads English, a member of the buyer's company (how they joined is another test's).
  const colleague = await signUpPerson(app, { language: 'en' });
  await database.db
    .insert(companyMembers)
    .values({ companyId: buyer.company.id, userId: colleague.userId, role: 'member' });
  await callOk(app, 'brokering.introduce', { matchId, note: 'Hej.' }, { cookie: broker.cookie });
  const [english] = (await bell(colleague.cookie)).filter((item) => item.kind === 'introduction');
  expect(english?.title).toBe('Introduction: “Aluminiumspån 6082”');
  const [swedish] = (await bell(buyer.owner.cookie)).filter((item) => item.kind === 'introduction');
  expect(swedish?.title).toBe('Introduktion: ”Aluminiumspån 6082”');
}, 120_000);

test('the broker hears each answer, and both companies and the broker hear of the reveal, which names the other', async () => {
  const { buyer, seller, broker, introductionId, matchId } = await introduced(true);
  await answer(buyer, introductionId, 'accepted');
  const afterFirst = await bell(broker.cookie);
  expect(afterFirst.filter((item) => item.kind === 'introduction_answer')).toEqual([
    expect.objectContaining({
      link: `/broker/matches/${matchId}`,
      params: expect.objectContaining({ answer: 'accepted', companyName: buyer.company.name }),
    }),
  ]);
  // Nothing is revealed yet: the companies' bells hold no reveal and no name.
  expect((await bell(buyer.owner.cookie)).some((item) => item.kind === 'introduction_revealed')).toBe(false);
  expect(JSON.stringify(await introductionNotices(buyer.owner.cookie))).not.toContain(seller.company.name);

  await answer(seller, introductionId, 'accepted');
  const buyers = (await bell(buyer.owner.cookie)).find((item) => item.kind === 'introduction_revealed');
  expect(buyers?.params).toMatchObject({ otherCompany: seller.company.name });
  expect(buyers?.title).toContain(seller.company.name);
  const sellers = (await bell(seller.owner.cookie)).find((item) => item.kind === 'introduction_revealed');
  expect(sellers?.params).toMatchObject({ otherCompany: buyer.company.name });
  const brokers = await bell(broker.cookie);
  expect(brokers.filter((item) => item.kind === 'introduction_answer')).toHaveLength(2);
  expect(brokers.find((item) => item.kind === 'introduction_revealed')?.link).toBe(`/broker/matches/${matchId}`);
}, 120_000);

test('a decline reaches the broker’s bell and nobody else’s', async () => {
  const { buyer, seller, broker, introductionId } = await introduced(false);
  await answer(seller, introductionId, 'declined');
  const brokers = await bell(broker.cookie);
  expect(brokers.find((item) => item.kind === 'introduction_answer')?.params).toMatchObject({
    answer: 'declined',
    companyName: seller.company.name,
  });
  const buyers = await introductionNotices(buyer.owner.cookie);
  expect(buyers.map((item) => item.kind)).toEqual(['introduction']);
}, 120_000);
