import { eq, sql } from 'drizzle-orm';
import { type Database, rowsOf } from '../../db/client';
import { alerts, notifications, user } from '../../db/schema/index';
import { defaultMatchAlertScore } from '../../shared/alerts/schemas';
import { SearchListingsSchema } from '../../shared/search/schemas';
import type { SessionUser } from '../context';
import type { Config } from '../env';
import { enqueueJob } from '../jobs/queue';
import type { Mailer } from '../mail/mailer';
import { type SearchContext, searchListings } from '../search/service';
import { immediateAlertEmail } from './emails';
import { unsubscribeLinks } from './unsubscribe';

export type AlertDeps = { db: Database; mailer: Mailer; config: Config };

type Recipient = { id: string; name: string; email: string; platform_role: string | null; language: string | null };

/** The context a saved search runs in: the alert's owner, exactly as on the search page. */
function contextFor(deps: AlertDeps, person: Recipient): SearchContext {
  const user: SessionUser = {
    id: person.id,
    name: person.name,
    email: person.email,
    platformRole: person.platform_role === 'broker' || person.platform_role === 'admin' ? person.platform_role : null,
    language: person.language === 'en' ? 'en' : 'sv',
    sessionId: 'alerts',
  };
  return { config: deps.config, db: deps.db, user };
}

/** Adds a notification unless the same one exists; an immediate alert also gets its email job. */
async function tell(
  deps: AlertDeps,
  alert: {
    id: string;
    userId: string;
    kind: 'saved_search' | 'company_matches';
    frequency: string;
    emailUnsubscribedAt: Date | null;
  },
  item: { title: string; body: string; link: string; listingId: string; dedupeKey: string },
) {
  await deps.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(notifications)
      .values({
        userId: alert.userId,
        alertId: alert.id,
        kind: alert.kind,
        title: item.title,
        body: item.body,
        link: item.link,
        listingId: item.listingId,
        dedupeKey: item.dedupeKey,
      })
      .onConflictDoNothing()
      .returning({ id: notifications.id });
    if (created && alert.frequency === 'immediate' && !alert.emailUnsubscribedAt) {
      await enqueueJob(tx, 'alerts.send-immediate', { notificationId: created.id });
    }
  });
}

/**
 * A listing was published or changed: every saved search that now finds it tells its owner. The
 * search runs through the same engine and shaping as the search page, as the owner, so an alert
 * shows nothing the person could not see there (no company of an anonymous listing). Nobody is
 * told about their own company's listings, or about a listing that is not active.
 */
export async function evaluateListing(deps: AlertDeps, listingId: string): Promise<{ told: number }> {
  const [listing] = rowsOf<{ company_id: string; active: boolean }>(
    await deps.db.execute(sql`
      select l.company_id, (l.status = 'active' and l.expires_at > now() and c.status = 'active') as active
      from listings l join companies c on c.id = l.company_id where l.id = ${listingId}`),
  );
  if (!listing?.active) return { told: 0 };
  const candidates = rowsOf<
    Recipient & {
      alert_id: string;
      alert_name: string;
      query: unknown;
      frequency: string;
      unsubscribed_at: string | null;
    }
  >(
    await deps.db.execute(sql`
      select a.id as alert_id, a.name as alert_name, a.query, a.frequency, a.email_unsubscribed_at as unsubscribed_at,
             u.id, u.name, u.email, u.platform_role, u.language
      from alerts a join "user" u on u.id = a.user_id
      where a.kind = 'saved_search' and a.frequency <> 'off'
        and not exists (select 1 from company_members cm where cm.user_id = u.id and cm.company_id = ${listing.company_id})`),
  );
  let told = 0;
  for (const candidate of candidates) {
    const parsed = SearchListingsSchema.safeParse({
      ...(typeof candidate.query === 'string' ? JSON.parse(candidate.query) : (candidate.query as object)),
      page: 1,
      pageSize: 1,
    });
    if (!parsed.success) continue;
    const found = await searchListings({
      ctx: contextFor(deps, candidate),
      input: parsed.data,
      onlyListingIds: [listingId],
    });
    const hit = found.hits[0];
    if (!hit) continue;
    const language = candidate.language === 'en' ? 'en' : 'sv';
    const company = hit.view === 'full' && hit.company ? ` · ${hit.company.name}` : '';
    await tell(
      deps,
      {
        id: candidate.alert_id,
        userId: candidate.id,
        kind: 'saved_search',
        frequency: candidate.frequency,
        emailUnsubscribedAt: candidate.unsubscribed_at ? new Date(candidate.unsubscribed_at) : null,
      },
      {
        title:
          language === 'en'
            ? `New for “${candidate.alert_name}”: ${hit.title}`
            : `Nytt för ”${candidate.alert_name}”: ${hit.title}`,
        body: `${hit.title}${company}`,
        link: `/listings/${hit.id}`,
        listingId: hit.id,
        dedupeKey: `saved_search:${candidate.alert_id}:${hit.id}`,
      },
    );
    told++;
  }
  return { told };
}

