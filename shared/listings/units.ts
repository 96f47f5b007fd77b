import type { QuantityDimension } from '../taxonomy/categories';

export const units = ['kg', 't', 'l', 'm3', 'pcs', 'pallets', 'hours', 'kWh', 'MWh'] as const;
export type Unit = (typeof units)[number];

export const frequencies = ['once', 'weekly', 'monthly', 'quarterly', 'yearly', 'continuous'] as const;
export type Frequency = (typeof frequencies)[number];

export type BaseUnit = 'kg' | 'l' | 'pcs' | 'pallets' | 'hours' | 'kWh';

export type UnitLanguage = 'sv' | 'en';

const unitDefinitions: Record<Unit, { dimension: QuantityDimension; toBase: number }> = {
  kg: { dimension: 'mass', toBase: 1 },
  t: { dimension: 'mass', toBase: 1000 },
  l: { dimension: 'volume', toBase: 1 },
  m3: { dimension: 'volume', toBase: 1000 },
  pcs: { dimension: 'count', toBase: 1 },
  pallets: { dimension: 'pallets', toBase: 1 },
  hours: { dimension: 'time', toBase: 1 },
  kWh: { dimension: 'energy', toBase: 1 },
  MWh: { dimension: 'energy', toBase: 1000 },
};

export const baseUnitOf: Record<QuantityDimension, BaseUnit> = {
  mass: 'kg',
  volume: 'l',
  count: 'pcs',
  pallets: 'pallets',
  time: 'hours',
  energy: 'kWh',
};

/**
 * How many times a quantity recurs in a year.
 * Rule for 'continuous': the quantity is stated per year (factor 1) and the UI labels it "per år",
 * because a continuous flow (excess heat, process water) is normally metered and contracted per year.
 * 'once' counts the single occurrence as that year's quantity.
 */
export const occurrencesPerYear: Record<Frequency, number> = {
  once: 1,
  weekly: 52,
  monthly: 12,
  quarterly: 4,
  yearly: 1,
  continuous: 1,
};

export const MAX_QUANTITY_KG = 1e12; // 10^9 tonnes: far above any single flow, so only typos are rejected.

/** Upper bounds in base units, used to reject absurd input (a mistyped exponent, a pasted phone number). */
export const MAX_BASE_QUANTITY: Record<QuantityDimension, number> = {
  mass: MAX_QUANTITY_KG,
  volume: 1e12, // litres, i.e. 10^9 m³
  count: 1e9,
  pallets: 1e7,
  time: 1e7, // hours: more than a thousand machines running all year
  energy: 1e11, // kWh, i.e. 100 TWh, several times the county's district heating
};

export function isUnit(value: string): value is Unit {
  return Object.hasOwn(unitDefinitions, value);
}

export function isFrequency(value: string): value is Frequency {
  return Object.hasOwn(occurrencesPerYear, value);
}

export function unitDimension(unit: Unit): QuantityDimension {
  return unitDefinitions[unit].dimension;
}

/** Converts within the unit's own dimension only; there is no density guessing between mass and volume. */
export function toBaseQuantity(quantity: number, unit: Unit): number {
  return quantity * unitDefinitions[unit].toBase;
}

/** The largest quantity accepted in this unit. */
export function maxQuantityFor(unit: Unit): number {
  const definition = unitDefinitions[unit];
  return MAX_BASE_QUANTITY[definition.dimension] / definition.toBase;
}

export function isWithinMaxQuantity(quantity: number, unit: Unit): boolean {
  return Number.isFinite(quantity) && quantity >= 0 && quantity <= maxQuantityFor(unit);
}

export interface AnnualQuantity {
  value: number;
  baseUnit: BaseUnit;
  dimension: QuantityDimension;
}

/** The normalised yearly quantity that matching compares: 2 t monthly → 24,000 kg. */
export function annualQuantity(input: { quantity: number; unit: Unit; frequency: Frequency }): AnnualQuantity {
  const dimension = unitDimension(input.unit);
  return {
    value: toBaseQuantity(input.quantity, input.unit) * occurrencesPerYear[input.frequency],
    baseUnit: baseUnitOf[dimension],
    dimension,
  };
}

/** Units for the given dimensions, in the order of the dimensions (a category's most natural first). */
export function unitsForDimensions(dimensions: readonly QuantityDimension[]): Unit[] {
  return dimensions.flatMap((dimension) => units.filter((unit) => unitDefinitions[unit].dimension === dimension));
}

const unitLabels: Record<UnitLanguage, Record<Unit, string>> = {
  sv: {
    kg: 'kg',
    t: 'ton',
    l: 'liter',
    m3: 'm³',
    pcs: 'st',
    pallets: 'pallar',
    hours: 'timmar',
    kWh: 'kWh',
    MWh: 'MWh',
  },
  en: {
    kg: 'kg',
    t: 't',
    l: 'litres',
    m3: 'm³',
    pcs: 'pcs',
    pallets: 'pallets',
    hours: 'hours',
    kWh: 'kWh',
    MWh: 'MWh',
  },
};

export function unitLabel(unit: Unit, lang: UnitLanguage): string {
  return unitLabels[lang][unit];
}

// Lower case so they read after a number: "2 ton per månad".
const frequencyLabels: Record<UnitLanguage, Record<Frequency, string>> = {
  sv: {
    once: 'en gång',
    weekly: 'per vecka',
    monthly: 'per månad',
    quarterly: 'per kvartal',
    yearly: 'per år',
    continuous: 'löpande, per år',
  },
  en: {
    once: 'once',
    weekly: 'per week',
    monthly: 'per month',
    quarterly: 'per quarter',
    yearly: 'per year',
    continuous: 'continuous, per year',
  },
};

export function frequencyLabel(frequency: Frequency, lang: UnitLanguage): string {
  return frequencyLabels[lang][frequency];
}
