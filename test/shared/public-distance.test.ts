import { expect, test } from 'vitest';
import { getMunicipality } from '../../shared/geo/municipalities';
import { municipalityLabelPoint, publicDistance, roundedDistanceKm } from '../../shared/geo/public-distance';

test('a distance under 5 km is only ever "under 5 km", however close', () => {
  for (const km of [0, 0.04, 0.9, 1, 3.3, 4.99]) {
    expect(publicDistance(km)).toEqual({ km: 5, under: true });
    expect(roundedDistanceKm(km)).toBe(0);
  }
});

test('from 5 km a distance is whole kilometres', () => {
  expect(publicDistance(5)).toEqual({ km: 5, under: false });
  expect(publicDistance(12.34)).toEqual({ km: 12, under: false });
  expect(publicDistance(12.5)).toEqual({ km: 13, under: false });
  expect(roundedDistanceKm(20.1)).toBe(20);
  // Two sites 150 m apart at 20 km give the same answer: the rounding is what stops trilateration.
  expect(roundedDistanceKm(20.15)).toBe(roundedDistanceKm(20.3));
});

test('a distance that is not a number says nothing more precise than "under 5 km"', () => {
  expect(publicDistance(Number.NaN)).toEqual({ km: 5, under: true });
});

test('the label point of a municipality is its seat, and unknown codes have none', () => {
  const södertälje = getMunicipality('0181');
  expect(municipalityLabelPoint('0181')).toEqual({ lat: södertälje?.lat, lon: södertälje?.lon });
  expect(municipalityLabelPoint('9999')).toBeNull();
});
