// A year of brokering for the demo region: deals IUC brokered over the twelve months before the
// demo's "now", so the dashboard, the period report and a company's impact page have something
// to show on the first start. Deterministic for a seed and reference time: the pairs come from the
// generated listings in a fixed order and every time is a fixed offset from the reference.
import { randomUUID } from 'node:crypto';
import { computeImpact } from '../../server/impact/compute';
import type { MatchStage } from '../../shared/brokering/schemas';
import { distanceKm } from '../../shared/geo/distance';
import type { OutcomeBasis } from '../../shared/impact/schemas';
import { unitDimension } from '../../shared/listings/units';
import { categoryFit, scoreMatch } from '../../shared/matching/score';
import { getCategory } from '../../shared/taxonomy/taxonomy';
import type {
  conversationParties,
  conversations,
  introductionResponses,
  introductions,
  listings,
  matchEvents,
  matches,
  matchNotes,
  messages,
  outcomeRevisions,
} from '../schema/index';

const DAY_MS = 86_400_000;
/** Deals (and the introductions that did not become deals) spread over the last year. */
const HISTORY_PAIRS = 54;

type ListingRow = typeof listings.$inferInsert & { id: string; companyId: string; createdByUserId: string };

export type DemoHistory = {
  listings: ListingRow[];
  matches: (typeof matches.$inferInsert)[];
  matchEvents: (typeof matchEvents.$inferInsert)[];
  matchNotes: (typeof matchNotes.$inferInsert)[];
  introductions: (typeof introductions.$inferInsert)[];
  introductionAnswers: (typeof introductionResponses.$inferInsert)[];
  conversations: (typeof conversations.$inferInsert)[];
  conversationParties: (typeof conversationParties.$inferInsert)[];
  messages: (typeof messages.$inferInsert)[];
  outcomes: (typeof outcomeRevisions.$inferInsert)[];
};

/** How a pair's story ends: a deal (completed once it has run a month), or one of two ways it stops. */
type Fate = 'deal' | 'declined_introduction' | 'stalled';
const fateOf = (index: number): Fate =>
  index % 6 === 2 ? 'declined_introduction' : index % 6 === 5 ? 'stalled' : 'deal';

const introductionNotes = [
  'Ni verkar passa bra ihop: samma material, kort avstånd och mängder som går ihop. Vill ni bli presenterade?',
  'Ett behov och ett erbjudande inom samma kategori i närheten. Säg till om ni vill ha kontakt.',
  'Jag tror att det här kan bli en bra affär för er båda. Svara gärna inom en vecka.',
];
const conversationLines = [
  'Hej! Tack för introduktionen. Vilken kvalitet har materialet, och hur ofta kan ni leverera?',
  'Hej! Det är rent och sorterat. Vi kan ha det klart varannan vecka; hämtning hos oss går bra.',
  'Det låter bra. Vi skickar ett förslag på avtal i veckan.',
];
const declineReasons = ['Vi har redan en mottagare för det här.', 'Mängden är för liten för oss just nu.'];

/** Quantities people would write in an outcome: two significant digits. */
function roughly(value: number): number {
  if (value <= 0) return 0;
  const magnitude = 10 ** (Math.floor(Math.log10(value)) - 1);
  return Math.round(value / magnitude) * magnitude;
}

/**
 * Pairs a need with a fitting offer of another company (same category, both mass or both hours),
 * in the listings' own order, each listing at most once; the first demo company's offers go first
 * so its contact, the README's sign-in, has an impact page worth opening.
 */
