import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import type { DatabaseHandle } from '../../../db/client';
import {
  account,
  auditEvents,
  companies,
  companyInvitations,
  companyMembers,
  companySites,
  mailMessages,
  rateLimit,
  session,
  user,
} from '../../../db/schema/index';
import { getMunicipality } from '../../../shared/geo/municipalities';
import { createTestDatabase } from '../../helpers/database';
import {
  companyInput,
  createCompanyWithOwner,
  randomOrgNumber,
  signUpPerson,
  type TestPerson,
} from '../../helpers/factories';
import { callTrpc, postAuth } from '../../helpers/http';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let database: DatabaseHandle;
let app: TestApp;

beforeAll(async () => {
  database = await createTestDatabase();
  app = await createTestApp(database);
});
// Every request here comes from one address; better-auth's per-IP sign-up limit is not what this file tests.
beforeEach(async () => {
  await database.db.delete(rateLimit);
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

type CallResult = Awaited<ReturnType<typeof callTrpc>>;
type Role = 'owner' | 'admin' | 'member';

function fieldErrors(result: CallResult): Record<string, string[]> {
  return (result.body.error?.data.fieldErrors ?? {}) as Record<string, string[]>;
}

function data<T>(result: CallResult): T {
  if (result.status !== 200) throw new Error(`expected 200, got ${result.status}: ${JSON.stringify(result.body)}`);
  return result.body.result?.data as T;
}

async function companyRow(companyId: string) {
  const [row] = await database.db.select().from(companies).where(eq(companies.id, companyId));
  return row;
}

async function roleOf(companyId: string, userId: string): Promise<Role | null> {
  const [row] = await database.db
    .select({ role: companyMembers.role })
    .from(companyMembers)
    .where(and(eq(companyMembers.companyId, companyId), eq(companyMembers.userId, userId)));
  return row?.role ?? null;
}

async function memberCount(companyId: string) {
  return database.db.$count(companyMembers, eq(companyMembers.companyId, companyId));
}

async function platformRoleOf(userId: string) {
  const [row] = await database.db.select({ platformRole: user.platformRole }).from(user).where(eq(user.id, userId));
  return row?.platformRole;
}

/** The token in the newest invitation email to this address. */
async function invitationTokenSentTo(email: string): Promise<string> {
  const [mail] = await database.db
    .select()
    .from(mailMessages)
    .where(eq(mailMessages.to, email))
    .orderBy(desc(mailMessages.createdAt))
    .limit(1);
  const token = mail?.text.match(/http:\/\/sidestream\.test\/invitations\/([A-Za-z0-9_-]+)/)?.[1];
  if (!token) throw new Error(`no invitation link mailed to ${email}`);
  return token;
}

async function invite(inviter: TestPerson, companyId: string, email: string, role: Role) {
  return callTrpc(app, 'companies.invite', { companyId, email, role }, { cookie: inviter.cookie });
}

/** A new person who joined the company through an emailed invitation from the inviter. */
async function joinedMember(inviter: TestPerson, companyId: string, role: Role): Promise<TestPerson> {
  const person = await signUpPerson(app);
  data(await invite(inviter, companyId, person.email, role));
  const token = await invitationTokenSentTo(person.email);
  data(await callTrpc(app, 'invitations.accept', { token }, { cookie: person.cookie }));
  return person;
}

test('creating a company makes the creator its owner and contact person, with the first site at the municipality seat', async () => {
  const creator = await signUpPerson(app, { name: 'Karin Holm' });
  const input = companyInput({
    firstSite: { name: 'Fabriken', streetAddress: 'Industrivägen 1', postalCode: '151 38', municipalityCode: '0181' },
  });
  const created = data<{ id: string; orgNumber: string }>(
    await callTrpc(app, 'companies.create', input, { cookie: creator.cookie }),
  );

  expect(await roleOf(created.id, creator.userId)).toBe('owner');
  expect(await memberCount(created.id)).toBe(1);
  expect((await companyRow(created.id))?.contactUserId).toBe(creator.userId);
  const sites = await database.db.select().from(companySites).where(eq(companySites.companyId, created.id));
  const seat = getMunicipality('0181');
  expect(sites).toHaveLength(1);
  expect(sites[0]).toMatchObject({ municipalityCode: '0181', postalCode: '15138', lat: seat?.lat, lon: seat?.lon });

  const profile = data<{ contact: unknown; myRole: string }>(
    await callTrpc(app, 'companies.get', { companyId: created.id }, { cookie: creator.cookie, kind: 'query' }),
  );
  expect(profile.myRole).toBe('owner');
  expect(profile.contact).toMatchObject({ name: 'Karin Holm', email: creator.email });
});

test('an organisationsnummer written as ten digits without the dash is accepted and stored as NNNNNN-NNNN', async () => {
  const person = await signUpPerson(app);
  const orgNumber = randomOrgNumber();
  const created = data<{ id: string; orgNumber: string }>(
    await callTrpc(app, 'companies.create', companyInput({ orgNumber: orgNumber.replace('-', '') }), {
      cookie: person.cookie,
    }),
  );
  expect(created.orgNumber).toBe(orgNumber);
  expect((await companyRow(created.id))?.orgNumber).toBe(orgNumber);
});

test('an organisationsnummer with a wrong check digit is refused beside its field and creates no company', async () => {
  const person = await signUpPerson(app);
  const valid = randomOrgNumber();
  const wrongCheckDigit = `${valid.slice(0, -1)}${(Number(valid.slice(-1)) + 1) % 10}`;
  const before = await database.db.$count(companies);

  const result = await callTrpc(app, 'companies.create', companyInput({ orgNumber: wrongCheckDigit }), {
    cookie: person.cookie,
  });

  expect(result.status).toBe(400);
  expect(fieldErrors(result).orgNumber).toContain('validation.orgNumberCheckDigit');
  expect(await database.db.$count(companies)).toBe(before);
});

test('a taken organisationsnummer is refused with 409, with or without the dash, and creates no company', async () => {
  const { company } = await createCompanyWithOwner(app);
  const latecomer = await signUpPerson(app);
  const before = await database.db.$count(companies);

  for (const orgNumber of [company.orgNumber, company.orgNumber.replace('-', '')]) {
    const result = await callTrpc(app, 'companies.create', companyInput({ orgNumber }), { cookie: latecomer.cookie });
    expect(result.status).toBe(409);
    expect(fieldErrors(result).orgNumber).toContain('validation.orgNumberTaken');
  }
  expect(await database.db.$count(companies)).toBe(before);
  expect(await database.db.$count(companyMembers, eq(companyMembers.userId, latecomer.userId))).toBe(0);
});

test('a company profile shows no contact details or street addresses to anonymous visitors, but does to signed-in people', async () => {
  const { owner, company } = await createCompanyWithOwner(app);
  const { owner: stranger } = await createCompanyWithOwner(app);
  type Profile = {
    name: string;
    contact: { name: string; email: string; phone: string | null } | null;
    sites: { streetAddress: string | null; postalCode: string | null; lat: number | null }[];
  };

  const anonymous = data<Profile>(await callTrpc(app, 'companies.get', { companyId: company.id }, { kind: 'query' }));
  expect(anonymous.name).toBe(company.name);
  expect(anonymous.contact).toBeNull();
  expect(anonymous.sites).toHaveLength(1);
  expect(anonymous.sites[0]).toMatchObject({ streetAddress: null, postalCode: null, lat: null });

  const signedIn = data<Profile>(
    await callTrpc(app, 'companies.get', { companyId: company.id }, { cookie: stranger.cookie, kind: 'query' }),
  );
  expect(signedIn.contact).toEqual({ name: owner.name, email: owner.email, phone: '08-123 45 67' });
  expect(signedIn.sites[0]?.streetAddress).toBe('Industrivägen 1');
});

test('an admin invites a colleague by email, who signs up with that address and joins with the invited role, once', async () => {
  const { owner, company } = await createCompanyWithOwner(app);
  const admin = await joinedMember(owner, company.id, 'admin');
  expect(await roleOf(company.id, admin.userId)).toBe('admin');

  const email = `colleague-${Date.now()}@example.se`;
  const invited = await invite(admin, company.id, email, 'member');
  expect(invited.status).toBe(200);
  const token = await invitationTokenSentTo(email);

  const shown = await callTrpc(app, 'invitations.get', { token }, { kind: 'query' });
  expect(data(shown)).toMatchObject({ companyName: company.name, email, role: 'member', state: 'pending' });

  const colleague = await signUpPerson(app, { email });
  const accepted = await callTrpc(app, 'invitations.accept', { token }, { cookie: colleague.cookie });
  expect(data(accepted)).toMatchObject({ companyId: company.id, role: 'member' });
  expect(await roleOf(company.id, colleague.userId)).toBe('member');
  const membersAfterAccepting = await memberCount(company.id);

  const again = await callTrpc(app, 'invitations.accept', { token }, { cookie: colleague.cookie });
  expect(again.status).toBe(409);
  expect(fieldErrors(again).token).toContain('validation.invitationUsed');
  expect(await memberCount(company.id)).toBe(membersAfterAccepting);
  expect(data(await callTrpc(app, 'invitations.get', { token }, { kind: 'query' }))).toMatchObject({
    state: 'accepted',
  });
});

test('an expired invitation is refused with 409 and makes no membership', async () => {
  const { owner, company } = await createCompanyWithOwner(app);
  const latecomer = await signUpPerson(app);
  data(await invite(owner, company.id, latecomer.email, 'admin'));
  const token = await invitationTokenSentTo(latecomer.email);
  await database.db
    .update(companyInvitations)
    .set({ expiresAt: new Date(Date.now() - 60_000) })
    .where(and(eq(companyInvitations.companyId, company.id), eq(companyInvitations.email, latecomer.email)));

  const result = await callTrpc(app, 'invitations.accept', { token }, { cookie: latecomer.cookie });

  expect(result.status).toBe(409);
  expect(fieldErrors(result).token).toContain('validation.invitationExpired');
  expect(await roleOf(company.id, latecomer.userId)).toBeNull();
  expect(await memberCount(company.id)).toBe(1);
  expect(data(await callTrpc(app, 'invitations.get', { token }, { kind: 'query' }))).toMatchObject({
    state: 'expired',
  });
});

test('an invitation cannot be accepted by someone signed in with another email address', async () => {
  const { owner, company } = await createCompanyWithOwner(app);
  const invitedEmail = `invited-${Date.now()}@example.se`;
  data(await invite(owner, company.id, invitedEmail, 'member'));
  const token = await invitationTokenSentTo(invitedEmail);
  const someoneElse = await signUpPerson(app);

  const result = await callTrpc(app, 'invitations.accept', { token }, { cookie: someoneElse.cookie });

  expect(result.status).toBe(403);
  expect(fieldErrors(result).token).toContain('validation.invitationOtherEmail');
  expect(await roleOf(company.id, someoneElse.userId)).toBeNull();
  expect(await memberCount(company.id)).toBe(1);
  expect(data(await callTrpc(app, 'invitations.get', { token }, { kind: 'query' }))).toMatchObject({
    state: 'pending',
  });
});

test('a plain member cannot change roles, and the role stays as it was', async () => {
  const { owner, company } = await createCompanyWithOwner(app);
  const member = await joinedMember(owner, company.id, 'member');

  const result = await callTrpc(
    app,
    'companies.changeRole',
    { companyId: company.id, userId: member.userId, role: 'admin' },
    { cookie: member.cookie },
  );

  expect(result.status).toBe(403);
  expect(result.body.error?.message).toBe('Only the company’s owners and admins may do this');
  expect(await roleOf(company.id, member.userId)).toBe('member');
  expect(await roleOf(company.id, owner.userId)).toBe('owner');
});

test('an admin cannot make anyone an owner, but the owner can', async () => {
  const { owner, company } = await createCompanyWithOwner(app);
  const admin = await joinedMember(owner, company.id, 'admin');
  const member = await joinedMember(owner, company.id, 'member');

  const byAdmin = await callTrpc(
    app,
    'companies.changeRole',
    { companyId: company.id, userId: member.userId, role: 'owner' },
    { cookie: admin.cookie },
  );
  expect(byAdmin.status).toBe(403);
  expect(fieldErrors(byAdmin).role).toContain('validation.onlyOwnerGrantsOwner');
  expect(await roleOf(company.id, member.userId)).toBe('member');

  const byOwner = await callTrpc(
    app,
    'companies.changeRole',
    { companyId: company.id, userId: member.userId, role: 'owner' },
    { cookie: owner.cookie },
  );
  expect(byOwner.status).toBe(200);
  expect(await roleOf(company.id, member.userId)).toBe('owner');
});

test('the last owner can be neither demoted nor removed, nor leave, and stays owner', async () => {
  const { owner, company } = await createCompanyWithOwner(app);
  const member = await joinedMember(owner, company.id, 'member');
  const ref = { companyId: company.id };

  const demoted = await callTrpc(
    app,
    'companies.changeRole',
    { ...ref, userId: owner.userId, role: 'admin' },
    { cookie: owner.cookie },
  );
  const removed = await callTrpc(
    app,
    'companies.removeMember',
    { ...ref, userId: owner.userId },
    { cookie: owner.cookie },
  );
  const left = await callTrpc(app, 'companies.leave', ref, { cookie: owner.cookie });

  for (const result of [demoted, removed, left]) {
    expect(result.status).toBe(409);
    expect(fieldErrors(result).userId).toContain('validation.lastOwner');
  }
  expect(await roleOf(company.id, owner.userId)).toBe('owner');
  expect(await roleOf(company.id, member.userId)).toBe('member');
  expect(await memberCount(company.id)).toBe(2);
});

test('a member can leave the company', async () => {
  const { owner, company } = await createCompanyWithOwner(app);
  const member = await joinedMember(owner, company.id, 'member');

  const result = await callTrpc(app, 'companies.leave', { companyId: company.id }, { cookie: member.cookie });

  expect(result.status).toBe(200);
  expect(await roleOf(company.id, member.userId)).toBeNull();
  expect(await memberCount(company.id)).toBe(1);
  expect(data(await callTrpc(app, 'companies.mine', null, { cookie: member.cookie, kind: 'query' }))).toEqual([]);
});

test('another company’s id is answered with 404 by update, members and invite, and that company stays as it was', async () => {
  const { owner } = await createCompanyWithOwner(app);
  const { company: other } = await createCompanyWithOwner(app);
  const before = await companyRow(other.id);
  const invitationsBefore = await database.db.$count(companyInvitations, eq(companyInvitations.companyId, other.id));
  const email = `intruder-target-${Date.now()}@example.se`;

  const update = await callTrpc(
    app,
    'companies.update',
    { companyId: other.id, name: 'Kapat AB' },
    { cookie: owner.cookie },
  );
  const members = await callTrpc(
    app,
    'companies.members',
    { companyId: other.id },
    { cookie: owner.cookie, kind: 'query' },
  );
  const invited = await invite(owner, other.id, email, 'owner');

  for (const result of [update, members, invited]) {
    expect(result.status).toBe(404);
    expect(fieldErrors(result).companyId).toContain('No such company among yours');
  }
  expect(await companyRow(other.id)).toEqual(before);
  expect(await database.db.$count(companyInvitations, eq(companyInvitations.companyId, other.id))).toBe(
    invitationsBefore,
  );
  expect(await database.db.$count(mailMessages, eq(mailMessages.to, email))).toBe(0);
  expect(await memberCount(other.id)).toBe(1);
});

test('companies.update refuses a smuggled orgNumber or role with 400 and changes nothing', async () => {
  const { owner, company } = await createCompanyWithOwner(app);
  const before = await companyRow(company.id);

  for (const smuggled of [{ orgNumber: randomOrgNumber() }, { role: 'owner' }]) {
    const result = await callTrpc(
      app,
      'companies.update',
      { companyId: company.id, name: 'Nytt Namn AB', ...smuggled },
      { cookie: owner.cookie },
    );
    expect(result.status).toBe(400);
    expect(result.body.error?.data.formErrors).toEqual([`Unrecognized key: "${Object.keys(smuggled)[0]}"`]);
  }
  expect(await companyRow(company.id)).toEqual(before);
  expect(await roleOf(company.id, owner.userId)).toBe('owner');
});

test('accounts.updateProfile refuses a smuggled platformRole with 400 and changes nothing', async () => {
  const person = await signUpPerson(app, { name: 'Olle Ek' });

  const result = await callTrpc(
    app,
    'accounts.updateProfile',
    { name: 'Olle Admin', platformRole: 'admin' },
    { cookie: person.cookie },
  );

  expect(result.status).toBe(400);
  expect(result.body.error?.data.formErrors).toEqual(['Unrecognized key: "platformRole"']);
  const [row] = await database.db.select().from(user).where(eq(user.id, person.userId));
  expect(row?.platformRole).toBeNull();
  expect(row?.name).toBe('Olle Ek');
});

test('better-auth’s own update-user endpoint does not grant a platformRole', async () => {
  const person = await signUpPerson(app);

  await postAuth(app, '/update-user', { platformRole: 'admin' }, { cookie: person.cookie });
  await postAuth(app, '/update-user', { name: 'Ny Admin', platformRole: 'broker' }, { cookie: person.cookie });

  expect(await platformRoleOf(person.userId)).toBeNull();
  const me = data<{ platformRole: string | null }>(
    await callTrpc(app, 'accounts.me', null, { cookie: person.cookie, kind: 'query' }),
  );
  expect(me.platformRole).toBeNull();
});

test('a site can be added with its own coordinates, but the last remaining site cannot be removed', async () => {
  const { owner, company } = await createCompanyWithOwner(app);
  const added = await callTrpc(
    app,
    'companies.addSite',
    {
      companyId: company.id,
      site: { name: 'Lagret', streetAddress: 'Hamnvägen 2', municipalityCode: '0180', lat: 59.3512, lon: 18.1101 },
    },
    { cookie: owner.cookie },
  );
  const addedId = data<{ id: string }>(added).id;
  const [row] = await database.db.select().from(companySites).where(eq(companySites.id, addedId));
  expect(row).toMatchObject({ companyId: company.id, name: 'Lagret', lat: 59.3512, lon: 18.1101 });

  const sites = await database.db.select().from(companySites).where(eq(companySites.companyId, company.id));
  const firstSite = sites.find((site) => site.id !== addedId);
  expect(firstSite).toBeDefined();
  const removeFirst = await callTrpc(
    app,
    'companies.removeSite',
    { companyId: company.id, siteId: firstSite?.id },
    { cookie: owner.cookie },
  );
  expect(removeFirst.status).toBe(200);

  const removeLast = await callTrpc(
    app,
    'companies.removeSite',
    { companyId: company.id, siteId: addedId },
    { cookie: owner.cookie },
  );
  expect(removeLast.status).toBe(409);
  expect(fieldErrors(removeLast).siteId).toContain('validation.lastSite');
  const remaining = await database.db.select().from(companySites).where(eq(companySites.companyId, company.id));
  expect(remaining.map((site) => site.id)).toEqual([addedId]);
});

test('a broker may edit a company only after it asks for broker assistance, and the edit is recorded as the broker’s', async () => {
  const { owner, company } = await createCompanyWithOwner(app);
  const broker = await signUpPerson(app);
  await database.db.update(user).set({ platformRole: 'broker' }).where(eq(user.id, broker.userId));
  const before = await companyRow(company.id);

  const uninvited = await callTrpc(
    app,
    'companies.update',
    { companyId: company.id, description: 'Skrivet av mäklaren' },
    { cookie: broker.cookie },
  );
  expect(uninvited.status).toBe(404);
  expect(fieldErrors(uninvited).companyId).toContain('No such company among yours');
  expect(await companyRow(company.id)).toEqual(before);

  data(
    await callTrpc(
      app,
      'companies.update',
      { companyId: company.id, brokerAssistance: true },
      { cookie: owner.cookie },
    ),
  );
  const assisted = await callTrpc(
    app,
    'companies.update',
    { companyId: company.id, description: 'Skrivet av mäklaren' },
    { cookie: broker.cookie },
  );
  expect(assisted.status).toBe(200);
  expect((await companyRow(company.id))?.description).toBe('Skrivet av mäklaren');

  const events = await database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.companyId, company.id), eq(auditEvents.actorUserId, broker.userId)));
  expect(events).toHaveLength(1);
  expect(events[0]).toMatchObject({ actingAs: 'broker', action: 'company.updated', entityId: company.id });
});

