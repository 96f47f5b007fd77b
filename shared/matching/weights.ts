// How much each factor of a match counts, in points of the 0–100 score. They add up to 100, so a
// score reads as "how good a deal this could be". Change them here only: the scorer, the
// explanations and the labelled fixture test all read this table.
export const matchWeights = {
  // What the material or service is decides everything else: a cheap, nearby offer of the wrong
  // thing is worthless, so the category carries the most.
  category: 30,
  // Transport is the largest cost of moving low-value by-products; within the region distance
  // still separates a daily pick-up from a day trip.
  distance: 20,
  // A need covered by a tenth is a sample, not a deal; an offer ten times the need is still useful.
  quantity: 15,
  // Two listings in the same category can still describe different grades or forms; the words tell.
  text: 10,
  // A match only helps if both are available at about the same time.
  timing: 10,
  // A recurring need served by a one-off lot has to be found again next month.
  frequency: 10,
  // Price matters least: most by-products change hands at or below zero, and terms are negotiated.
  price: 5,
} as const;

export type MatchFactorName = keyof typeof matchWeights;

/** Below this a suggestion is noise and is not stored. */
export const minimumMatchScore = 35;
/** How many suggestions are kept per listing. */
export const matchesPerListing = 20;

/** Distance decay: the value halves about every 30 km (exp(-km / 43)), so 14 km ≈ 0.72, 50 km ≈ 0.31. */
export const distanceDecayKm = 43;
/** A window that opens within this many days counts as "now". */
export const timingSoonDays = 30;
/** After this many days the timing value reaches zero. */
export const timingHorizonDays = 365;
