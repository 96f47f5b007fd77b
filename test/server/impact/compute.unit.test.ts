import { expect, test } from 'vitest';
import { computeImpact, type OutcomeInput } from '../../../server/impact/compute';

const aluminium: OutcomeInput = {
  type: 'material',
  categoryId: 'aluminium-swarf',
  hazardous: false,
  quantity: 24,
  unit: 't',
  basis: 'per_year',
  distanceKm: 14,
  transportMode: 'truck',
  valueSek: 96_000,
};

test('24 t/yr of aluminium swarf moved 14 km by truck: figures checked by hand', () => {
  const figures = computeImpact(aluminium);
  // DESNZ 2025 aluminium, closed loop vs virgin + landfill: 8,125.12084 kg CO2e per tonne.
  // 24 × 8,125.12084 = 195,002.90016 kg avoided.
  // HGV (all diesel), all HGVs, average laden: 0.10163 kg CO2e per tonne-km; 24 × 14 × 0.10163 = 34.14768 kg.
  // Net: 195,002.90016 − 34.14768 = 194,968.75248 kg CO2e per year.
  expect(figures.status).toBe('computed');
  expect(figures.tonnes).toBe(24);
  expect(figures.avoidedKgCo2e).toBeCloseTo(195_002.90016, 5);
  expect(figures.transportKgCo2e).toBeCloseTo(34.14768, 5);
  expect(figures.netKgCo2e).toBeCloseTo(194_968.75248, 5);
  expect(figures.valueSek).toBe(96_000);
  expect(figures.factors.emission).toMatchObject({
    key: 'aluminium',
    kgCo2ePerTonne: 8125.12084,
    version: '2025 (value column "GHG Conversion Factor 2025")',
  });
  expect(figures.factors.emission?.set).toContain('DESNZ');
  expect(figures.factors.freight).toMatchObject({ mode: 'truck', kgCo2ePerTonneKm: 0.10163, id: '27_304_3140_14_1' });
  expect(figures.formula).toBe(
    'avoided = 24 t/yr × 8125.12084 kg CO2e/t (aluminium) = 195002.90016 kg; ' +
      'transport = 24 t/yr × 14 km × 0.10163 kg CO2e/t·km = 34.14768 kg; net = 194968.75248 kg CO2e',
  );
});

test('kilograms become tonnes; no transport subtracts nothing; a one-off says so in the formula', () => {
  const figures = computeImpact({ ...aluminium, quantity: 2500, unit: 'kg', basis: 'one_off', transportMode: 'none' });
  expect(figures.tonnes).toBe(2.5);
  expect(figures.transportKgCo2e).toBe(0);
  expect(figures.netKgCo2e).toBeCloseTo(2.5 * 8125.12084, 5);
  expect(figures.formula).toContain('2.5 t (one-off)');
  expect(figures.factors.freight).toBeNull();
});

test('a category without an emission factor reports tonnes and marks CO2e as not available', () => {
  const figures = computeImpact({ ...aluminium, categoryId: 'brass-swarf' });
  expect(figures.status).toBe('no_factor');
  expect(figures.tonnes).toBe(24);
  expect(figures.avoidedKgCo2e).toBeNull();
  expect(figures.netKgCo2e).toBeNull();
  expect(figures.factors.emission).toBeNull();
  expect(figures.formula).toContain('CO2e not available');
});

test('a capacity match reports hours and value, never tonnes or CO2e', () => {
  const figures = computeImpact({
    ...aluminium,
    type: 'capacity',
    categoryId: 'cnc-milling',
    quantity: 320,
    unit: 'hours',
    valueSek: 240_000,
  });
  expect(figures.status).toBe('capacity');
  expect([figures.tonnes, figures.avoidedKgCo2e, figures.netKgCo2e]).toEqual([null, null, null]);
  expect(figures.hours).toBe(320);
  expect(figures.valueSek).toBe(240_000);
});

test('a material measured in pallets or litres gets no invented tonnes', () => {
  const figures = computeImpact({ ...aluminium, quantity: 40, unit: 'pallets' });
  expect(figures.status).toBe('no_mass');
  expect(figures.tonnes).toBeNull();
  expect(figures.netKgCo2e).toBeNull();
});
