import { getCategory, substitutesOf } from '../taxonomy/taxonomy';
import { distanceDecayKm, type MatchFactorName, matchWeights, timingHorizonDays, timingSoonDays } from './weights';

/** What matching needs to know of a listing. */
export type MatchListing = {
  id: string;
  companyId: string;
  side: 'offer' | 'need';
  type: 'material' | 'capacity';
  categoryId: string;
  title: string;
  description: string;
  /** null when the listing has no position. */
  lat: number | null;
  lon: number | null;
  /** Normalised to the base unit of its dimension; null or 0 when not given. */
  annualQuantity: number | null;
  quantityDimension: string | null;
  frequency: string;
  /** ISO dates (yyyy-mm-dd). */
  availableFrom: string;
  availableUntil: string | null;
  priceModel: 'free' | 'negotiable' | 'fixed' | 'pays_for_removal';
  priceSek: number | null;
  hazardous: boolean;
  acceptsHazardous: boolean;
  maxDistanceKm: number | null;
  status: string;
  /** ISO timestamp; null never expires. */
  expiresAt: string | null;
};

export type CategoryFit = 'same' | 'substitute' | 'sibling';

/** One factor of a score: its value (0–1), the points it adds, and the facts the explanation is built from. */
export type MatchFactor = {
  name: MatchFactorName;
  value: number;
  points: number;
  /** True when the listings did not say enough, and the factor counted as neutral (0.5). */
  neutral: boolean;
  detail: Record<string, string | number | null>;
};

export type MatchScore = { score: number; factors: MatchFactor[] };

export type Exclusion =
  | 'same-side'
  | 'different-type'
  | 'same-company'
  | 'not-active'
  | 'expired'
  | 'hazardous-not-accepted'
  | 'too-far'
  | 'windows-never-overlap'
  | 'unrelated-category';

const neutral = 0.5;
const dayMs = 86_400_000;

/** The need and the offer of a pair, whichever way round it was asked. */
export function needAndOffer(a: MatchListing, b: MatchListing): { need: MatchListing; offer: MatchListing } {
  return a.side === 'need' ? { need: a, offer: b } : { need: b, offer: a };
}

/** Great-circle distance in km (mean Earth radius). */
export function distanceKm(a: MatchListing, b: MatchListing): number | null {
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) return null;
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** How the offer's category serves the need's: the same leaf, a declared substitute, or a sibling under one parent. */
export function categoryFit(needCategoryId: string, offerCategoryId: string): CategoryFit | null {
  if (needCategoryId === offerCategoryId) return 'same';
  if (substitutesOf(needCategoryId).includes(offerCategoryId)) return 'substitute';
  const needParent = getCategory(needCategoryId)?.parentId;
  if (needParent && needParent === getCategory(offerCategoryId)?.parentId) return 'sibling';
  return null;
}

/** The categories whose offers may serve a need in this one (or, for an offer, whose needs it may serve). */
export function candidateCategories(listing: Pick<MatchListing, 'side' | 'categoryId'>, all: readonly string[]) {
  return all.filter((other) =>
    listing.side === 'need' ? categoryFit(listing.categoryId, other) : categoryFit(other, listing.categoryId),
  );
}

function windowEnd(listing: MatchListing): number {
  return listing.availableUntil ? Date.parse(listing.availableUntil) : Number.POSITIVE_INFINITY;
}

/** Why a listing cannot be matched at all (not active, or expired), or null when it can. */
export function outOfMarket(listing: Pick<MatchListing, 'status' | 'expiresAt'>, now: Date): Exclusion | null {
  if (listing.status !== 'active') return 'not-active';
  if (listing.expiresAt !== null && Date.parse(listing.expiresAt) <= now.getTime()) return 'expired';
  return null;
}

/** Why a pair can never be a deal, or null when it can. */
export function exclusionOf(a: MatchListing, b: MatchListing, now: Date): Exclusion | null {
  if (a.side === b.side) return 'same-side';
  if (a.type !== b.type) return 'different-type';
  if (a.companyId === b.companyId) return 'same-company';
  for (const listing of [a, b]) {
    const out = outOfMarket(listing, now);
    if (out) return out;
  }
  const { need, offer } = needAndOffer(a, b);
  if (categoryFit(need.categoryId, offer.categoryId) === null) return 'unrelated-category';
  if (offer.hazardous && !need.acceptsHazardous) return 'hazardous-not-accepted';
  const km = distanceKm(need, offer);
  if (need.maxDistanceKm !== null && km !== null && km > need.maxDistanceKm) return 'too-far';
  const start = Math.max(Date.parse(need.availableFrom), Date.parse(offer.availableFrom));
  const end = Math.min(windowEnd(need), windowEnd(offer));
  if (start > end) return 'windows-never-overlap';
  return null;
}

