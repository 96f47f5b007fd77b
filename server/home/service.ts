import { and, asc, count, desc, eq, gt, inArray, lte, sql } from 'drizzle-orm';
import { rowsOf } from '../../db/client';
import { companies, companySites, listingPhotos, listings } from '../../db/schema/index';
import { defaultBrokerDigestScore } from '../../shared/alerts/schemas';
import {
  expiringWithinDays,
  homePanelRows,
  homeTeaserCount,
  newMatchWithinDays,
  nextStepsWithinDays,
} from '../../shared/home/schemas';
import { SearchListingsSchema } from '../../shared/search/schemas';
import { listCompanyIntroductions } from '../brokering/introductions';
import { listMyWork, type StaffContext } from '../brokering/pipeline';
import type { AppContext, SessionUser } from '../context';
import { countUnread, listConversations } from '../conversations/service';
import { currentOutcomes } from '../impact/outcomes';
import { outcomeTotals } from '../impact/reports';
import { listCompanyMatches } from '../matching/service';
import { searchListings } from '../search/service';
import type { CompanyRole } from '../trpc';

type MemberContext = AppContext & { user: SessionUser; company: { id: string; role: CompanyRole } };

/** The first photo's thumbnail of each listing that has one. */
async function firstThumbnails(ctx: AppContext, listingIds: readonly string[]): Promise<Map<string, string>> {
  if (listingIds.length === 0) return new Map();
  const rows = await ctx.db
    .selectDistinctOn([listingPhotos.listingId], { listingId: listingPhotos.listingId, photoId: listingPhotos.id })
    .from(listingPhotos)
    .where(inArray(listingPhotos.listingId, [...listingIds]))
    .orderBy(listingPhotos.listingId, asc(listingPhotos.position));
  return new Map(rows.map((row) => [row.listingId, `/api/listings/${row.listingId}/photos/${row.photoId}/thumbnail`]));
}

/**
 * The newest listings of one side through the search service itself, so each is shaped exactly as
 * the search page shows it to this caller (a teaser to visitors, no company on anonymous
 * listings), and the total is what this caller can find there.
 */
async function newestOf(ctx: AppContext, side: 'offer' | 'need') {
  const result = await searchListings({
    ctx,
    input: SearchListingsSchema.parse({ side, sort: 'newest', pageSize: homeTeaserCount }),
  });
  return { hits: result.hits, total: result.total };
}

/** The front page: what Sidestream holds now and the newest offers and needs, for anyone. */
export async function visitorHome({ ctx }: { ctx: AppContext }) {
  const [offers, needs, [companyCount], [municipalityCount]] = await Promise.all([
    newestOf(ctx, 'offer'),
    newestOf(ctx, 'need'),
    ctx.db.select({ count: count() }).from(companies).where(eq(companies.status, 'active')),
    ctx.db
      .select({ count: sql<number>`count(distinct ${companySites.municipalityCode})::int` })
      .from(companySites)
      .innerJoin(companies, eq(companies.id, companySites.companyId))
      .where(eq(companies.status, 'active')),
  ]);
  const thumbnails = await firstThumbnails(
    ctx,
    [...offers.hits, ...needs.hits].map((hit) => hit.id),
  );
  const withThumbnail = <T extends { id: string }>(hit: T) => ({
    ...hit,
    thumbnailUrl: thumbnails.get(hit.id) ?? null,
  });
  return {
    counts: {
      offers: offers.total,
      needs: needs.total,
      companies: Number(companyCount?.count ?? 0),
      municipalities: Number(municipalityCount?.count ?? 0),
    },
    newestOffers: offers.hits.map(withThumbnail),
    newestNeeds: needs.hits.map(withThumbnail),
  };
}

