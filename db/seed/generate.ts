// Deterministic demo region: the same seed, size and reference date always give the same
// companies and listings, so tests, screenshots and benchmarks can rely on them.

import { luhnCheckDigit } from '../../shared/companies/org-number';
import type { EmployeesBand } from '../../shared/companies/sni';
import ewcCodes from '../../shared/data/ewc-codes.json' with { type: 'json' };
import municipalities from '../../shared/data/municipalities.json' with { type: 'json' };
import type { Frequency, Unit } from '../../shared/listings/units';
import { getCategory } from '../../shared/taxonomy/taxonomy';
import {
  type DemoCompanySeed,
  type DemoPlace,
  demoCompanies,
  demoFirstNames,
  demoPlaces,
  demoStreets,
  demoSurnames,
  type IndustryProfile,
  industryProfiles,
  type ListingTemplate,
  listingTemplates,
} from './demo-data';

export const DEMO_REFERENCE_DATE = '2026-11-01';

export interface DemoSite {
  name: string;
  streetAddress: string;
  municipalityCode: string;
  lat: number;
  lon: number;
}

export interface DemoCompany {
  ref: string;
  name: string;
  orgNumber: string;
  sniSection: string;
  sniDivision: string | null;
  employeesBand: EmployeesBand;
  website: string;
  description: string;
  contact: { name: string; email: string; phone: string };
  sites: DemoSite[];
}

export type PriceModel = 'free' | 'negotiable' | 'fixed' | 'pays_for_removal';

export interface DemoListing {
  ref: string;
  companyRef: string;
  siteIndex: number;
  side: 'offer' | 'need';
  type: 'material' | 'capacity';
  categoryId: string;
  title: string;
  description: string;
  quantity: number;
  unit: Unit;
  frequency: Frequency;
  /** ISO date. */
  availableFrom: string;
  availableUntil: string | null;
  priceModel: PriceModel;
  /** SEK per unit for 'fixed'; SEK per pickup for 'pays_for_removal'; null otherwise. */
  priceSek: number | null;
  condition: string | null;
  specs: { key: string; value: string }[];
  ewcCode: string | null;
  hazardous: boolean;
  anonymous: boolean;
  status: 'active' | 'draft' | 'paused';
  /** Needs only, sometimes. */
  maxDistanceKm: number | null;
  /** Needs only. */
  acceptsHazardous: boolean;
  /** Days before the reference date the listing was created (drafts) or published. */
  publishedDaysAgo: number;
}

export interface DemoRegion {
  companies: DemoCompany[];
  listings: DemoListing[];
}

export interface GenerateDemoRegionOptions {
  seed?: number;
  listings?: number;
  referenceDate?: string;
}

/** Small, fast, seedable PRNG (mulberry32); good enough for demo data, not for anything secret. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick() from an empty list');
  return item;
}

function between(random: Random, [min, max]: readonly [number, number]): number {
  return min + random() * (max - min);
}

/** Two significant digits above 10, one decimal below: quantities and prices people would type. */
function roundNicely(value: number): number {
  if (value >= 10) {
    const magnitude = 10 ** (Math.floor(Math.log10(value)) - 1);
    return Math.round(value / magnitude) * magnitude;
  }
  return Math.max(0.1, Math.round(value * 10) / 10);
}

const wholeUnits: ReadonlySet<Unit> = new Set<Unit>(['pcs', 'pallets', 'hours']);

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const seats = new Map(municipalities.map((m) => [m.code, { lat: m.lat, lon: m.lon }]));
const hazardousEwcCodes = new Set(ewcCodes.filter((code) => code.hazardous).map((code) => code.code));

/** The municipal seat moved up to 2.5 km in a direction fixed by the key, so a site never jumps between runs. */
function siteCoordinates(municipalityCode: string, key: string): { lat: number; lon: number } {
  const seat = seats.get(municipalityCode);
  if (!seat) throw new Error(`Unknown municipality code ${municipalityCode}`);
  const random = mulberry32(fnv1a(key));
  const angle = random() * 2 * Math.PI;
  const km = 0.2 + random() * 2.3;
  const lat = seat.lat + (km * Math.cos(angle)) / 111.32;
  const lon = seat.lon + (km * Math.sin(angle)) / (111.32 * Math.cos((seat.lat * Math.PI) / 180));
  return { lat: Math.round(lat * 1e5) / 1e5, lon: Math.round(lon * 1e5) / 1e5 };
}

