import { expect, test } from 'vitest';
import {
  annualQuantity,
  frequencies,
  frequencyLabel,
  isWithinMaxQuantity,
  MAX_QUANTITY_KG,
  maxQuantityFor,
  toBaseQuantity,
  unitDimension,
  unitLabel,
  units,
  unitsForDimensions,
} from '../../shared/listings/units';

test('2 tonnes a month is 24,000 kg a year', () => {
  expect(annualQuantity({ quantity: 2, unit: 't', frequency: 'monthly' })).toEqual({
    value: 24_000,
    baseUnit: 'kg',
    dimension: 'mass',
  });
});

test('500 kg a week is 26,000 kg a year', () => {
  expect(annualQuantity({ quantity: 500, unit: 'kg', frequency: 'weekly' }).value).toBe(26_000);
});

test('quarterly, yearly, once and continuous use 4, 1, 1 and 1 occurrences', () => {
  expect(annualQuantity({ quantity: 10, unit: 'm3', frequency: 'quarterly' })).toEqual({
    value: 40_000,
    baseUnit: 'l',
    dimension: 'volume',
  });
  expect(annualQuantity({ quantity: 10, unit: 'pcs', frequency: 'yearly' }).value).toBe(10);
  expect(annualQuantity({ quantity: 10, unit: 'pcs', frequency: 'once' }).value).toBe(10);
  expect(annualQuantity({ quantity: 10, unit: 'pcs', frequency: 'continuous' }).value).toBe(10);
});

test('MWh convert to kWh and tonnes to kilograms', () => {
  expect(toBaseQuantity(3, 'MWh')).toBe(3000);
  expect(annualQuantity({ quantity: 1500, unit: 'MWh', frequency: 'continuous' })).toEqual({
    value: 1_500_000,
    baseUnit: 'kWh',
    dimension: 'energy',
  });
  expect(toBaseQuantity(1.5, 't')).toBe(1500);
});

test('quantities are never converted across dimensions', () => {
  expect(unitDimension('kg')).toBe('mass');
  expect(unitDimension('l')).toBe('volume');
  expect(annualQuantity({ quantity: 1, unit: 'm3', frequency: 'once' }).baseUnit).toBe('l');
  expect(annualQuantity({ quantity: 1, unit: 'pallets', frequency: 'once' }).baseUnit).toBe('pallets');
  expect(annualQuantity({ quantity: 1, unit: 'hours', frequency: 'once' }).baseUnit).toBe('hours');
});

test('units for dimensions follow the order of the dimensions', () => {
  expect(unitsForDimensions(['volume', 'mass'])).toEqual(['l', 'm3', 'kg', 't']);
  expect(unitsForDimensions(['energy'])).toEqual(['kWh', 'MWh']);
  expect(unitsForDimensions([])).toEqual([]);
});

test('every unit and frequency has a Swedish and an English label', () => {
  expect(unitLabel('t', 'sv')).toBe('ton');
  expect(unitLabel('t', 'en')).toBe('t');
  expect(unitLabel('pcs', 'sv')).toBe('st');
  expect(unitLabel('l', 'en')).toBe('litres');
  expect(unitLabel('m3', 'sv')).toBe('m³');
  expect(frequencyLabel('monthly', 'sv')).toBe('per månad');
  expect(frequencyLabel('continuous', 'sv')).toContain('per år');
  for (const unit of units) for (const lang of ['sv', 'en'] as const) expect(unitLabel(unit, lang)).not.toBe('');
  for (const frequency of frequencies)
    for (const lang of ['sv', 'en'] as const) expect(frequencyLabel(frequency, lang)).not.toBe('');
});

test('absurd quantities are rejected per dimension', () => {
  expect(maxQuantityFor('kg')).toBe(MAX_QUANTITY_KG);
  expect(maxQuantityFor('t')).toBe(MAX_QUANTITY_KG / 1000);
  expect(isWithinMaxQuantity(2, 't')).toBe(true);
  expect(isWithinMaxQuantity(2e9, 't')).toBe(false);
  expect(isWithinMaxQuantity(-1, 'kg')).toBe(false);
  expect(isWithinMaxQuantity(Number.NaN, 'kg')).toBe(false);
  expect(isWithinMaxQuantity(Number.POSITIVE_INFINITY, 'kWh')).toBe(false);
});
