import { getMunicipality } from './municipalities';

/**
 * How close a hidden site may be said to be. Below this only "under 5 km" is said: a precise
 * small distance (or three distances from different points) would locate the site.
 */
export const nearDistanceKm = 5;

/** A distance as it may be shown to someone who must not learn where a site is. */
export type PublicDistance = { km: number; under: boolean };

/**
 * The distance to an anonymous listing's site for everyone outside its company and IUC staff:
 * whole km from 5 km, and only "under 5 km" below (`{ km: 5, under: true }`).
 */
export function publicDistance(km: number): PublicDistance {
  if (!Number.isFinite(km) || km < nearDistanceKm) return { km: nearDistanceKm, under: true };
  return { km: wholeKm(km), under: false };
}

/** Whole kilometres, halves up, written so that SQL (floor(d + 0.5)) computes the same. */
export function wholeKm(km: number): number {
  return Math.floor(km + 0.5);
}

/** A distance in a search hit: exact (to 0.1 km) for those who may know the site, else as publicDistance. */
export type ShownDistance =
  | { precision: 'exact'; km: number }
  | { precision: 'rounded'; km: number }
  | { precision: 'under'; km: typeof nearDistanceKm };

export function shownDistance(km: number, exact: boolean): ShownDistance {
  if (exact) return { precision: 'exact', km: Math.round(km * 10) / 10 };
  const shown = publicDistance(km);
  return shown.under ? { precision: 'under', km: nearDistanceKm } : { precision: 'rounded', km: shown.km };
}

/**
 * A hidden site is within a radius when its shown distance is: under 5 km always, otherwise when
 * its whole kilometres are at most the radius, so a radius, however finely chosen, tells no more
 * than the rounded distance. This is the exact distance below which that holds.
 */
export function coarseRadiusKm(radiusKm: number): number {
  return Math.max(nearDistanceKm, Math.floor(radiusKm) + 0.5);
}

/**
 * The same rounding as one number, for sorting and comparing: whole km, and 0 for everything
 * under 5 km (so all of those sort together, before 5 km).
 */
export function roundedDistanceKm(km: number): number {
  const shown = publicDistance(km);
  return shown.under ? 0 : shown.km;
}

/**
 * Where an anonymous listing is said to be: its municipality's label point (the seat), never the
 * site. Null for a municipality we do not know.
 */
export function municipalityLabelPoint(municipalityCode: string): { lat: number; lon: number } | null {
  const municipality = getMunicipality(municipalityCode);
  return municipality ? { lat: municipality.lat, lon: municipality.lon } : null;
}
