import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { DatabaseHandle } from '../../db/client';
import {
  account,
  alerts,
  companies,
  companyInvitations,
  companyMembers,
  companySites,
  conversationParties,
  conversations,
  introductions,
  listings,
  matches,
  user,
} from '../../db/schema/index';
import { unsubscribeToken } from '../../server/alerts/unsubscribe-tokens';
import type { SessionUser } from '../../server/context';
import { appRouter } from '../../server/router';
import { createCallerFactory } from '../../server/trpc';
import { createTestDatabase } from '../helpers/database';
import { companyInput, randomOrgNumber, testPassword } from '../helpers/factories';
import { testConfig, testContext } from '../helpers/test-app';

/**
 * Every tRPC procedure, and for each caller whether it may call it. A procedure missing here
 * fails the test, so a new procedure cannot slip through without someone deciding who may call it.
 * "Allowed" means the call got past authorization; a business rule may still refuse it.
 */
const callers = ['anonymous', 'memberA', 'adminA', 'memberB', 'broker', 'admin'] as const;
type Caller = (typeof callers)[number];
type Rule = Record<Caller, boolean>;

const everyone: Rule = { anonymous: true, memberA: true, adminA: true, memberB: true, broker: true, admin: true };
const signedIn: Rule = { ...everyone, anonymous: false };
const staff: Rule = { anonymous: false, memberA: false, adminA: false, memberB: false, broker: true, admin: true };
const membersOfA: Rule = { anonymous: false, memberA: true, adminA: true, memberB: false, broker: false, admin: false };
const adminsOfA: Rule = { ...membersOfA, memberA: false };
const ownersOfA: Rule = { ...adminsOfA, adminA: false };
/** memberA owns the world's saved search. */
const onlyMemberA: Rule = { ...membersOfA, adminA: false };

const matrix: Record<string, Rule> = {
  'meta.info': everyone,
  'meta.reportClientError': everyone,
  'accounts.me': everyone,
  'accounts.updateProfile': signedIn,
  'accounts.exportData': signedIn,
  'accounts.delete': signedIn,
  'companies.create': signedIn,
  'companies.get': everyone,
  'companies.mine': signedIn,
  'companies.all': staff,
  'companies.update': adminsOfA,
  'companies.addSite': adminsOfA,
  'companies.updateSite': adminsOfA,
  'companies.removeSite': adminsOfA,
  'companies.close': ownersOfA,
  'companies.members': membersOfA,
  'companies.invite': adminsOfA,
  'companies.revokeInvitation': adminsOfA,
  'companies.changeRole': adminsOfA,
  'companies.removeMember': adminsOfA,
  'companies.leave': membersOfA,
  'invitations.get': everyone,
  'invitations.accept': signedIn,
  'listings.get': everyone,
  'listings.forCompany': membersOfA,
  'listings.create': membersOfA,
  'listings.update': membersOfA,
  'listings.publish': membersOfA,
  'listings.pause': membersOfA,
  'listings.resume': membersOfA,
  'listings.renew': membersOfA,
  'listings.close': membersOfA,
  'search.listings': everyone,
  'search.suggest': everyone,
  'matches.forListing': membersOfA,
  'matches.inbox': membersOfA,
  'matches.react': membersOfA,
  'matches.markRead': membersOfA,
  'brokering.pipeline': staff,
  'brokering.myWork': staff,
  'brokering.staff': staff,
  'brokering.match': staff,
  'brokering.moveStage': staff,
  'brokering.assign': staff,
  'brokering.setNextStep': staff,
  'brokering.addNote': staff,
  'brokering.createMatch': staff,
  'brokering.introduce': staff,
  'brokering.introductions': membersOfA,
  'brokering.answerIntroduction': membersOfA,
  'conversations.list': signedIn,
  'conversations.unreadCount': signedIn,
  // A private inquiry from A to C: B and IUC staff are outsiders to it.
  'conversations.get': membersOfA,
  'conversations.markRead': membersOfA,
  'conversations.send': membersOfA,
  'conversations.startInquiry': membersOfA,
  // Staff join only match conversations and inquiries routed to them.
  'conversations.join': staff,
  // The world's match is between A and B: both companies and staff; anyone else would get not found.
  'impact.outcome': signedIn,
  'impact.recordOutcome': signedIn,
  'impact.dashboard': staff,
  'impact.report': staff,
  'impact.outcomesCsv': staff,
  'impact.forCompany': membersOfA,
  // Alerts are the caller's own (an alert id of someone else is not found).
  'alerts.list': signedIn,
  'alerts.saveSearch': signedIn,
  'alerts.update': onlyMemberA,
  'alerts.delete': onlyMemberA,
  'alerts.setCompanyAlert': membersOfA,
  'alerts.setBrokerDigestScore': { ...staff, broker: false },
  'alerts.notifications': signedIn,
  'alerts.unreadCount': signedIn,
  'alerts.markRead': signedIn,
  // The signed token is the permission: it works signed out.
  'alerts.unsubscribe': everyone,
  // The front page is for anyone; a company's home only for its members; the broker's for staff.
  'home.visitor': everyone,
  'home.company': membersOfA,
  'home.broker': staff,
};