function toDemoCompany(seed: DemoCompanySeed): DemoCompany {
  return {
    ref: seed.ref,
    name: seed.name,
    orgNumber: seed.orgNumber,
    sniSection: seed.sniSection,
    sniDivision: seed.sniDivision,
    employeesBand: seed.employeesBand,
    website: seed.website,
    description: seed.description,
    contact: { ...seed.contact },
    sites: seed.sites.map((site, index) => ({
      ...site,
      ...siteCoordinates(site.municipalityCode, `${seed.ref}#${index}`),
    })),
  };
}

const profilesById = new Map(industryProfiles.map((profile) => [profile.id, profile]));

function profileOf(id: string): IndustryProfile {
  const profile = profilesById.get(id);
  if (!profile) throw new Error(`Unknown industry profile ${id}`);
  return profile;
}

// Surname-based names get a municipality weighted towards the industrial ones.
const weightedMunicipalities: readonly string[] = [
  ...Array<string>(6).fill('0181'),
  ...Array<string>(4).fill('0127'),
  ...Array<string>(4).fill('0126'),
  ...Array<string>(3).fill('0123'),
  ...Array<string>(4).fill('0191'),
  ...Array<string>(3).fill('0188'),
  ...Array<string>(2).fill('0192'),
  ...Array<string>(3).fill('0136'),
  ...Array<string>(3).fill('0139'),
  ...Array<string>(2).fill('0163'),
  ...Array<string>(2).fill('0184'),
  ...Array<string>(5).fill('0180'),
  ...Array<string>(2).fill('0182'),
  ...Array<string>(2).fill('0160'),
  ...Array<string>(2).fill('0114'),
  '0115',
  '0117',
  '0120',
  '0125',
  '0128',
  '0138',
  '0140',
  '0162',
  '0183',
  '0186',
  '0187',
];

const employeeBandWeights: readonly EmployeesBand[] = [
  '1-9',
  '1-9',
  '1-9',
  '10-49',
  '10-49',
  '10-49',
  '10-49',
  '50-249',
  '50-249',
  '250+',
];
const nameSuffixes: readonly string[] = ['AB', 'Produktion AB', 'Sverige AB', 'Nordic AB'];
const trades = industryProfiles.flatMap((profile) => profile.nameParts.map((part) => ({ profile, part })));
const firstParts: readonly { name: string; place: DemoPlace | null }[] = [
  ...demoPlaces.map((place) => ({ name: place.name, place })),
  ...demoSurnames.map((surname) => ({ name: `${surname}s`, place: null })),
];

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/**
 * Extra companies for large demo sets. Names walk every first part × trade × suffix combination in
 * a seed-shuffled order (a stride coprime to the total visits each once), so they stay unique
 * without a search; org numbers use the 557 series, which the hand-written companies do not.
 */