/** A member's company at a glance: what needs the company's attention now. */
export async function companyHome({ ctx }: { ctx: MemberContext }) {
  const companyId = ctx.company.id;
  const [matches, introductions, unread, conversations, expiring, drafts, [draftCount]] = await Promise.all([
    listCompanyMatches({ ctx, input: { companyId, sort: 'best' } }),
    listCompanyIntroductions({ ctx }),
    countUnread({ ctx }),
    listConversations({ ctx }),
    ctx.db
      .select({ id: listings.id, side: listings.side, title: listings.title, expiresAt: listings.expiresAt })
      .from(listings)
      .where(
        and(
          eq(listings.companyId, companyId),
          eq(listings.status, 'active'),
          gt(listings.expiresAt, sql`now()`),
          lte(listings.expiresAt, sql`now() + make_interval(days => ${expiringWithinDays})`),
        ),
      )
      .orderBy(asc(listings.expiresAt))
      .limit(homePanelRows),
    ctx.db
      .select({ id: listings.id, side: listings.side, title: listings.title, updatedAt: listings.updatedAt })
      .from(listings)
      .where(and(eq(listings.companyId, companyId), eq(listings.status, 'draft')))
      .orderBy(desc(listings.updatedAt))
      .limit(homePanelRows),
    ctx.db
      .select({ count: count() })
      .from(listings)
      .where(and(eq(listings.companyId, companyId), eq(listings.status, 'draft'))),
  ]);
  // New: not opened and not reacted to. Best first, whatever the inbox's own order.
  const fresh = matches.filter((match) => match.unread && match.myReaction === null).sort((a, b) => b.score - a.score);
  const waiting = introductions.filter((introduction) => introduction.status === 'waiting' && !introduction.myAnswer);
  const unreadConversations = conversations.filter((conversation) => conversation.unread > 0);
  return {
    newMatches: {
      count: fresh.length,
      rows: fresh.slice(0, homePanelRows).map((match) => ({
        id: match.id,
        score: match.score,
        myListing: match.myListing,
        counterpart: {
          id: match.counterpart.id,
          title: match.counterpart.title,
          categoryId: match.counterpart.categoryId,
          municipalityCode: match.counterpart.municipalityCode,
          company: match.counterpart.company,
        },
      })),
    },
    introductionsWaiting: {
      count: waiting.length,
      rows: waiting.slice(0, homePanelRows).map((introduction) => ({
        id: introduction.id,
        createdAt: introduction.createdAt,
        myListing: introduction.myListing,
        // Not revealed yet, so the other side carries no company (listCompanyIntroductions sees to that).
        other: introduction.other ? { id: introduction.other.id, title: introduction.other.title } : null,
      })),
    },
    unreadMessages: {
      count: unread.unread,
      rows: unreadConversations.slice(0, homePanelRows).map((conversation) => ({
        id: conversation.id,
        subject: conversation.subject,
        unread: conversation.unread,
        lastMessageAt: conversation.lastMessageAt,
      })),
    },
    expiringSoon: { count: expiring.length, rows: expiring },
    drafts: { count: Number(draftCount?.count ?? 0), rows: drafts },
  };
}