function historyPairs(rows: readonly ListingRow[], firstCompanyId: string | undefined): [ListingRow, ListingRow][] {
  const usable = (row: ListingRow) =>
    row.status === 'active' &&
    !row.hazardous &&
    (row.type === 'material' ? unitDimension(row.unit as never) === 'mass' : row.unit === 'hours');
  const first = (row: ListingRow) => Number(row.companyId === firstCompanyId);
  // The first company's offers, then material with an emission factor, other material, capacity:
  // most of IUC's deals move material, and most of it has a factor.
  const rank = (row: ListingRow) =>
    row.type === 'capacity' ? 2 : getCategory(row.categoryId)?.emissionFactorKey ? 0 : 1;
  const offers = rows
    .filter((row) => row.side === 'offer' && usable(row))
    .sort((a, b) => first(b) - first(a) || rank(a) - rank(b));
  const needs = rows.filter((row) => row.side === 'need' && usable(row)).sort((a, b) => first(b) - first(a));
  const fits = (need: ListingRow, offer: ListingRow) =>
    need.type === offer.type &&
    need.companyId !== offer.companyId &&
    categoryFit(need.categoryId, offer.categoryId) !== null;
  const maxCapacity = Math.floor(HISTORY_PAIRS / 4);
  const used = new Set<string>();
  const paired = new Set<string>();
  const pairs: [ListingRow, ListingRow][] = [];
  // Round 0 uses each listing once; round 1 lets a stream go to a second partner.
  for (let round = 0; round < 2 && pairs.length < HISTORY_PAIRS; round++) {
    for (const offer of offers) {
      if (pairs.length >= HISTORY_PAIRS) break;
      if (round === 0 && used.has(offer.id)) continue;
      if (offer.type === 'capacity' && pairs.filter(([, o]) => o.type === 'capacity').length >= maxCapacity) continue;
      // A few without an emission factor show why CO2e can be missing; most have one.
      if (rank(offer) === 1 && pairs.filter(([, o]) => rank(o) === 1).length >= maxCapacity / 2) continue;
      const need = needs.find(
        (candidate) =>
          fits(candidate, offer) &&
          !paired.has(`${candidate.id}|${offer.id}`) &&
          (round === 1 || !used.has(candidate.id)),
      );
      if (!need) continue;
      used.add(offer.id);
      used.add(need.id);
      paired.add(`${need.id}|${offer.id}`);
      pairs.push([need, offer]);
    }
  }
  // The first company's pairs at places that fateOf makes deals, spread over the year (not all
  // in the last weeks, where they would not have started yet).
  const isFirst = ([need, offer]: [ListingRow, ListingRow]) => first(need) + first(offer) > 0;
  const own = pairs.filter(isFirst);
  const others = pairs.filter((pair) => !isFirst(pair));
  for (const [place, pair] of [3, 10, 19, 27, 36].map((at, n) => [at, own[n]] as const)) {
    if (pair) others.splice(Math.min(place, others.length), 0, pair);
  }
  const extra = own.slice(5);
  return [...others, ...extra];
}

/**
 * The history rows. Each pair becomes two listings of the past (copies of a current need and offer,
 * published a month or two before the deal and closed as matched through Sidestream) and a match
 * that went through review, a double opt-in introduction, a conversation and, for most, a deal
 * with its recorded outcome.
 */
