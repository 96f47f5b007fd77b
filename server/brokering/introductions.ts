import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { rowsOf } from '../../db/client';
import { introductionResponses, introductions, matchEvents, matches } from '../../db/schema/index';
import type { AnswerIntroductionSchema, IntroduceSchema, MatchStage } from '../../shared/brokering/schemas';
import type { AppContext, SessionUser } from '../context';
import { openMatchConversation } from '../conversations/service';
import { ConflictError, NotFoundError } from '../errors';
import { enqueueJob } from '../jobs/queue';
import type { MailMessage } from '../mail/mailer';
import type { CompanyRole } from '../trpc';
import { introductionEmail, revealEmail } from './emails';
import { companyRecipients, type ListingSide, loadListingSides, withoutCompany } from './listing-sides';
import { noticeToCompany, noticeToUser } from './notices';
import { refuseStaleStage, type StaffContext } from './pipeline';

type MemberContext = AppContext & { user: SessionUser; company: { id: string; role: CompanyRole } };

/** A match can be introduced from these stages; later ones already are, the off-ramps are out. */
const introducibleStages: readonly MatchStage[] = ['suggested', 'reviewing'];

/**
 * Opens a double opt-in introduction: both companies get the other's listing and the broker's
 * note (no names), and the match moves to 'introduced'. Nothing is revealed here.
 */
export async function introduce({ ctx, input }: { ctx: StaffContext; input: z.output<typeof IntroduceSchema> }) {
  const [match] = await ctx.db.select().from(matches).where(eq(matches.id, input.matchId));
  if (!match) throw new NotFoundError('validation.matchUnknown', { field: 'matchId' });
  if (!introducibleStages.includes(match.stage)) {
    throw new ConflictError('brokering.notIntroducible', { field: 'matchId', params: { currentStage: match.stage } });
  }
  const sides = await loadListingSides(ctx.db, [match.needListingId, match.offerListingId]);
  const need = sides.get(match.needListingId);
  const offer = sides.get(match.offerListingId);
  if (!need || !offer) throw new NotFoundError('validation.matchUnknown', { field: 'matchId' });

  return ctx.db.transaction(async (tx) => {
    const [moved] = await tx
      .update(matches)
      .set({ stage: 'introduced', stageChangedAt: sql`now()`, keptAt: sql`coalesce(${matches.keptAt}, now())` })
      .where(and(eq(matches.id, match.id), eq(matches.stage, match.stage)))
      .returning({ id: matches.id });
    if (!moved) await refuseStaleStage(tx, match.id, match.stage);
    const [created] = await tx
      .insert(introductions)
      .values({ matchId: match.id, note: input.note, introducedByUserId: ctx.user.id })
      .onConflictDoNothing()
      .returning({ id: introductions.id });
    if (!created) throw new ConflictError('brokering.alreadyIntroduced', { field: 'matchId' });
    await tx.insert(matchEvents).values({
      matchId: match.id,
      kind: 'introduced',
      fromStage: match.stage,
      toStage: 'introduced',
      detail: input.note,
      actorUserId: ctx.user.id,
    });
    await emailBothSides(tx, need, offer, (own, other, person) =>
      introductionEmail({
        to: person.email,
        language: person.language ?? 'sv',
        ownTitle: own.title,
        otherTitle: other.title,
        note: input.note,
        url: `${ctx.config.publicUrl}/companies/${own.company.id}/introductions`,
      }),
    );
    // The bell too: an email is easily missed, and the introductions page is a sub-menu away.
    for (const [own, other] of [
      [need, offer],
      [offer, need],
    ] as const) {
      await noticeToCompany(tx, own.company.id, {
        kind: 'introduction',
        link: `/companies/${own.company.id}/introductions`,
        params: { ownTitle: own.title, otherTitle: other.title },
        dedupeKey: `introduction:${created.id}:${own.company.id}`,
      });
    }
    return { introductionId: created.id, matchId: match.id };
  });
}

type Recipient = Awaited<ReturnType<typeof companyRecipients>>[number];