/** 'YYYY-MM-DD' of the first and last day of the current month in Stockholm. */
function thisMonth(now = new Date()): { from: string; to: string; month: string } {
  const month = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit' })
    .format(now)
    .slice(0, 7);
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const lastDay = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(lastDay).padStart(2, '0')}`, month };
}

/** An IUC broker's day: next steps due, strong matches nobody has looked at, companies waiting on IUC, the month so far. */
export async function brokerHome({ ctx }: { ctx: StaffContext }) {
  const period = thisMonth();
  const [setting] = rowsOf<{ value: unknown }>(
    await ctx.db.execute(sql`select value from platform_settings where key = 'broker_digest_min_score'`),
  );
  // The same threshold as the staff's daily digest, so "strong" means one thing.
  const minScore = typeof setting?.value === 'number' ? setting.value : defaultBrokerDigestScore;
  const [work, strong, waiting, deals, outcomes] = await Promise.all([
    listMyWork({ ctx }),
    ctx.db.execute(sql`
      select m.id, m.score, m.created_at, n.id as need_id, n.title as need_title, o.id as offer_id, o.title as offer_title,
             count(*) over ()::int as total
      from matches m
      join listings n on n.id = m.need_listing_id
      join listings o on o.id = m.offer_listing_id
      where m.stage = 'suggested' and m.kept_at is null and m.assignee_id is null and m.score >= ${minScore}
        and m.created_at >= now() - make_interval(days => ${newMatchWithinDays})
        and n.status = 'active' and o.status = 'active'
        and (n.expires_at is null or n.expires_at > now()) and (o.expires_at is null or o.expires_at > now())
      order by m.score desc, m.created_at desc
      limit ${homePanelRows}`),
    // As in the staff digest: the last word is a company's, and the conversation is this broker's
    // or an inquiry routed to IUC that no staff member has joined yet.
    ctx.db.execute(sql`
      select c.id, c.subject, c.last_message_at, count(*) over ()::int as total
      from conversations c
      join lateral (select m.author_company_id from messages m where m.conversation_id = c.id
                    order by m.created_at desc limit 1) last on true
      where last.author_company_id is not null
        and (exists (select 1 from conversation_parties p where p.conversation_id = c.id and p.staff_user_id = ${ctx.user.id})
             or (c.via_staff and not exists (select 1 from conversation_parties p
                                              where p.conversation_id = c.id and p.staff_user_id is not null)))
      order by c.last_message_at asc
      limit ${homePanelRows}`),
    ctx.db.execute(sql`
      select count(*)::int as deals from (
        select match_id, min(created_at) as at from match_events where to_stage = 'agreed' group by match_id) e
      where (e.at at time zone 'Europe/Stockholm')::date between ${period.from}::date and ${period.to}::date`),
    currentOutcomes(ctx.db, { from: period.from, to: period.to }),
  ]);
  const today = new Date().toISOString().slice(0, 10);
  const horizon = new Date(Date.now() + nextStepsWithinDays * 86_400_000).toISOString().slice(0, 10);
  const due = work.filter((item) => item.nextStepDue !== null && (item.overdue || item.nextStepDue <= horizon));
  const strongRows = rowsOf<{
    id: string;
    score: number;
    created_at: string | Date;
    need_id: string;
    need_title: string;
    offer_id: string;
    offer_title: string;
    total: number;
  }>(strong);
  const waitingRows = rowsOf<{ id: string; subject: string; last_message_at: string | Date; total: number }>(waiting);
  const totals = outcomeTotals(outcomes);
  return {
    nextSteps: {
      overdue: due.filter((item) => item.overdue).length,
      dueSoon: due.filter((item) => !item.overdue).length,
      rows: due.slice(0, homePanelRows).map((item) => ({
        matchId: item.id,
        stage: item.stage,
        nextStep: item.nextStep,
        nextStepDue: item.nextStepDue,
        overdue: item.overdue,
        dueToday: item.nextStepDue === today,
        need: { title: item.need.title, company: item.need.company.name },
        offer: { title: item.offer.title, company: item.offer.company.name },
      })),
    },
    strongMatches: {
      minScore,
      count: Number(strongRows[0]?.total ?? 0),
      rows: strongRows.map((row) => ({
        id: row.id,
        score: Number(row.score),
        createdAt: new Date(row.created_at),
        need: { id: row.need_id, title: row.need_title },
        offer: { id: row.offer_id, title: row.offer_title },
      })),
    },
    waitingConversations: {
      count: Number(waitingRows[0]?.total ?? 0),
      rows: waitingRows.map((row) => ({
        id: row.id,
        subject: row.subject,
        lastMessageAt: new Date(row.last_message_at),
      })),
    },
    thisMonth: {
      month: period.month,
      dealsAgreed: Number(rowsOf<{ deals: number }>(deals)[0]?.deals ?? 0),
      tonnes: totals.tonnes + totals.hazardousTonnes,
    },
  };
}