function generateCompanies(
  count: number,
  random: Random,
  takenNames: Set<string>,
): { company: DemoCompany; profile: IndustryProfile }[] {
  if (count > 900_000) throw new RangeError('At most 900,000 generated companies are supported');
  const total = firstParts.length * trades.length * nameSuffixes.length;
  let stride = 7919 + Math.floor(random() * 1000);
  while (gcd(stride, total) !== 1) stride++;
  const offset = Math.floor(random() * total);
  const orgOffset = Math.floor(random() * 1_000_000);
  const companies: { company: DemoCompany; profile: IndustryProfile }[] = [];
  let cursor = 0;
  while (companies.length < count) {
    const round = Math.floor(cursor / total);
    const index = ((cursor % total) * stride + offset) % total;
    cursor++;
    const first = firstParts[index % firstParts.length];
    const trade = trades[Math.floor(index / firstParts.length) % trades.length];
    const suffix = nameSuffixes[Math.floor(index / (firstParts.length * trades.length))];
    if (!first || !trade || !suffix) throw new Error('Name enumeration out of range');
    const name =
      round === 0 ? `${first.name} ${trade.part} ${suffix}` : `${first.name} ${trade.part} ${round + 1} ${suffix}`;
    if (takenNames.has(name)) continue;
    takenNames.add(name);

    const n = demoCompanies.length + companies.length + 1;
    const ref = `co-${String(n).padStart(3, '0')}`;
    const nine = `557${String((companies.length * 7919 + orgOffset) % 1_000_000).padStart(6, '0')}`;
    const orgNumber = `${nine.slice(0, 6)}-${nine.slice(6)}${luhnCheckDigit(nine)}`;
    const place = first.place ?? placeIn(pick(random, weightedMunicipalities), random);
    const siteCount = random() < 0.2 ? 2 : 1;
    const sites: DemoSite[] = [];
    for (let s = 0; s < siteCount; s++) {
      const sitePlace = s === 0 ? place : pick(random, demoPlaces);
      const street = `${pick(random, demoStreets)} ${1 + Math.floor(random() * 60)}`;
      const postcode = `${sitePlace.postalPrefix} ${String(30 + Math.floor(random() * 60)).padStart(2, '0')}`;
      sites.push({
        name: s === 0 ? 'Huvudanläggning' : `Lager ${sitePlace.name}`,
        streetAddress: `${street}, ${postcode} ${sitePlace.postTown}`,
        municipalityCode: sitePlace.municipalityCode,
        ...siteCoordinates(sitePlace.municipalityCode, `${ref}#${s}`),
      });
    }
    const domain = `${slugify(name.replace(/ AB$/, ''))}.example.se`;
    const firstName = pick(random, demoFirstNames);
    const surname = pick(random, demoSurnames);
    const company: DemoCompany = {
      ref,
      name,
      orgNumber,
      sniSection: trade.profile.sniSection,
      sniDivision: trade.profile.sniDivision,
      employeesBand: pick(random, employeeBandWeights),
      website: `https://${domain}`,
      description: trade.profile.description,
      contact: {
        name: `${firstName} ${surname}`,
        email: `${slugify(firstName)}.${slugify(surname)}@${domain}`,
        // PTS reserves 070-174 06 05 to 070-174 06 99 for fiction.
        phone: `070-174 06 ${String(5 + (n % 95)).padStart(2, '0')}`,
      },
      sites,
    };
    companies.push({ company, profile: trade.profile });
  }
  return companies;
}

function placeIn(municipalityCode: string, random: Random): DemoPlace {
  const places = demoPlaces.filter((place) => place.municipalityCode === municipalityCode);
  return places.length > 0 ? pick(random, places) : pick(random, demoPlaces);
}

type Pool = 'offer-material' | 'offer-capacity' | 'need-material' | 'need-capacity';

const templatesByCategoryAndSide = new Map<string, ListingTemplate[]>();
for (const template of listingTemplates) {
  const key = `${template.categoryId}|${template.side}`;
  const list = templatesByCategoryAndSide.get(key);
  if (list) list.push(template);
  else templatesByCategoryAndSide.set(key, [template]);
}

/** A profile's categories for one side and type, keeping only those with templates to draw from. */
function poolOf(profile: IndustryProfile, pool: Pool): readonly string[] {
  const [side, type] = pool.split('-') as ['offer' | 'need', 'material' | 'capacity'];
  const ids = side === 'offer' ? profile.offers : profile.needs;
  return ids.filter((id) => getCategory(id)?.type === type && templatesByCategoryAndSide.has(`${id}|${side}`));
}

const poolsByProfile = new Map(
  industryProfiles.map((profile) => [
    profile.id,
    {
      'offer-material': poolOf(profile, 'offer-material'),
      'offer-capacity': poolOf(profile, 'offer-capacity'),
      'need-material': poolOf(profile, 'need-material'),
      'need-capacity': poolOf(profile, 'need-capacity'),
    } satisfies Record<Pool, readonly string[]>,
  ]),
);

const specsByTemplate = new Map(
  listingTemplates.map((template) => [
    template,
    Object.entries(template.specs ?? {}).map(([key, value]) => ({ key, value })),
  ]),
);

const DAY_MS = 86_400_000;

function addDays(referenceMs: number, days: number): string {
  return new Date(referenceMs + days * DAY_MS).toISOString().slice(0, 10);
}