/** Queues, in the caller's transaction, one email to each company's recipients about the other side. */
async function emailBothSides(
  tx: Parameters<typeof companyRecipients>[0] & Parameters<typeof enqueueJob>[0],
  need: ListingSide,
  offer: ListingSide,
  build: (own: ListingSide, other: ListingSide, person: Recipient) => MailMessage,
) {
  for (const [own, other] of [
    [need, offer],
    [offer, need],
  ] as const) {
    for (const person of await companyRecipients(tx, own.company.id)) {
      await enqueueJob(tx, 'mail.send', build(own, other, person));
    }
  }
}

type IntroductionRow = {
  id: string;
  match_id: string;
  note: string;
  created_at: string | Date;
  revealed_at: string | Date | null;
  stage: MatchStage;
  need_listing_id: string;
  offer_listing_id: string;
  my_side: 'need' | 'offer';
  my_answer: 'accepted' | 'declined' | null;
  conversation_id: string | null;
};

/**
 * A company's introductions. The other side's company and contact are left out until both have
 * accepted; the other's answer is never shown (a decline is for the broker only).
 */
export async function listCompanyIntroductions({ ctx }: { ctx: MemberContext }) {
  const rows = rowsOf<IntroductionRow>(
    await ctx.db.execute(sql`
      select i.id, i.match_id, i.note, i.created_at, i.revealed_at, m.stage, m.need_listing_id, m.offer_listing_id,
             mine.side as my_side, answer.answer as my_answer, c.id as conversation_id
      from introductions i
      join matches m on m.id = i.match_id
      join listings mine on mine.id in (m.need_listing_id, m.offer_listing_id) and mine.company_id = ${ctx.company.id}
      left join introduction_answers answer on answer.introduction_id = i.id and answer.side = mine.side
      left join conversations c on c.match_id = m.id
      order by i.created_at desc
      limit 200`),
  );
  const sides = await loadListingSides(
    ctx.db,
    rows.flatMap((row) => [row.need_listing_id, row.offer_listing_id]),
  );
  return rows.map((row) => {
    const mineId = row.my_side === 'need' ? row.need_listing_id : row.offer_listing_id;
    const otherId = row.my_side === 'need' ? row.offer_listing_id : row.need_listing_id;
    const mine = sides.get(mineId);
    const other = sides.get(otherId);
    const revealed = row.revealed_at !== null;
    return {
      id: row.id,
      note: row.note,
      createdAt: new Date(row.created_at),
      mySide: row.my_side,
      myAnswer: row.my_answer,
      status: revealed
        ? ('revealed' as const)
        : row.stage === 'declined' || row.stage === 'dismissed'
          ? ('closed' as const)
          : ('waiting' as const),
      myListing: mine ? { id: mine.id, title: mine.title } : null,
      other: other ? (revealed ? other : withoutCompany(other)) : null,
      conversationId: revealed ? row.conversation_id : null,
      // Once revealed, the companies may record what the deal moved (impact).
      matchId: revealed ? row.match_id : null,
      dealAgreed: revealed && (row.stage === 'agreed' || row.stage === 'completed'),
    };
  });
}

/**
 * One company's answer. The side is taken from which listing the company owns, never from the
 * input, and the introduction row is locked so two accepts at once cannot both miss the reveal.
 * Only the second accept reveals; a decline is recorded for the broker and reveals nothing.
 */
