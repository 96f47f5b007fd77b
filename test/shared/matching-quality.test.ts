import { describe, expect, test } from 'vitest';
import { exclusionOf, scoreMatch } from '../../shared/matching/score';
import { getCategory, isLeaf } from '../../shared/taxonomy/taxonomy';
import { fixtureNeeds, fixtureOffers, type LabelledNeed } from '../fixtures/matching-fixtures';

// The day the fixture dates were written around: most offers open within a month, some in spring.
const now = new Date('2026-11-29T12:00:00Z');

type Ranked = { need: LabelledNeed; ranking: string[]; precisionAt5: number; recallAt10: number; rPrecision: number };

/** Every offer the hard constraints let through, best score first, ties broken by id so runs agree. */
function rank(need: LabelledNeed): string[] {
  return fixtureOffers
    .filter((offer) => exclusionOf(need, offer, now) === null)
    .map((offer) => ({ id: offer.id, score: scoreMatch(need, offer, now).score }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((candidate) => candidate.id);
}

function measure(need: LabelledNeed): Ranked {
  const ranking = rank(need);
  const good = new Set(need.good);
  const hits = (k: number) => ranking.slice(0, k).filter((id) => good.has(id)).length;
  // Precision@5 divides by min(5, |good|), the capped form (BEIR reports the same quantity as capped
  // recall@k): with plain hits/5 a need with two good offers could never score above 0.4, so the figure
  // would measure how many offers were labelled rather than how well they were ranked. Every good offer
  // passes the hard constraints (asserted below), so at least min(5, |good|) candidates are returned.
  // When no need has more than five good offers, this equals recall@5.
  const precisionAt5 = hits(5) / Math.min(5, good.size);
  const recallAt10 = hits(10) / good.size;
  // Printed beside them: with one to four good offers per need, capped precision@5 forgives a wrong
  // offer ranked above a good one as long as both fit in five; precision at |good| does not.
  const rPrecision = hits(good.size) / good.size;
  return { need, ranking, precisionAt5, recallAt10, rPrecision };
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

describe('the labelled fixture set', () => {
  const offerIds = new Set(fixtureOffers.map((offer) => offer.id));

  test('is large enough, and ids are unique', () => {
    expect(fixtureNeeds.length).toBeGreaterThanOrEqual(30);
    expect(fixtureOffers.length).toBeGreaterThanOrEqual(120);
    expect(offerIds.size).toBe(fixtureOffers.length);
    expect(new Set(fixtureNeeds.map((need) => need.id)).size).toBe(fixtureNeeds.length);
  });

  test('every listing is on its side, in an existing leaf category of its own type', () => {
    const problems = [
      ...fixtureOffers.map((offer) => ({ listing: offer, side: 'offer' })),
      ...fixtureNeeds.map((need) => ({ listing: need, side: 'need' })),
    ]
      .filter(({ listing, side }) => {
        const category = getCategory(listing.categoryId);
        return !isLeaf(listing.categoryId) || category?.type !== listing.type || listing.side !== side;
      })
      .map(({ listing }) => `${listing.id} (${listing.categoryId})`);
    expect(problems).toEqual([]);
  });

  test('every need has 1–6 good offers, all of them existing offers', () => {
    for (const need of fixtureNeeds) {
      expect(need.good.length, need.id).toBeGreaterThanOrEqual(1);
      expect(need.good.length, need.id).toBeLessThanOrEqual(6);
      expect(new Set(need.good).size, need.id).toBe(need.good.length);
      expect(
        need.good.filter((id) => !offerIds.has(id)),
        need.id,
      ).toEqual([]);
    }
  });

  test('carries a distractor for every hard constraint, so the ranking is measured after them', () => {
    const reasons = new Set(
      fixtureNeeds.flatMap((need) => fixtureOffers.map((offer) => exclusionOf(need, offer, now))),
    );
    for (const reason of [
      'same-company',
      'hazardous-not-accepted',
      'too-far',
      'windows-never-overlap',
      'expired',
      'not-active',
    ] as const) {
      expect(reasons.has(reason), reason).toBe(true);
    }
  });

  test('no good offer is excluded by a hard constraint (that would be a labelling error)', () => {
    const byId = new Map(fixtureOffers.map((offer) => [offer.id, offer]));
    const excluded = fixtureNeeds.flatMap((need) =>
      need.good.flatMap((id) => {
        const offer = byId.get(id);
        const reason = offer ? exclusionOf(need, offer, now) : 'missing';
        return reason ? [`${need.id} → ${id}: ${reason}`] : [];
      }),
    );
    expect(excluded).toEqual([]);
  });
});

test('ranking quality on the labelled set: precision@5 ≥ 0.7', () => {
  const results = fixtureNeeds.map(measure);
  const precision = mean(results.map((result) => result.precisionAt5));
  const recall = mean(results.map((result) => result.recallAt10));
  const rPrecision = mean(results.map((result) => result.rPrecision));
  console.info(
    `matching quality over ${results.length} needs and ${fixtureOffers.length} offers: ` +
      `precision@5 ${precision.toFixed(3)}, recall@10 ${recall.toFixed(3)} (R-precision ${rPrecision.toFixed(3)})`,
  );
  // The worst needs, so a failing run says where to look without a debugger.
  const worst = [...results]
    .sort(
      (a, b) => a.precisionAt5 - b.precisionAt5 || a.rPrecision - b.rPrecision || a.need.id.localeCompare(b.need.id),
    )
    .slice(0, 8)
    .map(
      (result) =>
        `${result.need.id} p@5 ${result.precisionAt5.toFixed(2)} r@10 ${result.recallAt10.toFixed(2)} ` +
        `R-prec ${result.rPrecision.toFixed(2)} top: ${result.ranking.slice(0, 5).join(', ')}`,
    );
  console.info(`worst needs:\n  ${worst.join('\n  ')}`);
  expect(precision).toBeGreaterThanOrEqual(0.7);
});
