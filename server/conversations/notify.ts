import { sql } from 'drizzle-orm';
import { type Database, rowsOf } from '../../db/client';
import type { Config } from '../env';
import type { Mailer } from '../mail/mailer';
import { newMessagesEmail } from './emails';

/** At most one email per conversation per person in this window; later messages wait for the next one. */
export const emailBatchMinutes = 15;

type Recipient = {
  id: string;
  email: string;
  language: 'sv' | 'en' | null;
  new_messages: number;
  newest_at: string | null;
  emailed_at: string | Date | null;
  bodies: string[] | string | null;
};

/**
 * Emails everyone in a conversation about messages they have neither read nor been emailed about,
 * once per person per `emailBatchMinutes`. A person emailed within the window is left for a job
 * scheduled at the window's end. Each person's mark is saved as their email goes, so a retry
 * after an SMTP failure never sends one twice; the failure itself makes the job retry.
 */
export async function notifyConversation(
  { db, mailer, config }: { db: Database; mailer: Mailer; config: Pick<Config, 'publicUrl'> },
  conversationId: string,
): Promise<{ sent: number; deferredUntil: Date | null }> {
  const [conversation] = rowsOf<{ subject: string; via_staff: boolean }>(
    await db.execute(sql`select subject, via_staff from conversations where id = ${conversationId}`),
  );
  if (!conversation) return { sent: 0, deferredUntil: null };
  const recipients = rowsOf<Recipient>(
    await db.execute(sql`
      with people as (
        select cm.user_id from conversation_parties p
        join company_members cm on cm.company_id = p.company_id
        join companies c on c.id = p.company_id and c.status = 'active'
        where p.conversation_id = ${conversationId}
        union
        select p.staff_user_id from conversation_parties p where p.conversation_id = ${conversationId} and p.staff_user_id is not null
        union
        -- An inquiry routed to staff that no one has taken up yet reaches every broker.
        select u.id from "user" u
        where ${conversation.via_staff} and u.platform_role = 'broker'
          and not exists (select 1 from conversation_parties p where p.conversation_id = ${conversationId} and p.staff_user_id is not null)
      )
      select u.id, u.email, u.language, mark.emailed_at,
             -- As text: a JavaScript Date would drop the microseconds and the newest message would count again.
             count(m.id)::int as new_messages, max(m.created_at)::text as newest_at,
             jsonb_agg(m.body order by m.created_at desc) filter (where m.id is not null) as bodies
      from people join "user" u on u.id = people.user_id
      left join conversation_email_marks mark on mark.conversation_id = ${conversationId} and mark.user_id = u.id
      left join conversation_reads r on r.conversation_id = ${conversationId} and r.user_id = u.id
      left join messages m on m.conversation_id = ${conversationId} and m.author_user_id is distinct from u.id
        and m.created_at > greatest(coalesce(mark.emailed_through, '-infinity'), coalesce(r.read_at, '-infinity'))
      group by u.id, u.email, u.language, mark.emailed_at`),
  );

  const now = Date.now();
  const windowMs = emailBatchMinutes * 60_000;
  let sent = 0;
  let deferredUntil: number | null = null;
  let failure: unknown = null;
  for (const person of recipients) {
    if (Number(person.new_messages) === 0 || !person.newest_at) continue;
    const lastEmailed = person.emailed_at ? new Date(person.emailed_at).getTime() : null;
    if (lastEmailed !== null && now - lastEmailed < windowMs) {
      deferredUntil = Math.min(deferredUntil ?? Number.POSITIVE_INFINITY, lastEmailed + windowMs);
      continue;
    }
    const newest = (typeof person.bodies === 'string' ? JSON.parse(person.bodies) : (person.bodies ?? [])) as string[];
    const bodies = newest.slice(0, 3).reverse();
    try {
      await mailer.send(
        newMessagesEmail({
          to: person.email,
          language: person.language ?? 'sv',
          subject: conversation.subject,
          count: Number(person.new_messages),
          latest: bodies,
          url: `${config.publicUrl}/conversations/${conversationId}`,
        }),
      );
    } catch (error) {
      failure = error;
      continue;
    }
    sent++;
    await db.execute(sql`
      insert into conversation_email_marks (conversation_id, user_id, emailed_through, emailed_at)
      values (${conversationId}, ${person.id}, ${person.newest_at}::timestamptz, now())
      on conflict (conversation_id, user_id) do update
        set emailed_through = excluded.emailed_through, emailed_at = excluded.emailed_at`);
  }
  if (deferredUntil !== null) {
    await enqueueConversationNotice(db, conversationId, new Date(deferredUntil));
  }
  if (failure) throw failure;
  return { sent, deferredUntil: deferredUntil === null ? null : new Date(deferredUntil) };
}

/**
 * Adds the notice job for a conversation unless one is already waiting unclaimed: that one will
 * see every message written before it runs. A claimed (running) job may have read the messages
 * already, so it does not count.
 */
export async function enqueueConversationNotice(
  tx: Pick<Database, 'execute'>,
  conversationId: string,
  runAt: Date = new Date(),
): Promise<void> {
  await tx.execute(sql`
    insert into jobs (kind, payload, run_at)
    select 'conversations.notify', jsonb_build_object('conversationId', ${conversationId}::text), ${runAt.toISOString()}::timestamptz
    where not exists (
      select 1 from jobs where kind = 'conversations.notify' and done_at is null and locked_by is null
        and payload->>'conversationId' = ${conversationId}::text)`);
}
