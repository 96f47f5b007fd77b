import { describe, expect, test } from 'vitest';
import { explainMatch } from '../../shared/matching/explain';
import { categoryFit, exclusionOf, type MatchListing, scoreMatch } from '../../shared/matching/score';
import { matchWeights } from '../../shared/matching/weights';

const now = new Date('2026-11-29T12:00:00Z');
// Södertälje and a site 0.126° further north: 14 km on the mean sphere.
const södertälje = { lat: 59.1955, lon: 17.6253 };

function listing(overrides: Partial<MatchListing>): MatchListing {
  return {
    id: 'x',
    companyId: 'company-a',
    side: 'offer',
    type: 'material',
    categoryId: 'aluminium-swarf',
    title: 'Aluminiumspån från fräsning',
    description: '',
    ...södertälje,
    annualQuantity: 24_000,
    quantityDimension: 'mass',
    frequency: 'monthly',
    availableFrom: '2026-11-01',
    availableUntil: null,
    priceModel: 'free',
    priceSek: null,
    hazardous: false,
    acceptsHazardous: false,
    maxDistanceKm: null,
    status: 'active',
    expiresAt: '2027-06-01T00:00:00Z',
    ...overrides,
  };
}

const need = listing({
  id: 'need',
  companyId: 'company-b',
  side: 'need',
  title: 'Söker aluminiumspån',
  lat: södertälje.lat + 14 / 111.195,
  annualQuantity: 30_000,
});
const offer = listing({ id: 'offer', availableFrom: '2027-03-10' });

describe('hard constraints exclude a candidate, one each', () => {
  test.each<[string, MatchListing, MatchListing, string]>([
    ['the same company', need, listing({ companyId: 'company-b' }), 'same-company'],
    ['an offer that is not active', need, listing({ status: 'paused' }), 'not-active'],
    ['an expired offer', need, listing({ expiresAt: '2026-11-01T00:00:00Z' }), 'expired'],
    ['hazardous material the need does not accept', need, listing({ hazardous: true }), 'hazardous-not-accepted'],
    ['beyond the need’s maximum distance', { ...need, maxDistanceKm: 10 }, offer, 'too-far'],
    [
      'windows that never overlap',
      { ...need, availableFrom: '2026-11-01', availableUntil: '2026-12-31' },
      offer,
      'windows-never-overlap',
    ],
    ['another type', need, listing({ type: 'capacity', categoryId: 'cnc-milling' }), 'different-type'],
    ['two needs', need, { ...need, id: 'other', companyId: 'company-c' }, 'same-side'],
    ['an unrelated category', need, listing({ categoryId: 'coffee-grounds' }), 'unrelated-category'],
  ])('%s', (_case, a, b, exclusion) => {
    expect(exclusionOf(a, b, now)).toBe(exclusion);
    expect(exclusionOf(b, a, now)).toBe(exclusion);
  });

  test('a hazardous offer passes when the need accepts hazardous material, and a pair within reach passes', () => {
    expect(exclusionOf({ ...need, acceptsHazardous: true }, listing({ hazardous: true }), now)).toBeNull();
    expect(exclusionOf({ ...need, maxDistanceKm: 20 }, offer, now)).toBeNull();
  });
});

test('category fit: the same leaf, a declared substitute, a sibling under one parent', () => {
  expect(categoryFit('aluminium-swarf', 'aluminium-swarf')).toBe('same');
  expect(categoryFit('plastic-pp', 'pp-regrind')).toBe('substitute');
  expect(categoryFit('aluminium-swarf', 'aluminium-offcuts')).toBe('sibling');
  expect(categoryFit('aluminium-swarf', 'coffee-grounds')).toBeNull();
});

test('the weights add up to 100, and a score is the sum of its factors', () => {
  expect(Object.values(matchWeights).reduce((sum, weight) => sum + weight, 0)).toBe(100);
  const result = scoreMatch(need, offer, now);
  expect(result.score).toBe(Math.round(result.factors.reduce((sum, factor) => sum + factor.points, 0)));
  expect(result.factors.map((factor) => factor.name).sort()).toEqual(Object.keys(matchWeights).sort());
});

