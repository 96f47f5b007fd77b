import { expect, test } from 'vitest';
import { expandSynonyms, synonymGroups, synonymsOf } from '../../shared/search/synonyms';

test('there are between 40 and 80 groups of lower-case words', () => {
  expect(synonymGroups.length).toBeGreaterThanOrEqual(40);
  expect(synonymGroups.length).toBeLessThanOrEqual(80);
  for (const group of synonymGroups) {
    expect(group.length, group.join(', ')).toBeGreaterThanOrEqual(2);
    for (const word of group) expect(word).toBe(word.toLowerCase().trim());
  }
});

test('no word belongs to two groups', () => {
  const seen = new Map<string, number>();
  synonymGroups.forEach((group, index) => {
    for (const word of group) {
      expect(seen.get(word), `"${word}" is in groups ${seen.get(word)} and ${index}`).toBeUndefined();
      seen.set(word, index);
    }
  });
});

test('a word’s synonyms are the rest of its group', () => {
  expect(synonymsOf('wellpapp')).toEqual(expect.arrayContaining(['kartong', 'cardboard', 'corrugated board']));
  expect(synonymsOf('wellpapp')).not.toContain('wellpapp');
  expect(synonymsOf('swarf')).toContain('spån');
  expect(synonymsOf('polypropylene')).toEqual(expect.arrayContaining(['pp', 'polypropen']));
});

test('lookup ignores case and falls back to spelling without å ä ö', () => {
  expect(synonymsOf('Aluminum')).toEqual(expect.arrayContaining(['aluminium', 'alu']));
  expect(synonymsOf('spillvarme')).toEqual(expect.arrayContaining(['spillvärme', 'excess heat']));
  expect(synonymsOf('unheard-of-word')).toEqual([]);
});

test('expanding keeps the terms first and adds each synonym once', () => {
  const expanded = expandSynonyms(['PP', 'pallet', 'pall']);
  expect(expanded.slice(0, 3)).toEqual(['pp', 'pallet', 'pall']);
  expect(expanded).toEqual(expect.arrayContaining(['polypropen', 'pallar', 'eur-pall']));
  expect(new Set(expanded).size).toBe(expanded.length);
  expect(expandSynonyms(['nothing-here'])).toEqual(['nothing-here']);
  expect(expandSynonyms([])).toEqual([]);
});
