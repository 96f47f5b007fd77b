import { asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { type Database, rowsOf } from '../../db/client';
import { conversationParties, conversationReads, conversations, listings, messages } from '../../db/schema/index';
import type { SendMessageSchema, StartInquirySchema } from '../../shared/conversations/schemas';
import type { AppContext, SessionUser } from '../context';
import { NotFoundError, ValidationError } from '../errors';
import { consumeSendLimit } from '../limits/send-limits';
import type { CompanyRole } from '../trpc';
import { enqueueConversationNotice } from './notify';

type SignedIn = AppContext & { user: SessionUser };
type MemberContext = SignedIn & { company: { id: string; role: CompanyRole } };
type Writer = Pick<Database, 'insert' | 'execute'>;

const isStaff = (user: SessionUser) => user.platformRole === 'broker' || user.platformRole === 'admin';

/** The caller's active companies, as a subquery. */
const myCompanies = (userId: string) => sql`(
  select cm.company_id from company_members cm join companies c on c.id = cm.company_id
  where cm.user_id = ${userId} and c.status = 'active')`;

/**
 * The conversations a person takes part in: those of their companies, those they joined as staff,
 * and, for staff, inquiries routed to IUC staff. (Staff may also open any match conversation from
 * the match page; it joins their list when they join it.)
 */
function participatingIn(user: SessionUser) {
  return sql`(
    select p.conversation_id from conversation_parties p
    where p.company_id in ${myCompanies(user.id)} or p.staff_user_id = ${user.id}
    ${isStaff(user) ? sql`union select c.id from conversations c where c.via_staff` : sql``})`;
}

/**
 * Who the caller is in a conversation: a company that takes part, or IUC staff (for any
 * conversation about a match in the pipeline and inquiries routed to staff). Anyone else gets
 * not found, whatever the id.
 */
async function accessTo(ctx: SignedIn, conversationId: string) {
  const [conversation] = await ctx.db.select().from(conversations).where(eq(conversations.id, conversationId));
  if (!conversation) throw new NotFoundError('conversations.unknown', { field: 'conversationId' });
  const [party] = rowsOf<{ company_id: string }>(
    await ctx.db.execute(sql`
      select p.company_id from conversation_parties p
      where p.conversation_id = ${conversationId} and p.company_id in ${myCompanies(ctx.user.id)}
      order by p.joined_at limit 1`),
  );
  if (party) return { conversation, asCompanyId: party.company_id as string | null };
  if (isStaff(ctx.user) && (conversation.matchId !== null || conversation.viaStaff)) {
    return { conversation, asCompanyId: null };
  }
  throw new NotFoundError('conversations.unknown', { field: 'conversationId' });
}

/** The conversation that opens when both sides of an introduction accept; the introducing broker takes part. */
export async function openMatchConversation(
  tx: Writer,
  input: { matchId: string; subject: string; companyIds: readonly string[]; staffUserId: string | null },
): Promise<string> {
  const [created] = await tx
    .insert(conversations)
    .values({ kind: 'match', subject: input.subject, matchId: input.matchId })
    .onConflictDoNothing()
    .returning({ id: conversations.id });
  if (!created) {
    const [existing] = rowsOf<{ id: string }>(
      await tx.execute(sql`select id from conversations where match_id = ${input.matchId}`),
    );
    return existing?.id as string;
  }
  await tx
    .insert(conversationParties)
    .values([
      ...input.companyIds.map((companyId) => ({ conversationId: created.id, companyId })),
      ...(input.staffUserId ? [{ conversationId: created.id, staffUserId: input.staffUserId }] : []),
    ]);
  return created.id;
}

/**
 * Adds a message and, in the same transaction, the email notice job for the conversation (which
 * batches; see notify.ts).
 */
async function addMessage(
  tx: Writer,
  input: { conversationId: string; authorUserId: string; authorCompanyId: string | null; body: string },
) {
  const [message] = await tx
    .insert(messages)
    .values({
      conversationId: input.conversationId,
      authorUserId: input.authorUserId,
      authorCompanyId: input.authorCompanyId,
      body: input.body,
    })
    .returning({ id: messages.id, createdAt: messages.createdAt });
  await tx.execute(sql`update conversations set last_message_at = now() where id = ${input.conversationId}`);
  await tx.execute(sql`
    insert into conversation_reads (conversation_id, user_id, read_at) values (${input.conversationId}, ${input.authorUserId}, now())
    on conflict (conversation_id, user_id) do update set read_at = excluded.read_at`);
  await enqueueConversationNotice(tx, input.conversationId);
  return message as { id: string; createdAt: Date };
}

export async function sendMessage({ ctx, input }: { ctx: SignedIn; input: z.output<typeof SendMessageSchema> }) {
  const { conversation, asCompanyId } = await accessTo(ctx, input.conversationId);
  return ctx.db.transaction(async (tx) => {
    await consumeSendLimit(tx, 'message', { user: ctx.user, companyId: asCompanyId });
    // Staff who write in a conversation take part in it from then on.
    if (asCompanyId === null) {
      await tx
        .insert(conversationParties)
        .values({ conversationId: conversation.id, staffUserId: ctx.user.id })
        .onConflictDoNothing();
    }
    const message = await addMessage(tx, {
      conversationId: conversation.id,
      authorUserId: ctx.user.id,
      authorCompanyId: asCompanyId,
      body: input.body,
    });
    return { messageId: message.id };
  });
}

/** IUC staff join a match conversation or a routed inquiry, to follow it in their list. */
export async function joinConversation({ ctx, input }: { ctx: SignedIn; input: { conversationId: string } }) {
  const { conversation, asCompanyId } = await accessTo(ctx, input.conversationId);
  if (asCompanyId === null) {
    await ctx.db
      .insert(conversationParties)
      .values({ conversationId: conversation.id, staffUserId: ctx.user.id })
      .onConflictDoNothing();
  }
  return { conversationId: conversation.id };
}

/**
 * An inquiry from a company about another company's listing. To an anonymous listing it goes to
 * IUC staff, who know who is behind it; otherwise to the listing's company. A second inquiry from
 * the same company about the same listing continues the first conversation.
 */
export async function startInquiry({ ctx, input }: { ctx: MemberContext; input: z.output<typeof StartInquirySchema> }) {
  const [listing] = await ctx.db
    .select({
      id: listings.id,
      title: listings.title,
      companyId: listings.companyId,
      anonymous: listings.anonymous,
      status: listings.status,
    })
    .from(listings)
    .where(eq(listings.id, input.listingId));
  if (listing?.status !== 'active') throw new NotFoundError('validation.listingUnknown', { field: 'listingId' });
  if (listing.companyId === ctx.company.id)
    throw new ValidationError('conversations.ownListing', { field: 'listingId' });
  return ctx.db.transaction(async (tx) => {
    const [existing] = rowsOf<{ id: string }>(
      await tx.execute(sql`
        select c.id from conversations c
        join conversation_parties p on p.conversation_id = c.id and p.company_id = ${ctx.company.id}
        where c.kind = 'inquiry' and c.listing_id = ${listing.id}
        limit 1`),
    );
    let conversationId = existing?.id;
    await consumeSendLimit(tx, 'message', { user: ctx.user, companyId: ctx.company.id });
    if (!conversationId) {
      await consumeSendLimit(tx, 'inquiry', { user: ctx.user, companyId: ctx.company.id });
      const [created] = await tx
        .insert(conversations)
        .values({
          kind: 'inquiry',
          subject: listing.title,
          listingId: listing.id,
          viaStaff: listing.anonymous,
          startedByUserId: ctx.user.id,
        })
        .returning({ id: conversations.id });
      conversationId = created?.id as string;
      await tx
        .insert(conversationParties)
        .values([
          { conversationId, companyId: ctx.company.id },
          ...(listing.anonymous ? [] : [{ conversationId, companyId: listing.companyId }]),
        ]);
    }
    await addMessage(tx, {
      conversationId,
      authorUserId: ctx.user.id,
      authorCompanyId: ctx.company.id,
      body: input.body,
    });
    return { conversationId, viaStaff: listing.anonymous };
  });
}

/** The caller's conversations, latest activity first, each with its unread count. */
export async function listConversations({ ctx }: { ctx: SignedIn }) {
  const rows = rowsOf<{
    id: string;
    kind: 'inquiry' | 'match';
    subject: string;
    via_staff: boolean;
    last_message_at: string | Date;
    unread: number;
    last_body: string | null;
  }>(
    await ctx.db.execute(sql`
      select c.id, c.kind, c.subject, c.via_staff, c.last_message_at,
             (select count(*)::int from messages m
              left join conversation_reads r on r.conversation_id = c.id and r.user_id = ${ctx.user.id}
              where m.conversation_id = c.id and m.author_user_id is distinct from ${ctx.user.id}
                and (r.read_at is null or m.created_at > r.read_at)) as unread,
             (select m.body from messages m where m.conversation_id = c.id order by m.created_at desc limit 1) as last_body
      from conversations c
      where c.id in ${participatingIn(ctx.user)}
      order by c.last_message_at desc
      limit 200`),
  );
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    subject: row.subject,
    viaStaff: row.via_staff,
    lastMessageAt: new Date(row.last_message_at),
    unread: Number(row.unread),
    preview: row.last_body ? row.last_body.slice(0, 140) : '',
  }));
}

