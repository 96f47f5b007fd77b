import emissionFactors from '../../shared/data/emission-factors.json' with { type: 'json' };
import freightFactors from '../../shared/data/freight-factors.json' with { type: 'json' };
import type { OutcomeBasis, TransportMode } from '../../shared/impact/schemas';
import { toBaseQuantity, type Unit, unitDimension } from '../../shared/listings/units';
import { getCategory } from '../../shared/taxonomy/taxonomy';

/**
 * What a recorded outcome achieved, with everything needed to explain the figure later: the factor
 * values, the factor sets' names and versions, and the formula with the numbers put in. Stored
 * with the outcome, so a report from last year still explains itself after the factors change.
 */
export type ImpactFigures = {
  /** 'computed': tonnes and CO2e; 'no_factor': tonnes only; 'no_mass': the quantity is not a mass; 'capacity': hours and value. */
  status: 'computed' | 'no_factor' | 'no_mass' | 'capacity';
  /** Tonnes kept from waste per year; a one-off transfer counts in full in the year it starts. */
  tonnes: number | null;
  /** Capacity used, in hours per year (one-off: in total). */
  hours: number | null;
  avoidedKgCo2e: number | null;
  transportKgCo2e: number | null;
  /** Avoided minus transport: the figure reported. */
  netKgCo2e: number | null;
  hazardous: boolean;
  valueSek: number | null;
  factors: {
    emission: {
      set: string;
      version: string;
      key: string;
      name: string;
      kgCo2ePerTonne: number;
      formula: string;
    } | null;
    freight: {
      set: string;
      version: string;
      mode: TransportMode;
      name: string;
      kgCo2ePerTonneKm: number;
      id: string;
    } | null;
  };
  formula: string;
};

export type OutcomeInput = {
  type: 'material' | 'capacity';
  categoryId: string;
  hazardous: boolean;
  quantity: number;
  unit: Unit;
  basis: OutcomeBasis;
  distanceKm: number;
  transportMode: TransportMode;
  valueSek: number | null;
};

const emissionSet = { set: emissionFactors.meta.source.name, version: emissionFactors.meta.source.version };
const freightSet = { set: freightFactors.meta.source.name, version: freightFactors.meta.source.version };

function emissionFactorFor(categoryId: string) {
  const key = getCategory(categoryId)?.emissionFactorKey;
  if (!key) return null;
  const found = emissionFactors.categories.find((category) => category.id === key);
  if (!found) return null;
  return {
    ...emissionSet,
    key: found.id,
    name: found.name,
    kgCo2ePerTonne: found.avoided_kgco2e_per_tonne,
    formula: found.formula,
  };
}

function freightFactorFor(mode: TransportMode) {
  if (mode === 'none') return null;
  const found = freightFactors.modes.find((candidate) => candidate.id === mode);
  if (!found) return null;
  return {
    ...freightSet,
    mode,
    name: found.name,
    kgCo2ePerTonneKm: found.kgco2e_per_tonne_km,
    id: found.ids.kgco2e,
  };
}

/** Up to 5 significant decimals in a formula: enough to recompute the figure by hand. */
const show = (value: number) => String(Math.round(value * 100_000) / 100_000);

export function computeImpact(input: OutcomeInput): ImpactFigures {
  const per = input.basis === 'per_year' ? ' t/yr' : ' t (one-off)';
  const common = { hazardous: input.hazardous, valueSek: input.valueSek };
  if (input.type === 'capacity') {
    const hours = unitDimension(input.unit) === 'time' ? toBaseQuantity(input.quantity, input.unit) : null;
    return {
      ...common,
      status: 'capacity',
      tonnes: null,
      hours,
      avoidedKgCo2e: null,
      transportKgCo2e: null,
      netKgCo2e: null,
      factors: { emission: null, freight: null },
      formula: 'capacity: hours and value are reported, no tonnes or CO2e',
    };
  }
  if (unitDimension(input.unit) !== 'mass') {
    return {
      ...common,
      status: 'no_mass',
      tonnes: null,
      hours: null,
      avoidedKgCo2e: null,
      transportKgCo2e: null,
      netKgCo2e: null,
      factors: { emission: null, freight: null },
      formula: `quantity in ${input.unit}, not a mass: no tonnes or CO2e`,
    };
  }
  const tonnes = toBaseQuantity(input.quantity, input.unit) / 1000;
  const emission = emissionFactorFor(input.categoryId);
  const freight = freightFactorFor(input.transportMode);
  const transportKgCo2e = freight ? tonnes * input.distanceKm * freight.kgCo2ePerTonneKm : 0;
  const transportText = freight
    ? `transport = ${show(tonnes)}${per} × ${show(input.distanceKm)} km × ${show(freight.kgCo2ePerTonneKm)} kg CO2e/t·km = ${show(transportKgCo2e)} kg`
    : 'transport = 0 (no transport)';
  if (!emission) {
    return {
      ...common,
      status: 'no_factor',
      tonnes,
      hours: null,
      avoidedKgCo2e: null,
      transportKgCo2e,
      netKgCo2e: null,
      factors: { emission: null, freight },
      formula: `tonnes = ${show(tonnes)}${per}; no emission factor for the category: CO2e not available; ${transportText}`,
    };
  }
  const avoidedKgCo2e = tonnes * emission.kgCo2ePerTonne;
  const netKgCo2e = avoidedKgCo2e - transportKgCo2e;
  return {
    ...common,
    status: 'computed',
    tonnes,
    hours: null,
    avoidedKgCo2e,
    transportKgCo2e,
    netKgCo2e,
    factors: { emission, freight },
    formula:
      `avoided = ${show(tonnes)}${per} × ${show(emission.kgCo2ePerTonne)} kg CO2e/t (${emission.key}) = ${show(avoidedKgCo2e)} kg; ` +
      `${transportText}; net = ${show(netKgCo2e)} kg CO2e`,
  };
}

/** The factor sets in use now, for the method section of a report. */
export function currentFactorSets() {
  return {
    emission: { ...emissionSet, method: emissionFactors.meta.method, caveats: emissionFactors.meta.caveats },
    freight: {
      ...freightSet,
      caveats: freightFactors.meta.caveats,
      modes: freightFactors.modes.map((mode) => ({
        id: mode.id,
        name: mode.name,
        kgCo2ePerTonneKm: mode.kgco2e_per_tonne_km,
      })),
    },
  };
}