type World = Awaited<ReturnType<typeof buildWorld>>;

/** The input each procedure gets: valid for a caller who is allowed, so only authorization can refuse it. */
const inputs: Record<string, (world: World, caller: Caller) => unknown> = {
  'meta.info': () => undefined,
  'meta.reportClientError': () => ({ message: 'matrix', path: '/' }),
  'accounts.me': () => undefined,
  'accounts.updateProfile': () => ({ language: 'en' }),
  'accounts.exportData': () => undefined,
  'accounts.delete': () => ({ password: testPassword }),
  'companies.create': () => companyInput(),
  'companies.get': (world) => ({ companyId: world.companyA }),
  'companies.mine': () => undefined,
  'companies.all': () => undefined,
  'companies.update': (world) => ({ companyId: world.companyA, description: 'Ny beskrivning' }),
  'companies.addSite': (world) => ({ companyId: world.companyA, site: siteFields }),
  'companies.updateSite': (world) => ({ companyId: world.companyA, siteId: world.siteA, site: siteFields }),
  'companies.removeSite': (world) => ({ companyId: world.companyA, siteId: world.spareSiteA }),
  'companies.close': (world) => ({ companyId: world.companyA, confirmName: world.companyAName }),
  'companies.members': (world) => ({ companyId: world.companyA }),
  'companies.invite': (world) => ({ companyId: world.companyA, email: 'new.colleague@example.se', role: 'member' }),
  'companies.revokeInvitation': (world) => ({ companyId: world.companyA, invitationId: world.invitationToA }),
  'companies.changeRole': (world) => ({ companyId: world.companyA, userId: world.users.memberA.id, role: 'admin' }),
  'companies.removeMember': (world) => ({ companyId: world.companyA, userId: world.users.memberA.id }),
  'companies.leave': (world) => ({ companyId: world.companyA }),
  'invitations.get': (world) => ({ token: world.tokenToC.memberA }),
  'invitations.accept': (world, caller) => ({ token: world.tokenToC[caller === 'anonymous' ? 'memberA' : caller] }),
  'listings.get': (world) => ({ listingId: world.listings.active }),
  'listings.forCompany': (world) => ({ companyId: world.companyA }),
  'listings.create': (world) => ({ companyId: world.companyA, ...listingFields(world) }),
  'listings.update': (world) => ({
    companyId: world.companyA,
    listingId: world.listings.active,
    version: 1,
    ...listingFields(world),
  }),
  'listings.publish': (world) => ({ companyId: world.companyA, listingId: world.listings.draft, version: 1 }),
  'listings.pause': (world) => ({ companyId: world.companyA, listingId: world.listings.active, version: 1 }),
  'listings.resume': (world) => ({ companyId: world.companyA, listingId: world.listings.paused, version: 1 }),
  'listings.renew': (world) => ({ companyId: world.companyA, listingId: world.listings.active, version: 1 }),
  'search.listings': () => ({ q: 'aluminiumspån' }),
  'search.suggest': () => ({ q: 'alumin' }),
  'matches.forListing': (world) => ({ companyId: world.companyA, listingId: world.listings.active }),
  'matches.inbox': (world) => ({ companyId: world.companyA }),
  'matches.react': (world) => ({ companyId: world.companyA, matchId: world.matchId, reaction: 'interesting' }),
  'matches.markRead': (world) => ({ companyId: world.companyA, matchIds: [world.matchId] }),
  'brokering.pipeline': () => ({ minScore: 10 }),
  'brokering.myWork': () => undefined,
  'brokering.staff': () => undefined,
  'brokering.match': (world) => ({ matchId: world.matchId }),
  'brokering.moveStage': (world) => ({ matchId: world.matchId, fromStage: 'suggested', toStage: 'reviewing' }),
  'brokering.assign': (world) => ({ matchId: world.matchId, assigneeId: world.users.broker.id }),
  'brokering.setNextStep': (world) => ({ matchId: world.matchId, nextStep: 'Ring', dueDate: '2027-01-15' }),
  'brokering.addNote': (world) => ({ matchId: world.matchId, body: 'Intern anteckning' }),
  'brokering.createMatch': (world) => ({ offerListingId: world.listings.active, needListingId: world.needOfB }),
  'brokering.introduce': (world) => ({ matchId: world.unintroducedMatchId, note: 'Hej båda' }),
  'brokering.introductions': (world) => ({ companyId: world.companyA }),
  'brokering.answerIntroduction': (world) => ({
    companyId: world.companyA,
    introductionId: world.introductionId,
    answer: 'accepted',
  }),
  'conversations.list': () => undefined,
  'conversations.unreadCount': () => undefined,
  'conversations.get': (world) => ({ conversationId: world.inquiryToC }),
  'conversations.markRead': (world) => ({ conversationId: world.inquiryToC }),
  'conversations.send': (world) => ({ conversationId: world.inquiryToC, body: 'Hej igen' }),
  'conversations.startInquiry': (world) => ({ companyId: world.companyA, listingId: world.needOfB, body: 'Hej!' }),
  'conversations.join': (world) => ({ conversationId: world.inquiryViaStaff }),
  'impact.outcome': (world) => ({ matchId: world.matchId }),
  'impact.recordOutcome': (world) => ({
    matchId: world.agreedMatchId,
    quantity: 12,
    unit: 't',
    basis: 'per_year',
    startDate: '2027-01-01',
    expectedRevision: 0,
  }),
  'impact.dashboard': () => ({ from: '2026-01-01', to: '2026-12-31' }),
  'impact.report': () => ({ from: '2026-01-01', to: '2026-12-31' }),
  'impact.outcomesCsv': () => ({ from: '2026-01-01', to: '2026-12-31' }),
  'impact.forCompany': (world) => ({ companyId: world.companyA }),
  'alerts.list': () => undefined,
  'alerts.saveSearch': () => ({ name: 'Spån', frequency: 'daily', query: { q: 'spån' } }),
  'alerts.update': (world) => ({ alertId: world.alertOfMemberA, name: 'Nytt namn' }),
  'alerts.delete': (world) => ({ alertId: world.alertOfMemberA }),
  'alerts.setCompanyAlert': (world) => ({ companyId: world.companyA, frequency: 'weekly', minScore: 60 }),
  'alerts.setBrokerDigestScore': () => ({ minScore: 75 }),
  'alerts.notifications': () => undefined,
  'alerts.unreadCount': () => undefined,
  'alerts.markRead': () => ({}),
  'alerts.unsubscribe': (world) => ({ token: unsubscribeToken(testConfig().sessionSecret, [world.alertOfMemberA]) }),
  'home.visitor': () => undefined,
  'home.company': (world) => ({ companyId: world.companyA }),
  'home.broker': () => undefined,
  'listings.close': (world) => ({
    companyId: world.companyA,
    listingId: world.listings.active,
    version: 1,
    reason: 'withdrawn',
  }),
};