/** Unread messages across the caller's conversations: the count in the header. */
export async function countUnread({ ctx }: { ctx: SignedIn }) {
  const [row] = rowsOf<{ unread: number }>(
    await ctx.db.execute(sql`
      select count(*)::int as unread from messages m
      left join conversation_reads r on r.conversation_id = m.conversation_id and r.user_id = ${ctx.user.id}
      where m.conversation_id in ${participatingIn(ctx.user)}
        and m.author_user_id is distinct from ${ctx.user.id}
        and (r.read_at is null or m.created_at > r.read_at)`),
  );
  return { unread: Number(row?.unread ?? 0) };
}

/**
 * One conversation with its messages and who takes part. Names of companies are those of the
 * parties (an anonymous listing's company is never a party of an inquiry, so it never shows).
 */
export async function getConversation({ ctx, input }: { ctx: SignedIn; input: { conversationId: string } }) {
  const { conversation, asCompanyId } = await accessTo(ctx, input.conversationId);
  const parties = rowsOf<{
    company_id: string | null;
    company_name: string | null;
    staff_user_id: string | null;
    staff_name: string | null;
  }>(
    await ctx.db.execute(sql`
      select p.company_id, c.name as company_name, p.staff_user_id, u.name as staff_name from conversation_parties p
      left join companies c on c.id = p.company_id
      left join "user" u on u.id = p.staff_user_id
      where p.conversation_id = ${conversation.id}
      order by p.joined_at`),
  );
  const thread = await ctx.db
    .select({
      id: messages.id,
      body: messages.body,
      createdAt: messages.createdAt,
      authorUserId: messages.authorUserId,
      authorName: sql<string | null>`(select u.name from "user" u where u.id = ${messages.authorUserId})`,
      authorCompanyId: messages.authorCompanyId,
      authorCompanyName: sql<string | null>`(select c.name from companies c where c.id = ${messages.authorCompanyId})`,
    })
    .from(messages)
    .where(eq(messages.conversationId, conversation.id))
    .orderBy(asc(messages.createdAt));
  // Staff may read without taking part; 'joined' tells them whether they follow it.
  const joined = asCompanyId !== null || parties.some((party) => party.staff_user_id === ctx.user.id);
  return {
    id: conversation.id,
    kind: conversation.kind,
    subject: conversation.subject,
    listingId: conversation.listingId,
    matchId: asCompanyId === null ? conversation.matchId : null,
    viaStaff: conversation.viaStaff,
    asCompanyId,
    joined,
    parties: parties.map((party) =>
      party.company_id
        ? { kind: 'company' as const, name: party.company_name ?? '' }
        : { kind: 'staff' as const, name: party.staff_name ?? '' },
    ),
    messages: thread.map((message) => ({ ...message, mine: message.authorUserId === ctx.user.id })),
  };
}

export async function markConversationRead({ ctx, input }: { ctx: SignedIn; input: { conversationId: string } }) {
  const { conversation } = await accessTo(ctx, input.conversationId);
  await ctx.db
    .insert(conversationReads)
    .values({ conversationId: conversation.id, userId: ctx.user.id })
    .onConflictDoUpdate({
      target: [conversationReads.conversationId, conversationReads.userId],
      set: { readAt: sql`now()` },
    });
  return { conversationId: conversation.id };
}
