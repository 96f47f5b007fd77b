import { expect, test } from 'vitest';
import emissionFactors from '../../shared/data/emission-factors.json' with { type: 'json' };
import freightFactors from '../../shared/data/freight-factors.json' with { type: 'json' };
import {
  emissionFactorKeysNamed,
  emissionFactorName,
  freightModeName,
  freightModesNamed,
  methodTexts,
} from '../../shared/impact/method-texts';

test('every emission factor and freight mode in the data has a name in Swedish and English', () => {
  expect([...emissionFactorKeysNamed].sort()).toEqual(emissionFactors.categories.map((c) => c.id).sort());
  expect([...freightModesNamed].sort()).toEqual(freightFactors.modes.map((m) => m.id).sort());
  expect(emissionFactorName('plastic_pp', 'sv')).toBe('Plast: PP');
  expect(emissionFactorName('paper_cardboard', 'sv')).toBe('Papper och kartong');
  expect(emissionFactorName('paper_cardboard', 'en')).toBe('Paper and cardboard');
  expect(freightModeName('truck', 'sv')).toMatch(/^Tung lastbil/);
  for (const key of emissionFactorKeysNamed) {
    expect(emissionFactorName(key, 'sv'), key).not.toBe(key);
    expect(emissionFactorName(key, 'en'), key).not.toBe(key);
  }
});

test('the method has as many caveats in each language as the factor data, and the Swedish ones are Swedish', () => {
  for (const language of ['sv', 'en'] as const) {
    expect(methodTexts[language].emissionCaveats).toHaveLength(emissionFactors.meta.caveats.length);
    expect(methodTexts[language].freightCaveats).toHaveLength(freightFactors.meta.caveats.length);
  }
  const swedish = [
    methodTexts.sv.formula,
    methodTexts.sv.avoidedPerTonne,
    ...methodTexts.sv.emissionCaveats,
    ...methodTexts.sv.freightCaveats,
  ];
  for (const text of swedish) expect(text, text).not.toMatch(/\b(the|and|per tonne|tonnes|factors are)\b/);
  expect(methodTexts.sv.formula).toContain('ton per år');
});