function listingFields(world: World) {
  return {
    side: 'offer',
    type: 'material',
    categoryId: 'aluminium-swarf',
    title: 'Aluminiumspån från fräsning',
    quantity: 2,
    unit: 't',
    frequency: 'monthly',
    availableFrom: '2026-12-01',
    siteId: world.siteA,
    priceModel: 'free',
  };
}

const siteFields = { name: 'Lagret', streetAddress: 'Hamnvägen 2', municipalityCode: '0180' };

let database: DatabaseHandle;
let passwordHash: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const { hashPassword } = await import('better-auth/crypto');
  passwordHash = await hashPassword(testPassword);
});
afterAll(async () => {
  await database?.close();
});

/** Companies A, B and C and the people around them, inserted directly: fast enough for a fresh world per call. */
async function buildWorld() {
  const db = database.db;
  const suffix = randomBytes(4).toString('hex');
  const person = async (key: string, platformRole: 'broker' | 'admin' | null = null) => {
    const id = randomUUID();
    const email = `${key.toLowerCase()}-${suffix}@example.se`;
    await db.insert(user).values({ id, name: key, email, platformRole });
    await db
      .insert(account)
      .values({ id: randomUUID(), accountId: id, providerId: 'credential', userId: id, password: passwordHash });
    return { id, email, name: key };
  };
  const users = {
    ownerA: await person('ownerA'),
    adminA: await person('adminA'),
    memberA: await person('memberA'),
    ownerB: await person('ownerB'),
    memberB: await person('memberB'),
    ownerC: await person('ownerC'),
    broker: await person('broker', 'broker'),
    admin: await person('admin', 'admin'),
  };
  const company = async (name: string) => {
    const [row] = await db
      .insert(companies)
      .values({ name, orgNumber: randomOrgNumber(), sniCode: '25', employeesBand: '10-49' })
      .returning({ id: companies.id });
    return row?.id as string;
  };
  const companyAName = `Alfa ${suffix} AB`;
  const companyA = await company(companyAName);
  const companyB = await company(`Beta ${suffix} AB`);
  const companyC = await company(`Gamma ${suffix} AB`);
  await db.insert(companyMembers).values([
    { companyId: companyA, userId: users.ownerA.id, role: 'owner' },
    { companyId: companyA, userId: users.adminA.id, role: 'admin' },
    { companyId: companyA, userId: users.memberA.id, role: 'member' },
    { companyId: companyB, userId: users.ownerB.id, role: 'owner' },
    { companyId: companyB, userId: users.memberB.id, role: 'member' },
    { companyId: companyC, userId: users.ownerC.id, role: 'owner' },
  ]);
  const site = { streetAddress: 'Verkstadsgatan 1', municipalityCode: '0181', lat: 59.2, lon: 17.6 };
  const sites = await db
    .insert(companySites)
    .values([
      { companyId: companyA, name: 'Verkstaden', ...site },
      { companyId: companyA, name: 'Lagret', ...site },
    ])
    .returning({ id: companySites.id });
  const expiresAt = new Date(Date.now() + 86_400_000);
  const invite = async (companyId: string, email: string) => {
    const token = randomBytes(32).toString('base64url');
    const [row] = await db
      .insert(companyInvitations)
      .values({
        companyId,
        email,
        role: 'member',
        tokenHash: createHash('sha256').update(token).digest('hex'),
        invitedByUserId: users.ownerA.id,
        expiresAt,
      })
      .returning({ id: companyInvitations.id });
    return { token, id: row?.id as string };
  };
  const invitationToA = (await invite(companyA, `outsider-${suffix}@example.se`)).id;
  const tokenToC = {
    memberA: (await invite(companyC, users.memberA.email)).token,
    adminA: (await invite(companyC, users.adminA.email)).token,
    memberB: (await invite(companyC, users.memberB.email)).token,
    broker: (await invite(companyC, users.broker.email)).token,
    admin: (await invite(companyC, users.admin.email)).token,
  };
  const siteA = sites[0]?.id as string;
  const listing = async (
    status: 'active' | 'draft' | 'paused',
    side: 'offer' | 'need' = 'offer',
    companyId = companyA,
  ) => {
    const [row] = await db
      .insert(listings)
      .values({
        companyId,
        siteId: siteA,
        lat: 59.2,
        lon: 17.6,
        side,
        type: 'material',
        categoryId: 'aluminium-swarf',
        title: `Aluminiumspån ${status}`,
        quantity: 2,
        unit: 't',
        frequency: 'monthly',
        annualQuantity: 24_000,
        quantityDimension: 'mass',
        availableFrom: '2026-12-01',
        priceModel: 'free',
        status,
        publishedAt: status === 'draft' ? null : new Date(),
        expiresAt: status === 'draft' ? null : new Date(Date.now() + 30 * 86_400_000),
      })
      .returning({ id: listings.id });
    return row?.id as string;
  };
  const listingIds = {
    active: await listing('active'),
    draft: await listing('draft'),
    paused: await listing('paused'),
  };
  const needOfB = await listing('active', 'need', companyB);
  const [match] = await db
    .insert(matches)
    .values({
      needListingId: needOfB,
      offerListingId: listingIds.active,
      score: 80,
      factors: [],
      needVersion: 1,
      offerVersion: 1,
    })
    .returning({ id: matches.id });
  const [agreed] = await db
    .insert(matches)
    .values({
      needListingId: needOfB,
      offerListingId: listingIds.paused,
      stage: 'agreed',
      score: 75,
      factors: [],
      needVersion: 1,
      offerVersion: 1,
    })
    .returning({ id: matches.id });
  const [savedSearch] = await db
    .insert(alerts)
    .values({ userId: users.memberA.id, kind: 'saved_search', name: 'Spån', query: { q: 'spån' }, frequency: 'daily' })
    .returning({ id: alerts.id });
  const [introduction] = await db
    .insert(introductions)
    .values({ matchId: match?.id as string, note: 'Hej båda', introducedByUserId: users.broker.id })
    .returning({ id: introductions.id });
  const offerOfC = await listing('active', 'offer', companyC);
  const [unintroduced] = await db
    .insert(matches)
    .values({
      needListingId: needOfB,
      offerListingId: offerOfC,
      score: 70,
      factors: [],
      needVersion: 1,
      offerVersion: 1,
    })
    .returning({ id: matches.id });
  const conversation = async (viaStaff: boolean, parties: string[]) => {
    const [row] = await db
      .insert(conversations)
      .values({ kind: 'inquiry', subject: 'Aluminiumspån', listingId: offerOfC, viaStaff })
      .returning({ id: conversations.id });
    const conversationId = row?.id as string;
    await db.insert(conversationParties).values(parties.map((companyId) => ({ conversationId, companyId })));
    return conversationId;
  };
  return {
    users,
    companyA,
    companyAName,
    companyB,
    siteA,
    spareSiteA: sites[1]?.id as string,
    invitationToA,
    tokenToC,
    listings: listingIds,
    matchId: match?.id as string,
    needOfB,
    alertOfMemberA: savedSearch?.id as string,
    agreedMatchId: agreed?.id as string,
    unintroducedMatchId: unintroduced?.id as string,
    introductionId: introduction?.id as string,
    inquiryToC: await conversation(false, [companyA, companyC]),
    inquiryViaStaff: await conversation(true, [companyB]),
  };
}