export function generateDemoRegion(options: GenerateDemoRegionOptions = {}): DemoRegion {
  const { seed = 1, listings: listingCount = 300, referenceDate = DEMO_REFERENCE_DATE } = options;
  if (!Number.isInteger(listingCount) || listingCount < 0)
    throw new RangeError('listings must be a non-negative integer');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(referenceDate)) throw new RangeError('referenceDate must be YYYY-MM-DD');
  const referenceMs = Date.parse(`${referenceDate}T00:00:00Z`);
  if (Number.isNaN(referenceMs)) throw new RangeError('referenceDate is not a date');

  const random = mulberry32(seed);

  const companies = demoCompanies.map(toDemoCompany);
  const companyProfiles: IndustryProfile[] = demoCompanies.map((company) => profileOf(company.profileId));
  const wanted = listingCount > 300 ? Math.max(companies.length, Math.ceil(listingCount / 8)) : companies.length;
  if (wanted > companies.length) {
    const extra = generateCompanies(wanted - companies.length, random, new Set(companies.map((c) => c.name)));
    for (const { company, profile } of extra) {
      companies.push(company);
      companyProfiles.push(profile);
    }
  }

  // Which companies can supply each pool, built once so every listing is O(1).
  const eligible: Record<Pool, number[]> = {
    'offer-material': [],
    'offer-capacity': [],
    'need-material': [],
    'need-capacity': [],
  };
  companyProfiles.forEach((profile, index) => {
    const pools = poolsByProfile.get(profile.id);
    if (!pools) return;
    for (const pool of Object.keys(eligible) as Pool[]) if (pools[pool].length > 0) eligible[pool].push(index);
  });

  const listings: DemoListing[] = [];
  for (let i = 0; i < listingCount; i++) {
    const roll = random();
    // About 55 % material offers, 20 % capacity offers, 25 % needs (two thirds of them material).
    const pool: Pool =
      roll < 0.55
        ? 'offer-material'
        : roll < 0.75
          ? 'offer-capacity'
          : random() < 0.65
            ? 'need-material'
            : 'need-capacity';
    const side = pool.startsWith('offer') ? 'offer' : 'need';
    const companyIndex = pick(random, eligible[pool]);
    const company = companies[companyIndex];
    const profile = companyProfiles[companyIndex];
    const pools = profile && poolsByProfile.get(profile.id);
    if (!company || !pools) throw new Error(`Company ${companyIndex} has no profile`);
    const categoryId = pick(random, pools[pool]);
    const template = pick(random, templatesByCategoryAndSide.get(`${categoryId}|${side}`) ?? []);
    const category = getCategory(categoryId);
    if (!category) throw new Error(`Unknown category ${categoryId}`);

    const rawQuantity = roundNicely(between(random, template.quantity));
    const quantity = wholeUnits.has(template.unit) ? Math.max(1, Math.round(rawQuantity)) : rawQuantity;
    const frequency = pick(random, template.frequencies);
    const price = pick(random, template.prices);
    const priceSek =
      price.model === 'fixed'
        ? roundNicely(between(random, price.sekPerUnit))
        : price.model === 'pays_for_removal'
          ? roundNicely(between(random, price.sek))
          : null;

    const statusRoll = random();
    const status = statusRoll < 0.05 ? 'draft' : statusRoll < 0.08 ? 'paused' : 'active';
    const anonymous = random() < 0.1;
    const publishedDaysAgo = Math.floor(random() * 180);
    const startOffset = -publishedDaysAgo + Math.floor(random() * 30);
    const availableFrom = addDays(referenceMs, startOffset);
    const openEnded = random() < (side === 'offer' ? 0.45 : 0.5);
    const windowDays = frequency === 'once' ? pick(random, [14, 30, 60]) : pick(random, [30, 60, 90, 180, 365]);
    const availableUntil = openEnded ? null : addDays(referenceMs, startOffset + windowDays);
    const hazardous = template.hazardous ?? (template.ewcCode !== undefined && hazardousEwcCodes.has(template.ewcCode));
    const maxDistanceKm = side === 'need' && random() < 0.4 ? pick(random, [15, 25, 40, 60, 100]) : null;
    const siteIndex = Math.floor(random() * company.sites.length);

    listings.push({
      ref: `listing-${String(i + 1).padStart(6, '0')}`,
      companyRef: company.ref,
      siteIndex,
      side,
      type: category.type,
      categoryId,
      title: template.title,
      description: template.description,
      quantity,
      unit: template.unit,
      frequency,
      availableFrom,
      availableUntil,
      priceModel: price.model,
      priceSek,
      condition: template.condition ?? null,
      specs: (specsByTemplate.get(template) ?? []).map((spec) => ({ ...spec })),
      ewcCode: template.ewcCode ?? null,
      hazardous,
      anonymous,
      status,
      maxDistanceKm,
      acceptsHazardous: side === 'need' && hazardous,
      publishedDaysAgo,
    });
  }
  return { companies, listings };
}