test('a person’s data export holds their profile, memberships and actions, and no password hash', async () => {
  const { owner, company } = await createCompanyWithOwner(app);

  const result = await callTrpc(app, 'accounts.exportData', null, { cookie: owner.cookie, kind: 'query' });
  const exported = data<{
    profile: { id: string; email: string };
    memberships: { companyId: string; role: string }[];
    actions: { companyId: string; action: string }[];
  }>(result);

  expect(exported.profile).toMatchObject({ id: owner.userId, email: owner.email });
  expect(exported.memberships).toEqual([expect.objectContaining({ companyId: company.id, role: 'owner' })]);
  expect(exported.actions).toContainEqual(
    expect.objectContaining({ companyId: company.id, action: 'company.created' }),
  );

  const [credential] = await database.db
    .select({ password: account.password })
    .from(account)
    .where(eq(account.userId, owner.userId));
  const hash = credential?.password as string;
  expect(hash.length).toBeGreaterThan(20);
  const serialized = JSON.stringify(result.body);
  expect(serialized).not.toContain(hash);
  for (const fragment of hash.split(/[:$]/).filter((part) => part.length >= 16)) {
    expect(serialized).not.toContain(fragment);
  }
  expect(serialized).not.toMatch(/"password"\s*:/);
});

test('deleting an account with the wrong password is refused beside the password field and deletes nothing', async () => {
  const person = await signUpPerson(app);

  const result = await callTrpc(app, 'accounts.delete', { password: 'inte mitt lösenord' }, { cookie: person.cookie });

  expect(result.status).toBe(400);
  expect(fieldErrors(result).password).toContain('validation.wrongPassword');
  expect(await database.db.$count(user, eq(user.id, person.userId))).toBe(1);
  expect(await database.db.$count(session, eq(session.userId, person.userId))).toBe(1);
});