const stopWords = new Set(
  'och att det som för med till från eller inte kan vid per har the and for with from our are any can not'.split(' '),
);

function words(text: string): Set<string> {
  return new Set(
    (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => word.length >= 3 && !stopWords.has(word)),
  );
}

/** Shared words of the two titles and descriptions, over the smaller set: 1 when one says all the other does. */
function textOverlap(a: MatchListing, b: MatchListing): number {
  const left = words(`${a.title} ${a.description}`);
  const right = words(`${b.title} ${b.description}`);
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  // Two shared words out of a short title already say a lot; the square root rewards the first ones most.
  return Math.min(1, Math.sqrt(shared / Math.min(left.size, right.size)));
}

const recurring = (frequency: string) => frequency !== 'once';

function frequencyValue(need: MatchListing, offer: MatchListing): number {
  if (need.frequency === offer.frequency) return 1;
  if (recurring(need.frequency) && recurring(offer.frequency)) return 0.7;
  // A one-off need can take part of a recurring flow; a recurring need gets a one-off lot only once.
  return recurring(need.frequency) ? 0.3 : 0.6;
}

function priceValue(need: MatchListing, offer: MatchListing): number {
  if (offer.priceModel === 'free' || offer.priceModel === 'pays_for_removal') return 1;
  if (offer.priceModel === 'fixed' && offer.priceSek !== null && need.priceSek !== null) {
    return offer.priceSek <= need.priceSek ? 0.9 : 0.2;
  }
  return offer.priceModel === 'negotiable' ? 0.6 : 0.5;
}

function factor(name: MatchFactorName, value: number | null, detail: MatchFactor['detail']): MatchFactor {
  const counted = value === null ? neutral : Math.max(0, Math.min(1, value));
  return {
    name,
    value: Math.round(counted * 1000) / 1000,
    points: Math.round(counted * matchWeights[name] * 10) / 10,
    neutral: value === null,
    detail,
  };
}

/**
 * Scores a pair that passed the hard constraints (exclusionOf). Each factor is 0–1 times its
 * weight; a factor the listings say too little about (no site, no quantity) counts as neutral.
 */
export function scoreMatch(a: MatchListing, b: MatchListing, now: Date): MatchScore {
  const { need, offer } = needAndOffer(a, b);
  const fit = categoryFit(need.categoryId, offer.categoryId);
  const km = distanceKm(need, offer);
  const sameDimension = need.quantityDimension !== null && need.quantityDimension === offer.quantityDimension;
  const needQuantity = need.annualQuantity ?? 0;
  const offerQuantity = offer.annualQuantity ?? 0;
  const quantityKnown = sameDimension && needQuantity > 0 && offerQuantity > 0;
  // How much of the need the offer covers counts most; how much of the offer finds a taker, the rest.
  const coverage = quantityKnown ? Math.min(1, offerQuantity / needQuantity) : null;
  const uptake = quantityKnown ? Math.min(1, needQuantity / offerQuantity) : null;
  const start = Math.max(Date.parse(need.availableFrom), Date.parse(offer.availableFrom), now.getTime());
  const daysUntil = Math.max(0, Math.round((start - now.getTime()) / dayMs));
  const timing =
    daysUntil <= timingSoonDays
      ? 1
      : Math.max(0, 1 - (daysUntil - timingSoonDays) / (timingHorizonDays - timingSoonDays));

  const factors = [
    factor('category', fit === 'same' ? 1 : fit === 'substitute' ? 0.8 : fit === 'sibling' ? 0.5 : 0, {
      fit,
      categoryId: offer.categoryId,
    }),
    factor('distance', km === null ? null : Math.exp(-km / distanceDecayKm), {
      km: km === null ? null : Math.round(km),
    }),
    factor('quantity', coverage === null || uptake === null ? null : 0.7 * coverage + 0.3 * uptake, {
      coveragePercent: coverage === null ? null : Math.round(coverage * 100),
      uptakePercent: uptake === null ? null : Math.round(uptake * 100),
    }),
    factor('text', textOverlap(need, offer), {}),
    factor('timing', timing, { from: new Date(start).toISOString().slice(0, 10), daysUntil }),
    factor('frequency', frequencyValue(need, offer), { need: need.frequency, offer: offer.frequency }),
    factor('price', priceValue(need, offer), { offerPriceModel: offer.priceModel }),
  ];
  const score = Math.round(factors.reduce((sum, item) => sum + item.points, 0));
  return { score: Math.max(0, Math.min(100, score)), factors };
}
