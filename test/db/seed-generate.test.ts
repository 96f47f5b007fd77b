import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { demoCompanies, industryProfiles, listingTemplates } from '../../db/seed/demo-data';
import { generateDemoRegion } from '../../db/seed/generate';
import { isValidOrgNumber } from '../../shared/companies/org-number';
import { getSniDivision, getSniSection } from '../../shared/companies/sni';
import { unitDimension } from '../../shared/listings/units';
import { getCategory, isLeaf, leafCategories } from '../../shared/taxonomy/taxonomy';

const readJson = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../shared/data/${name}`, import.meta.url), 'utf8'));
const municipalities = readJson('municipalities.json') as { code: string; in_stockholm_county: boolean }[];
const municipalityCodes = new Set(municipalities.map((m) => m.code));
const ewcByCode = new Map(
  (readJson('ewc-codes.json') as { code: string; chapter: string; hazardous: boolean }[]).map((c) => [c.code, c]),
);

test('the same seed gives the same region and another seed a different one', () => {
  const a = generateDemoRegion({ seed: 42, listings: 500 });
  const b = generateDemoRegion({ seed: 42, listings: 500 });
  expect(b).toEqual(a);
  expect(generateDemoRegion({ seed: 43, listings: 500 }).listings).not.toEqual(a.listings);
});

test('the default region has the hand-written companies and 300 listings', () => {
  const region = generateDemoRegion();
  expect(region.companies).toHaveLength(demoCompanies.length);
  expect(region.listings).toHaveLength(300);
  expect(demoCompanies.length).toBeGreaterThanOrEqual(40);
});

test('the hand-written companies cover every county municipality', () => {
  const used = new Set(demoCompanies.flatMap((c) => c.sites.map((s) => s.municipalityCode)));
  for (const m of municipalities.filter((m) => m.in_stockholm_county)) expect(used.has(m.code), m.code).toBe(true);
});

test('all org numbers are valid and unique, also for large regions', () => {
  const { companies } = generateDemoRegion({ listings: 20_000, seed: 3 });
  expect(companies).toHaveLength(2500);
  const numbers = companies.map((c) => c.orgNumber);
  for (const n of numbers) expect(isValidOrgNumber(n), n).toBe(true);
  expect(new Set(numbers).size).toBe(numbers.length);
  expect(new Set(companies.map((c) => c.name)).size).toBe(companies.length);
  expect(new Set(companies.map((c) => c.ref)).size).toBe(companies.length);
});

test('companies have known SNI codes, municipality codes and coordinates near their seat', () => {
  const { companies } = generateDemoRegion({ listings: 2000 });
  const seats = new Map(
    (readJson('municipalities.json') as { code: string; lat: number; lon: number }[]).map((m) => [m.code, m]),
  );
  for (const company of companies) {
    expect(getSniSection(company.sniSection), company.name).toBeDefined();
    if (company.sniDivision !== null)
      expect(getSniDivision(company.sniDivision)?.section, company.name).toBe(company.sniSection);
    expect(company.sites.length).toBeGreaterThan(0);
    for (const site of company.sites) {
      expect(municipalityCodes.has(site.municipalityCode), site.municipalityCode).toBe(true);
      const seat = seats.get(site.municipalityCode);
      const dLatKm = ((seat?.lat ?? 0) - site.lat) * 111.32;
      const dLonKm = ((seat?.lon ?? 0) - site.lon) * 111.32 * Math.cos((site.lat * Math.PI) / 180);
      expect(Math.hypot(dLatKm, dLonKm)).toBeLessThanOrEqual(3);
    }
    expect(company.website).toMatch(/^https:\/\/[a-z0-9-]+\.example\.se$/);
  }
});

test('every listing is in a leaf category of its own type, with a unit that fits the category', () => {
  const { listings, companies } = generateDemoRegion({ listings: 3000, seed: 9 });
  const sitesByRef = new Map(companies.map((c) => [c.ref, c.sites.length]));
  for (const listing of listings) {
    const category = getCategory(listing.categoryId);
    expect(isLeaf(listing.categoryId), listing.categoryId).toBe(true);
    expect(category?.type, listing.ref).toBe(listing.type);
    expect(category?.dimensions, listing.ref).toContain(unitDimension(listing.unit));
    expect(listing.siteIndex).toBeLessThan(sitesByRef.get(listing.companyRef) ?? 0);
    expect(listing.quantity).toBeGreaterThan(0);
  }
});

test('listings follow the side, status and hazard rules', () => {
  const { listings } = generateDemoRegion({ listings: 5000, seed: 5 });
  const share = (predicate: (l: (typeof listings)[number]) => boolean) =>
    listings.filter(predicate).length / listings.length;
  expect(share((l) => l.side === 'offer' && l.type === 'material')).toBeCloseTo(0.55, 1);
  expect(share((l) => l.side === 'offer' && l.type === 'capacity')).toBeCloseTo(0.2, 1);
  expect(share((l) => l.side === 'need')).toBeCloseTo(0.25, 1);
  expect(share((l) => l.anonymous)).toBeCloseTo(0.1, 1);
  expect(share((l) => l.status === 'draft')).toBeCloseTo(0.05, 1);
  expect(share((l) => l.status === 'paused')).toBeCloseTo(0.03, 1);
  for (const listing of listings) {
    if (listing.side === 'offer') {
      expect(listing.maxDistanceKm).toBeNull();
      expect(listing.acceptsHazardous).toBe(false);
    }
    if (listing.ewcCode !== null && ewcByCode.get(listing.ewcCode)?.hazardous)
      expect(listing.hazardous, listing.ref).toBe(true);
    if (listing.type === 'capacity') expect(listing.hazardous).toBe(false);
    if (listing.priceModel === 'fixed' || listing.priceModel === 'pays_for_removal')
      expect(listing.priceSek).toBeGreaterThan(0);
    else expect(listing.priceSek).toBeNull();
    if (listing.availableUntil !== null) expect(listing.availableUntil > listing.availableFrom).toBe(true);
  }
});

test('dates are relative to the reference date', () => {
  const a = generateDemoRegion({ listings: 50, referenceDate: '2026-11-01' }).listings[0];
  const b = generateDemoRegion({ listings: 50, referenceDate: '2027-11-01' }).listings[0];
  expect(a?.availableFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(Date.parse(b?.availableFrom ?? '') - Date.parse(a?.availableFrom ?? '')).toBe(365 * 86_400_000);
  expect(() => generateDemoRegion({ referenceDate: '1 November' })).toThrow(RangeError);
});

test('every template has a real EWC code in a chapter its category lists, and a unit that fits', () => {
  for (const template of listingTemplates) {
    const category = getCategory(template.categoryId);
    expect(category && isLeaf(category.id), template.categoryId).toBe(true);
    expect(category?.dimensions, template.title).toContain(unitDimension(template.unit));
    expect(template.quantity[0]).toBeLessThanOrEqual(template.quantity[1]);
    if (template.ewcCode !== undefined) {
      const ewc = ewcByCode.get(template.ewcCode);
      expect(ewc, `${template.title}: ${template.ewcCode}`).toBeDefined();
      expect(category?.ewcChapters, `${template.title}: ${template.ewcCode}`).toContain(ewc?.chapter);
    }
  }
});

test('every leaf has at least two offer and two need templates, and every profile category has templates', () => {
  for (const leaf of leafCategories()) {
    for (const side of ['offer', 'need'] as const) {
      const count = listingTemplates.filter((t) => t.categoryId === leaf.id && t.side === side).length;
      expect(count, `${leaf.id} ${side}`).toBeGreaterThanOrEqual(2);
    }
  }
  for (const profile of industryProfiles) {
    for (const id of [...profile.offers, ...profile.needs]) expect(isLeaf(id), `${profile.id}: ${id}`).toBe(true);
  }
});

test('100,000 listings generate', () => {
  const { companies, listings } = generateDemoRegion({ listings: 100_000 });
  expect(listings).toHaveLength(100_000);
  expect(companies).toHaveLength(12_500);
  expect(new Set(listings.map((l) => l.companyRef)).size).toBeGreaterThan(10_000);
});