/**
 * New matches were stored: the members of both companies hear about the ones at or above the
 * score they chose (a member without a match alert gets one: daily, from 70). The other listing
 * is named as the listing page would show it to them: no company when it is anonymous.
 */
export async function notifyNewMatches(deps: AlertDeps, matchIds: readonly string[]): Promise<{ told: number }> {
  if (matchIds.length === 0) return { told: 0 };
  const sides = rowsOf<{
    match_id: string;
    score: number;
    company_id: string;
    my_title: string;
    other_id: string;
    other_title: string;
    other_anonymous: boolean;
    other_company: string;
  }>(
    await deps.db.execute(sql`
      select m.id as match_id, m.score, mine.company_id, mine.title as my_title, other.id as other_id,
             other.title as other_title, other.anonymous as other_anonymous, oc.name as other_company
      from matches m
      join listings mine on mine.id in (m.need_listing_id, m.offer_listing_id)
      join listings other on other.id in (m.need_listing_id, m.offer_listing_id) and other.id <> mine.id
      join companies oc on oc.id = other.company_id
      where m.id in (${sql.join(
        matchIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )}) and m.stage = 'suggested' and other.status = 'active' and oc.status = 'active'`),
  );
  let told = 0;
  for (const side of sides) {
    await deps.db.execute(sql`
      insert into alerts (user_id, kind, name, company_id, min_score, frequency)
      select cm.user_id, 'company_matches', c.name, c.id, ${defaultMatchAlertScore}, 'daily'
      from company_members cm join companies c on c.id = cm.company_id
      where cm.company_id = ${side.company_id}
      on conflict (user_id, company_id) where kind = 'company_matches' do nothing`);
    const wanting = await deps.db
      .select({ alert: alerts, language: user.language })
      .from(alerts)
      .innerJoin(user, eq(user.id, alerts.userId))
      .where(
        sql`${alerts.kind} = 'company_matches' and ${alerts.companyId} = ${side.company_id}
            and ${alerts.frequency} <> 'off' and ${alerts.minScore} <= ${side.score}`,
      );
    for (const { alert, language } of wanting) {
      const en = language === 'en';
      const company = side.other_anonymous ? '' : ` · ${side.other_company}`;
      await tell(
        deps,
        {
          id: alert.id,
          userId: alert.userId,
          kind: 'company_matches',
          frequency: alert.frequency,
          emailUnsubscribedAt: alert.emailUnsubscribedAt,
        },
        {
          title: en
            ? `New match (${side.score}) for “${side.my_title}”`
            : `Ny matchning (${side.score}) för ”${side.my_title}”`,
          body: `${side.other_title}${company}`,
          link: `/companies/${side.company_id}/matches`,
          listingId: side.other_id,
          dedupeKey: `match:${side.match_id}`,
        },
      );
      told++;
    }
  }
  return { told };
}

/**
 * Emails one notification of an immediate alert, unless it went already, the alert was
 * unsubscribed or changed meanwhile, or the listing it is about has been closed since.
 */
export async function sendImmediate(deps: AlertDeps, notificationId: string): Promise<'sent' | 'skipped'> {
  const [row] = rowsOf<{
    id: string;
    title: string;
    body: string;
    link: string;
    emailed_at: string | null;
    alert_id: string;
    alert_name: string;
    frequency: string;
    unsubscribed_at: string | null;
    email: string;
    language: string | null;
    listing_active: boolean | null;
  }>(
    await deps.db.execute(sql`
      select n.id, n.title, n.body, n.link, n.emailed_at, a.id as alert_id, a.name as alert_name, a.frequency,
             a.email_unsubscribed_at as unsubscribed_at, u.email, u.language,
             (select l.status = 'active' and l.expires_at > now() from listings l where l.id = n.listing_id) as listing_active
      from notifications n join alerts a on a.id = n.alert_id join "user" u on u.id = n.user_id
      where n.id = ${notificationId}`),
  );
  if (!row || row.emailed_at || row.unsubscribed_at || row.frequency !== 'immediate' || row.listing_active === false) {
    return 'skipped';
  }
  await deps.mailer.send(
    immediateAlertEmail({
      to: row.email,
      language: row.language === 'en' ? 'en' : 'sv',
      alertName: row.alert_name,
      item: { title: row.title, body: row.body, url: `${deps.config.publicUrl}${row.link}` },
      unsubscribe: unsubscribeLinks(deps.config, [row.alert_id]),
    }),
  );
  await deps.db.update(notifications).set({ emailedAt: new Date() }).where(eq(notifications.id, row.id));
  return 'sent';
}