export async function answerIntroduction({
  ctx,
  input,
}: {
  ctx: MemberContext;
  input: z.output<typeof AnswerIntroductionSchema>;
}) {
  return ctx.db.transaction(async (tx) => {
    const [found] = rowsOf<{
      id: string;
      match_id: string;
      introduced_by_user_id: string | null;
      revealed_at: string | Date | null;
      stage: MatchStage;
      need_listing_id: string;
      offer_listing_id: string;
      my_side: 'need' | 'offer';
    }>(
      await tx.execute(sql`
        select i.id, i.match_id, i.introduced_by_user_id, i.revealed_at, m.stage, m.need_listing_id, m.offer_listing_id,
               mine.side as my_side
        from introductions i
        join matches m on m.id = i.match_id
        join listings mine on mine.id in (m.need_listing_id, m.offer_listing_id) and mine.company_id = ${ctx.company.id}
        where i.id = ${input.introductionId}
        for update of i`),
    );
    if (!found) throw new NotFoundError('brokering.introductionUnknown', { field: 'introductionId' });
    if (found.stage === 'declined' || found.stage === 'dismissed') {
      throw new ConflictError('brokering.introductionClosed', { field: 'introductionId' });
    }
    const [answered] = await tx
      .insert(introductionResponses)
      .values({
        introductionId: found.id,
        side: found.my_side,
        companyId: ctx.company.id,
        answer: input.answer,
        reason: input.answer === 'declined' ? (input.reason ?? null) : null,
        userId: ctx.user.id,
      })
      .onConflictDoNothing()
      .returning({ side: introductionResponses.side });
    if (!answered) throw new ConflictError('brokering.alreadyAnswered', { field: 'answer' });
    await tx.insert(matchEvents).values({
      matchId: found.match_id,
      kind: input.answer === 'accepted' ? 'introduction_accepted' : 'introduction_declined',
      detail: input.answer === 'declined' ? (input.reason ?? null) : null,
      actorUserId: ctx.user.id,
      companyId: ctx.company.id,
    });

    const sides = await loadListingSides(tx, [found.need_listing_id, found.offer_listing_id]);
    const need = sides.get(found.need_listing_id);
    const offer = sides.get(found.offer_listing_id);
    const brokerId = found.introduced_by_user_id;
    // The introducing broker hears every answer (a decline is theirs alone to see).
    if (brokerId && need && offer) {
      const answering = found.my_side === 'need' ? need : offer;
      await noticeToUser(tx, brokerId, {
        kind: 'introduction_answer',
        link: `/broker/matches/${found.match_id}`,
        params: {
          answer: input.answer,
          companyName: answering.company.name,
          needTitle: need.title,
          offerTitle: offer.title,
        },
        dedupeKey: `introduction-answer:${found.id}:${found.my_side}`,
      });
    }

    const accepted = await tx
      .select({ side: introductionResponses.side })
      .from(introductionResponses)
      .where(and(eq(introductionResponses.introductionId, found.id), eq(introductionResponses.answer, 'accepted')));
    if (accepted.length < 2) return { answer: input.answer, revealed: false };

    await tx.update(introductions).set({ revealedAt: sql`now()` }).where(eq(introductions.id, found.id));
    await tx.insert(matchEvents).values({ matchId: found.match_id, kind: 'revealed', actorUserId: ctx.user.id });
    if (need && offer) {
      await openMatchConversation(tx, {
        matchId: found.match_id,
        subject: `${need.title} ↔ ${offer.title}`,
        companyIds: [need.company.id, offer.company.id],
        staffUserId: found.introduced_by_user_id,
      });
      await emailBothSides(tx, need, offer, (own, other, person) =>
        revealEmail({
          to: person.email,
          language: person.language ?? 'sv',
          otherCompany: other.company.name,
          otherTitle: other.title,
          url: `${ctx.config.publicUrl}/companies/${own.company.id}/introductions`,
        }),
      );
      for (const [own, other] of [
        [need, offer],
        [offer, need],
      ] as const) {
        await noticeToCompany(tx, own.company.id, {
          kind: 'introduction_revealed',
          link: `/companies/${own.company.id}/introductions`,
          params: { otherCompany: other.company.name, otherTitle: other.title, ownTitle: own.title },
          dedupeKey: `introduction-revealed:${found.id}:${own.company.id}`,
        });
      }
      if (brokerId) {
        await noticeToUser(tx, brokerId, {
          kind: 'introduction_revealed',
          link: `/broker/matches/${found.match_id}`,
          params: {
            otherCompany: `${need.company.name} · ${offer.company.name}`,
            otherTitle: `${need.title} ↔ ${offer.title}`,
            forStaff: 'true',
          },
          dedupeKey: `introduction-revealed:${found.id}:staff`,
        });
      }
    }
    return { answer: input.answer, revealed: true };
  });
}
