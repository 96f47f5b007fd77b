/**
 * How precisely a search may tell a caller how far away a listing is. An exact distance from three
 * chosen points locates a site within metres, so visitors, and everyone outside the company and IUC
 * for an anonymous listing, get whole kilometres, and "under 5 km" for anything closer.
 * (A shared/geo/ helper from the confidentiality work may replace this one; the rule is the same.)
 */
export const coarseDistanceFloorKm = 5;

export type ShownDistance =
  | { precision: 'exact'; km: number }
  | { precision: 'rounded'; km: number }
  | { precision: 'under'; km: typeof coarseDistanceFloorKm };

/** Whole kilometres, halves up, written so that SQL (floor(d + 0.5)) computes the same. */
export function wholeKm(km: number): number {
  return Math.floor(km + 0.5);
}

export function shownDistance(km: number, exact: boolean): ShownDistance {
  if (exact) return { precision: 'exact', km: Math.round(km * 10) / 10 };
  if (km < coarseDistanceFloorKm) return { precision: 'under', km: coarseDistanceFloorKm };
  return { precision: 'rounded', km: wholeKm(km) };
}

/**
 * The distance a coarse listing sorts by: the rounded value it shows, with everything under 5 km
 * as one bucket at 0, so its place among other listings says no more than its shown distance.
 */
export function coarseSortKm(km: number): number {
  return km < coarseDistanceFloorKm ? 0 : wholeKm(km);
}

/**
 * A coarse listing is within a radius when its shown distance is: under 5 km always, otherwise
 * when its whole kilometres are at most the radius. So a radius, however finely chosen, tells no
 * more than the rounded distance. This is the exact distance below which that holds.
 */
export function coarseRadiusKm(radiusKm: number): number {
  return Math.max(coarseDistanceFloorKm, Math.floor(radiusKm) + 0.5);
}