export function buildDemoHistory(options: {
  listings: readonly ListingRow[];
  brokerId: string;
  referenceMs: number;
  municipalityOfSite: ReadonlyMap<string, string>;
  firstCompanyId?: string;
}): DemoHistory {
  const { brokerId, referenceMs } = options;
  const history: DemoHistory = {
    listings: [],
    matches: [],
    matchEvents: [],
    matchNotes: [],
    introductions: [],
    introductionAnswers: [],
    conversations: [],
    conversationParties: [],
    messages: [],
    outcomes: [],
  };
  const pairs = historyPairs(options.listings, options.firstCompanyId);
  const at = (dayOffset: number, hour: number) =>
    new Date(Math.floor((referenceMs + dayOffset * DAY_MS) / DAY_MS) * DAY_MS + hour * 3_600_000);

  pairs.forEach(([currentNeed, currentOffer], index) => {
    const fate = fateOf(index);
    // Agreed between 6 and 355 days ago, evenly over the year, newest first.
    const agreedDay = -(6 + Math.floor((index * 349) / Math.max(1, pairs.length - 1)));
    const past = (row: ListingRow, publishedDay: number): ListingRow => {
      const published = at(publishedDay, 9);
      const closed = fate === 'deal' ? at(agreedDay, 15) : at(agreedDay + 20, 10);
      const availableFrom = at(publishedDay, 0).toISOString().slice(0, 10);
      return {
        ...row,
        id: randomUUID(),
        status: 'closed',
        closedReason: fate === 'deal' ? 'matched_sidestream' : 'withdrawn',
        anonymous: false,
        availableFrom,
        availableUntil: null,
        publishedAt: published,
        expiresAt: new Date(published.getTime() + 90 * DAY_MS),
        createdAt: published,
        updatedAt: closed,
      };
    };
    const need = past(currentNeed, agreedDay - 58);
    const offer = past(currentOffer, agreedDay - 64);
    history.listings.push(need, offer);

    const matchId = randomUUID();
    const matchedAt = at(agreedDay - 50, 3);
    const score = scoreMatch(
      {
        ...need,
        description: need.description ?? '',
        lat: need.lat ?? null,
        lon: need.lon ?? null,
        annualQuantity: need.annualQuantity ?? null,
        quantityDimension: need.quantityDimension ?? null,
        frequency: need.frequency ?? 'yearly',
        availableUntil: null,
        priceSek: need.priceSek ?? null,
        hazardous: false,
        acceptsHazardous: need.acceptsHazardous ?? false,
        maxDistanceKm: need.maxDistanceKm ?? null,
        status: 'active',
        expiresAt: null,
      } as Parameters<typeof scoreMatch>[0],
      {
        ...offer,
        description: offer.description ?? '',
        lat: offer.lat ?? null,
        lon: offer.lon ?? null,
        annualQuantity: offer.annualQuantity ?? null,
        quantityDimension: offer.quantityDimension ?? null,
        frequency: offer.frequency ?? 'yearly',
        availableUntil: null,
        priceSek: offer.priceSek ?? null,
        hazardous: false,
        acceptsHazardous: false,
        maxDistanceKm: null,
        status: 'active',
        expiresAt: null,
      } as Parameters<typeof scoreMatch>[0],
      matchedAt,
    );

    const events: (typeof matchEvents.$inferInsert)[] = [];
    let stage: MatchStage = 'suggested';
    const move = (to: MatchStage, when: Date, extra: Partial<typeof matchEvents.$inferInsert> = {}) => {
      events.push({
        matchId,
        kind: 'stage',
        fromStage: stage,
        toStage: to,
        actorUserId: brokerId,
        createdAt: when,
        ...extra,
      });
      stage = to;
    };
    move('reviewing', at(agreedDay - 46, 8));
    events.push({
      matchId,
      kind: 'assigned',
      detail: 'Birgitta Mäklare',
      actorUserId: brokerId,
      createdAt: at(agreedDay - 46, 8),
    });

    const introducedAt = at(agreedDay - 42, 10);
    const introductionId = randomUUID();
    const note = introductionNotes[index % introductionNotes.length] as string;
    events.push({
      matchId,
      kind: 'introduced',
      fromStage: stage,
      toStage: 'introduced',
      detail: note,
      actorUserId: brokerId,
      createdAt: introducedAt,
    });
    stage = 'introduced';
    const needAnswerAt = at(agreedDay - 41, 13);
    const offerAnswerAt = at(agreedDay - 40, 9);
    const offerDeclines = fate === 'declined_introduction';
    const declineReason = declineReasons[index % declineReasons.length] as string;
    history.introductionAnswers.push(
      {
        introductionId,
        side: 'need',
        companyId: need.companyId,
        answer: 'accepted',
        userId: need.createdByUserId,
        answeredAt: needAnswerAt,
      },
      {
        introductionId,
        side: 'offer',
        companyId: offer.companyId,
        answer: offerDeclines ? 'declined' : 'accepted',
        reason: offerDeclines ? declineReason : null,
        userId: offer.createdByUserId,
        answeredAt: offerAnswerAt,
      },
    );
    events.push(
      {
        matchId,
        kind: 'introduction_accepted',
        actorUserId: need.createdByUserId,
        companyId: need.companyId,
        createdAt: needAnswerAt,
      },
      {
        matchId,
        kind: offerDeclines ? 'introduction_declined' : 'introduction_accepted',
        detail: offerDeclines ? declineReason : null,
        actorUserId: offer.createdByUserId,
        companyId: offer.companyId,
        createdAt: offerAnswerAt,
      },
    );
    history.introductions.push({
      id: introductionId,
      matchId,
      note,
      introducedByUserId: brokerId,
      revealedAt: offerDeclines ? null : offerAnswerAt,
      createdAt: introducedAt,
    });

    if (offerDeclines) {
      move('declined', at(agreedDay - 38, 9), { reason: 'found_elsewhere' });
    } else {
      events.push({ matchId, kind: 'revealed', actorUserId: offer.createdByUserId, createdAt: offerAnswerAt });
      const conversationId = randomUUID();
      const lines = conversationLines.map((body, line) => ({
        id: randomUUID(),
        conversationId,
        authorUserId: line === 1 ? offer.createdByUserId : need.createdByUserId,
        authorCompanyId: line === 1 ? offer.companyId : need.companyId,
        body,
        createdAt: at(agreedDay - 39 + line * 3, 10 + line),
      }));
      history.conversations.push({
        id: conversationId,
        kind: 'match',
        subject: `${offer.title} → ${need.title}`,
        matchId,
        lastMessageAt: lines.at(-1)?.createdAt as Date,
        createdAt: offerAnswerAt,
      });
      history.conversationParties.push(
        { conversationId, companyId: need.companyId, joinedAt: offerAnswerAt },
        { conversationId, companyId: offer.companyId, joinedAt: offerAnswerAt },
        { conversationId, staffUserId: brokerId, joinedAt: offerAnswerAt },
      );
      history.messages.push(...lines);
      move('negotiating', at(agreedDay - 30, 14));
      if (fate === 'stalled') {
        move('declined', at(agreedDay - 5, 11), { reason: 'price' });
      } else {
        move('agreed', at(agreedDay, 15));
        const recordedAt = at(agreedDay + 1, 9);
        const startDay = agreedDay + 7 + (index % 3) * 7;
        const oneOff = offer.frequency === 'once';
        const basis: OutcomeBasis = oneOff ? 'one_off' : 'per_year';
        const material = offer.type === 'material';
        // Most of what the offer has in a year: from a half to all of it, by the pair's place in the list.
        const share = 0.5 + (index % 5) * 0.125;
        const moved = (offer.annualQuantity ?? 0) * share;
        // At most 250 t a year: one outlier would dwarf the rest of the demo's year.
        const quantity = Math.min(material ? 250 : 2000, Math.max(1, roughly(material ? moved / 1000 : moved)));
        const unit = material ? 't' : 'hours';
        const km =
          need.lat != null && need.lon != null && offer.lat != null && offer.lon != null
            ? Math.round(distanceKm({ lat: need.lat, lon: need.lon }, { lat: offer.lat, lon: offer.lon }) * 13) / 10
            : 10;
        const valueSek = material ? (index % 4 === 0 ? null : Math.round(quantity * 600)) : Math.round(quantity * 750);
        const figures = computeImpact({
          type: offer.type as 'material' | 'capacity',
          categoryId: offer.categoryId,
          hazardous: false,
          quantity,
          unit,
          basis,
          distanceKm: km,
          transportMode: 'truck',
          valueSek,
        });
        history.outcomes.push({
          matchId,
          revision: 1,
          quantity,
          unit,
          basis,
          startDate: at(startDay, 0).toISOString().slice(0, 10),
          valueSek,
          distanceKm: km,
          transportMode: 'truck',
          notes: 'Demodata: påhittad affär i demoregionen.',
          type: offer.type as 'material' | 'capacity',
          categoryId: offer.categoryId,
          municipalityCode: options.municipalityOfSite.get(offer.siteId) ?? '0180',
          needCompanyId: need.companyId,
          offerCompanyId: offer.companyId,
          status: figures.status,
          tonnes: figures.tonnes,
          hours: figures.hours,
          hazardous: false,
          avoidedKgCo2e: figures.avoidedKgCo2e,
          transportKgCo2e: figures.transportKgCo2e,
          netKgCo2e: figures.netKgCo2e,
          factors: figures.factors,
          formula: figures.formula,
          recordedByUserId: brokerId,
          recordedForCompanyId: null,
          createdAt: recordedAt,
        });
        events.push({
          matchId,
          kind: 'outcome_recorded',
          detail: `revision 1: ${figures.formula}`,
          actorUserId: brokerId,
          createdAt: recordedAt,
        });
        // Deals that have run a month are completed.
        if (agreedDay + 35 < 0) move('completed', at(agreedDay + 35, 10));
      }
    }
    history.matchNotes.push({
      matchId,
      authorUserId: brokerId,
      body: 'Demodata: påhittad förmedling i demoregionen.',
      createdAt: at(agreedDay - 46, 8),
    });
    const last = events.at(-1)?.createdAt as Date;
    history.matches.push({
      id: matchId,
      needListingId: need.id,
      offerListingId: offer.id,
      score: score.score,
      factors: score.factors,
      stage,
      keptAt: at(agreedDay - 46, 8),
      origin: 'engine',
      assigneeId: brokerId,
      stageReason: (stage as MatchStage) === 'declined' ? (fate === 'stalled' ? 'price' : 'found_elsewhere') : null,
      stageChangedAt: last,
      needVersion: 1,
      offerVersion: 1,
      computedAt: matchedAt,
      createdAt: matchedAt,
      updatedAt: last,
    });
    history.matchEvents.push(...events);
  });
  return history;
}
