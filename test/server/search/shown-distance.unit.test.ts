import type { TFunction } from 'i18next';
import { expect, test } from 'vitest';
import { searchEn } from '../../../client/i18n/search-en';
import { searchSv } from '../../../client/i18n/search-sv';
import { formatDistance } from '../../../client/ui/format-distance';
import { coarseRadiusKm, roundedDistanceKm, shownDistance } from '../../../shared/geo/public-distance';

test('an exact distance keeps one decimal; a coarse one is whole km, and "under 5 km" below 5', () => {
  expect(shownDistance(20.14, true)).toEqual({ precision: 'exact', km: 20.1 });
  expect(shownDistance(7.3, false)).toEqual({ precision: 'rounded', km: 7 });
  expect(shownDistance(7.5, false)).toEqual({ precision: 'rounded', km: 8 });
  expect(shownDistance(4.99, false)).toEqual({ precision: 'under', km: 5 });
  expect(shownDistance(0.01, false)).toEqual({ precision: 'under', km: 5 });
});

test('a coarse listing sorts and meets a radius by its shown distance only', () => {
  expect(roundedDistanceKm(3.2)).toBe(0);
  expect(roundedDistanceKm(4.9)).toBe(roundedDistanceKm(0.1));
  expect(roundedDistanceKm(7.49)).toBe(roundedDistanceKm(6.5));
  // Any radius from 7 up to (not including) 8 admits exactly the listings shown as 7 km or less.
  for (const radius of [7, 7.2, 7.5, 7.99]) expect(coarseRadiusKm(radius)).toBe(7.5);
  expect(coarseRadiusKm(1)).toBe(5);
});

test('distances are written for the language: 20,1 km in Swedish, 20.1 km in English', () => {
  const t = (texts: typeof searchSv) =>
    ((key: string, values: { distance: string }) => {
      const precision = key.split('.').at(-1) as keyof typeof searchSv.search.distance;
      return texts.search.distance[precision].replace('{{distance}}', values.distance);
    }) as unknown as TFunction;
  const nbsp = /\u00a0/g;
  expect(formatDistance({ precision: 'exact', km: 20.1 }, 'sv', t(searchSv)).replace(nbsp, ' ')).toBe('20,1 km bort');
  expect(formatDistance({ precision: 'exact', km: 20.1 }, 'en', t(searchEn)).replace(nbsp, ' ')).toBe('20.1 km away');
  expect(formatDistance({ precision: 'rounded', km: 7 }, 'sv', t(searchSv)).replace(nbsp, ' ')).toBe('ca 7 km bort');
  expect(formatDistance({ precision: 'under', km: 5 }, 'en', t(searchEn)).replace(nbsp, ' ')).toBe('under 5 km away');
});