test('the sole owner of a company cannot delete their account', async () => {
  const { owner, company } = await createCompanyWithOwner(app);

  const result = await callTrpc(app, 'accounts.delete', { password: owner.password }, { cookie: owner.cookie });

  expect(result.status).toBe(409);
  expect(fieldErrors(result).password).toContain('validation.lastOwnerOfCompanies');
  expect(result.body.error?.data.params).toEqual({ companies: company.name });
  expect(await database.db.$count(user, eq(user.id, owner.userId))).toBe(1);
  expect(await roleOf(company.id, owner.userId)).toBe('owner');
});

test('a plain member deletes their account: user, sessions and membership are gone, and the old cookie no longer works', async () => {
  const { owner, company } = await createCompanyWithOwner(app);
  const member = await joinedMember(owner, company.id, 'member');
  expect(await database.db.$count(session, eq(session.userId, member.userId))).toBe(1);

  const result = await callTrpc(app, 'accounts.delete', { password: member.password }, { cookie: member.cookie });

  expect(result.status).toBe(200);
  expect(await database.db.$count(user, eq(user.id, member.userId))).toBe(0);
  expect(await database.db.$count(session, eq(session.userId, member.userId))).toBe(0);
  expect(await roleOf(company.id, member.userId)).toBeNull();
  expect(await memberCount(company.id)).toBe(1);
  expect(data(await callTrpc(app, 'accounts.me', null, { cookie: member.cookie, kind: 'query' }))).toBeNull();
  const replayed = await callTrpc(app, 'accounts.exportData', null, { cookie: member.cookie, kind: 'query' });
  expect(replayed.status).toBe(401);
});