test('a listing with no site or no quantity scores with that factor neutral instead of failing', () => {
  const vague = listing({ id: 'vague', lat: null, lon: null, annualQuantity: null, quantityDimension: null });
  const result = scoreMatch(need, vague, now);
  for (const name of ['distance', 'quantity'] as const) {
    const factor = result.factors.find((candidate) => candidate.name === name);
    expect(factor?.neutral).toBe(true);
    expect(factor?.points).toBe(matchWeights[name] / 2);
  }
  expect(Number.isFinite(result.score)).toBe(true);
});

test('closer, better-covering, sooner offers score higher', () => {
  const base = scoreMatch(need, offer, now).score;
  expect(scoreMatch(need, { ...offer, lat: need.lat, lon: need.lon }, now).score).toBeGreaterThan(base);
  expect(scoreMatch(need, { ...offer, annualQuantity: 3_000 }, now).score).toBeLessThan(base);
  expect(scoreMatch(need, { ...offer, availableFrom: '2026-11-01' }, now).score).toBeGreaterThan(base);
  expect(scoreMatch(need, { ...offer, categoryId: 'aluminium-offcuts' }, now).score).toBeLessThan(base);
});

// Intl puts a no-break space between a figure and "km", and before "%" in Swedish.
const nb = '\u00a0';

test('the explanation of a fixed pair, in Swedish and in English, from either side', () => {
  const result = scoreMatch(need, offer, now);
  expect(explainMatch(result, 'need', 'en', now)).toBe(
    `${result.score} · same category (Aluminium swarf) · 14${nb}km apart · covers about 80% of your yearly need · available from March 2027`,
  );
  expect(explainMatch(result, 'need', 'sv', now)).toBe(
    `${result.score} · samma kategori (Aluminiumspån) · 14${nb}km bort · täcker ungefär 80${nb}% av ert årsbehov · tillgänglig från mars 2027`,
  );
  expect(explainMatch(result, 'offer', 'en', now)).toBe(
    `${result.score} · same category (Aluminium swarf) · 14${nb}km apart · takes all of your yearly volume · available from March 2027`,
  );
  const soon = scoreMatch(need, { ...offer, availableFrom: '2026-12-01', frequency: 'once' }, now);
  expect(explainMatch(soon, 'need', 'sv', now)).toBe(
    `${soon.score} · samma kategori (Aluminiumspån) · 14${nb}km bort · täcker ungefär 80${nb}% av ert årsbehov · tillgänglig nu · ett engångsparti mot ett återkommande behov`,
  );
});

test('IUC staff read about the need from outside: "behovets årsbehov", not "ert årsbehov", with the same score', () => {
  const result = scoreMatch(need, offer, now);
  const forBroker = explainMatch(result, 'need', 'sv', now, 'broker');
  expect(forBroker).toBe(
    `${result.score} · samma kategori (Aluminiumspån) · 14${nb}km bort · täcker ungefär 80${nb}% av behovets årsbehov · tillgänglig från mars 2027`,
  );
  expect(forBroker).not.toContain('ert ');
  expect(explainMatch(result, 'need', 'en', now, 'broker')).toContain('covers about 80% of the need’s yearly quantity');
  expect(explainMatch(result, 'offer', 'sv', now, 'broker')).toContain('tar emot hela erbjudandets årsvolym');
  expect(explainMatch(result, 'need', 'sv', now, 'company')).toBe(explainMatch(result, 'need', 'sv', now));
});

test('a distance with a decimal is written the Swedish way: "20,1 km bort"', () => {
  const result = scoreMatch(need, offer, now);
  const withDecimal = {
    ...result,
    factors: result.factors.map((factor) =>
      factor.name === 'distance' ? { ...factor, detail: { ...factor.detail, km: 20.1 } } : factor,
    ),
  };
  expect(explainMatch(withDecimal, 'need', 'sv', now)).toContain(`20,1${nb}km bort`);
  expect(explainMatch(withDecimal, 'need', 'en', now)).toContain(`20.1${nb}km apart`);
});