function sessionUserFor(world: World, caller: Caller): SessionUser | null {
  if (caller === 'anonymous') return null;
  const person = world.users[caller];
  const platformRole = caller === 'broker' ? 'broker' : caller === 'admin' ? 'admin' : null;
  return { ...person, platformRole, language: 'sv', sessionId: 'matrix' };
}

const deniedCodes = new Set(['UNAUTHORIZED', 'FORBIDDEN', 'NOT_FOUND']);

async function outcome(procedure: string, caller: Caller, world: World): Promise<'allowed' | 'denied'> {
  const caller_ = createCallerFactory(appRouter)(testContext(database, { user: sessionUserFor(world, caller) }));
  const [namespace, name] = procedure.split('.') as [string, string];
  const call = (caller_ as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>)[
    namespace
  ]?.[name] as (input: unknown) => Promise<unknown>;
  try {
    await call(inputs[procedure]?.(world, caller));
    return 'allowed';
  } catch (error) {
    if (error instanceof TRPCError && deniedCodes.has(error.code)) return 'denied';
    if (error instanceof TRPCError && (error.code === 'BAD_REQUEST' || error.code === 'CONFLICT')) {
      // Input or rule problems mean authorization already passed; a bad fixture would show here.
      throw new Error(`${procedure} as ${caller} was refused by a rule, not by authorization: ${error.message}`);
    }
    throw error;
  }
}

test('the matrix lists exactly the procedures the router has', () => {
  const procedures = Object.keys(appRouter._def.procedures).sort();
  expect(Object.keys(matrix).sort()).toEqual(procedures);
  expect(Object.keys(inputs).sort()).toEqual(procedures);
});

test('every procedure allows exactly the callers the matrix names', async () => {
  const mismatches: string[] = [];
  let calls = 0;
  const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>;
  for (const [procedure, rule] of Object.entries(matrix)) {
    // Queries change nothing, so their six callers share one world.
    const shared = procedures[procedure]?._def.type === 'query' ? await buildWorld() : null;
    for (const caller of callers) {
      // A fresh world per mutation, so destructive calls (close, leave, delete) cannot affect the next.
      const world = shared ?? (await buildWorld());
      const expected = rule[caller] ? 'allowed' : 'denied';
      const actual = await outcome(procedure, caller, world);
      calls++;
      if (actual !== expected) mismatches.push(`${procedure} as ${caller}: expected ${expected}, got ${actual}`);
    }
  }
  expect(mismatches).toEqual([]);
  expect(calls).toBe(Object.keys(matrix).length * callers.length);
  // Hundreds of fresh worlds: well past the default per-test timeout on a loaded machine.
}, 180_000);
