import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DatabaseHandle } from '../../../db/client';
import { rateLimit } from '../../../db/schema/index';
import type { SearchListingsInput } from '../../../shared/search/schemas';
import { createTestDatabase } from '../../helpers/database';
import { createCompanyWithOwner, type TestPerson } from '../../helpers/factories';
import { callTrpc } from '../../helpers/http';
import { signUpStaff } from '../../helpers/marketplace';
import { createTestApp, type TestApp } from '../../helpers/test-app';
import { applyIndexJobs, contractEngines, dropEngineIndex, northOf } from './contract-engines';

/**
 * The search contract, continued: faceted search that combines (values of one facet OR-ed, facets
 * AND-ed, each facet counted without its own filter), and what search must not give away about an
 * anonymous listing's site (distances) or about listings the caller cannot see (suggested words).
 * Every case runs against every available engine (contract-engines.ts).
 */
const engines = contractEngines('facets contract');

type Distance = { precision: 'exact' | 'rounded' | 'under'; km: number } | null;
type Hit = { id: string; title: string; distance: Distance; company?: { id: string } | null };
type Facets = Record<
  'side' | 'type' | 'category' | 'municipality' | 'priceModel' | 'hazardous',
  Record<string, number>
>;
type Result = { hits: Hit[]; total: number; facets: Facets };

/** The hidden site; the attack points lie on its meridian, at known distances from it. */
const hidden = { lat: 60.0, lon: 18.0 };
const pointAt = (kmNorth: number) => ({ lat: northOf(hidden.lat, kmNorth), lon: hidden.lon });
const p1 = pointAt(7.3);
const p2 = pointAt(-12.6);
const p3 = pointAt(3);

describe.each(engines)('facets and confidentiality contract: $engine engine', (engineCase) => {
  const { env } = engineCase;
  let database: DatabaseHandle;
  let app: TestApp;
  let owner: TestPerson;
  let rival: TestPerson;
  let broker: TestPerson;
  let ownerCompanyId: string;
  let hiddenSiteId: string;
  const ids: Record<string, string> = {};

  async function found(input: SearchListingsInput, cookie: string | undefined): Promise<Result> {
    const result = await callTrpc(app, 'search.listings', input, { kind: 'query', ...(cookie ? { cookie } : {}) });
    if (result.status !== 200) throw new Error(JSON.stringify(result.body));
    return (result.body.result as { data: Result }).data;
  }
  const asRival = (input: SearchListingsInput) => found(input, rival.cookie);
  const idsOf = (result: Result) => result.hits.map((hit) => hit.id).sort();
  const keysOf = (...keys: string[]) => keys.map((key) => ids[key]).sort();

  async function addSite(
    cookie: string,
    companyId: string,
    municipalityCode: string,
    at: { lat: number; lon: number },
  ) {
    const result = await callTrpc(
      app,
      'companies.addSite',
      { companyId, site: { name: `Plats ${Math.random()}`, streetAddress: 'Vägen 1', municipalityCode, ...at } },
      { cookie },
    );
    if (result.status !== 200) throw new Error(JSON.stringify(result.body));
    return (result.body.result as { data: { id: string } }).data.id;
  }
  async function post(key: string, cookie: string, companyId: string, fields: Record<string, unknown>) {
    const result = await callTrpc(
      app,
      'listings.create',
      {
        companyId,
        side: 'offer',
        type: 'material',
        quantity: 2,
        unit: 't',
        frequency: 'monthly',
        availableFrom: '2026-12-01',
        priceModel: 'free',
        publish: true,
        ...fields,
      },
      { cookie },
    );
    if (result.status !== 200) throw new Error(`${key}: ${JSON.stringify(result.body)}`);
    const data = (result.body.result as { data: { id: string; version: number } }).data;
    ids[key] = data.id;
    return data;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database, env);
    const ownerCompany = await createCompanyWithOwner(app);
    owner = ownerCompany.owner;
    ownerCompanyId = ownerCompany.company.id;
    const rivalCompany = await createCompanyWithOwner(app);
    rival = rivalCompany.owner;
    broker = await signUpStaff(app, database);

    // Facets: six listings over three municipalities, three category groups and both sides.
    const seat = { lat: 59.3, lon: 18.0 };
    const sites = {
      '0180': await addSite(owner.cookie, ownerCompanyId, '0180', seat),
      '0181': await addSite(owner.cookie, ownerCompanyId, '0181', seat),
      '0182': await addSite(owner.cookie, ownerCompanyId, '0182', seat),
    };
    const facetListing = (key: string, side: string, categoryId: string, municipality: keyof typeof sites) =>
      post(key, owner.cookie, ownerCompanyId, {
        title: `Fasettprov ${key}`,
        side,
        categoryId,
        siteId: sites[municipality],
        ...(categoryId === 'pallets' ? { unit: 'pallets', quantity: 10 } : {}),
      });
    await facetListing('f1', 'offer', 'pallets', '0180');
    await facetListing('f2', 'offer', 'aluminium-swarf', '0181');
    await facetListing('f3', 'need', 'pallets', '0182');
    await facetListing('f4', 'offer', 'glass-cullet', '0180');
    await facetListing('f5', 'need', 'aluminium-swarf', '0181');
    await facetListing('f6', 'offer', 'aluminium-swarf', '0182');

    // Distances: an anonymous listing at a hidden site; the rival's own markers, named, near p1.
    hiddenSiteId = await addSite(owner.cookie, ownerCompanyId, '0180', hidden);
    await post('anonymous', owner.cookie, ownerCompanyId, {
      title: 'Lägesprov hemlig',
      categoryId: 'steel-offcuts',
      siteId: hiddenSiteId,
      anonymous: true,
    });
    const markerAt = async (key: string, km: number) =>
      post(key, rival.cookie, rivalCompany.company.id, {
        title: `Lägesprov ${key}`,
        categoryId: 'steel-offcuts',
        siteId: await addSite(rival.cookie, rivalCompany.company.id, '0180', {
          lat: northOf(p1.lat, km),
          lon: p1.lon,
        }),
      });
    await markerAt('marker71', 7.1);
    await markerAt('marker745', 7.45);

    // Suggestions: a word each that only a public, a members-only, a draft and a closed listing holds.
    await post('publicWord', owner.cookie, ownerCompanyId, {
      title: 'Kvarnstenar av granit',
      categoryId: 'glass-cullet',
      siteId: sites['0180'],
    });
    await post('membersWord', owner.cookie, ownerCompanyId, {
      title: 'Medlemsordet blandskrot',
      categoryId: 'glass-cullet',
      siteId: sites['0180'],
      visibility: 'members',
    });
    await post('draftWord', owner.cookie, ownerCompanyId, {
      title: 'Utkastordet hemligt',
      categoryId: 'glass-cullet',
      siteId: sites['0180'],
      publish: false,
    });
    const closing = await post('closedWord', owner.cookie, ownerCompanyId, {
      title: 'Stängdordet gammalt',
      categoryId: 'glass-cullet',
      siteId: sites['0180'],
    });
    const closed = await callTrpc(
      app,
      'listings.close',
      { companyId: ownerCompanyId, listingId: closing.id, version: closing.version, reason: 'withdrawn' },
      { cookie: owner.cookie },
    );
    if (closed.status !== 200) throw new Error(JSON.stringify(closed.body));
    await database.db.delete(rateLimit);
    await applyIndexJobs(database, env);
  });
  afterAll(async () => {
    await dropEngineIndex(engineCase);
    await app?.close();
    await database?.close();
  });

  test('several values of one facet are OR-ed: two municipalities find the listings of both', async () => {
    const result = await asRival({ q: 'fasettprov', municipalities: ['0180', '0181'] });
    expect(idsOf(result)).toEqual(keysOf('f1', 'f2', 'f4', 'f5'));
    expect(result.total).toBe(4);
  });

  test('different facets are AND-ed: two municipalities and one category find what is in both', async () => {
    const result = await asRival({ q: 'fasettprov', municipalities: ['0180', '0181'], categories: ['metals'] });
    expect(idsOf(result)).toEqual(keysOf('f2', 'f5'));
    expect(result.total).toBe(2);
  });

  test('each facet is counted without its own filter, so unchosen values keep their counts', async () => {
    const result = await asRival({ q: 'fasettprov', municipalities: ['0180', '0181'], categories: ['metals'] });
    // Municipalities: the metals listings of every municipality, Nacka's too.
    expect(result.facets.municipality).toEqual({ '0181': 2, '0182': 1 });
    // Categories: every group in Stockholm and Södertälje, not only metals.
    expect(result.facets.category).toEqual({ metals: 2, 'paper-packaging': 1, glass: 1 });
    // Facets nobody chose count the hits themselves.
    expect(result.facets.side).toEqual({ offer: 1, need: 1 });

    const narrower = await asRival({
      q: 'fasettprov',
      municipalities: ['0180', '0181'],
      categories: ['metals'],
      side: ['offer'],
    });
    expect(idsOf(narrower)).toEqual(keysOf('f2'));
    expect(narrower.facets.side).toEqual({ offer: 1, need: 1 });
    expect(narrower.facets.municipality).toEqual({ '0181': 1, '0182': 1 });
    expect(narrower.facets.category).toEqual({ metals: 1, 'paper-packaging': 1, glass: 1 });
  });

  test("a facet's counts are those of the same search without that facet's filter", async () => {
    const chosen: SearchListingsInput = {
      q: 'fasettprov',
      municipalities: ['0180', '0182'],
      categories: ['paper-packaging'],
      side: ['need'],
    };
    const result = await asRival(chosen);
    const { municipalities: _m, ...withoutMunicipalities } = chosen;
    const { categories: _c, ...withoutCategories } = chosen;
    const { side: _s, ...withoutSide } = chosen;
    expect(result.facets.municipality).toEqual((await asRival(withoutMunicipalities)).facets.municipality);
    expect(result.facets.category).toEqual((await asRival(withoutCategories)).facets.category);
    expect(result.facets.side).toEqual((await asRival(withoutSide)).facets.side);
    expect(idsOf(result)).toEqual(keysOf('f3'));
  });

  test('both values of a two-valued facet find everything; a single value (as saved searches hold it) still works', async () => {
    const all = await asRival({ q: 'fasettprov' });
    expect((await asRival({ q: 'fasettprov', side: ['offer', 'need'] })).total).toBe(all.total);
    expect((await asRival({ q: 'fasettprov', hazardous: [true, false] })).total).toBe(all.total);
    expect(idsOf(await asRival({ q: 'fasettprov', side: 'need' }))).toEqual(keysOf('f3', 'f5'));
    expect(all.total).toBe(6);
    expect(Object.values(all.facets.side).reduce((sum, count) => sum + count, 0)).toBe(6);
  });

  test('a chip removed widens again: the facet counts follow the remaining filters', async () => {
    const before = await asRival({ q: 'fasettprov', municipalities: ['0180', '0181'], categories: ['metals'] });
    const after = await asRival({ q: 'fasettprov', municipalities: ['0180', '0181'] });
    expect(before.total).toBe(2);
    expect(after.total).toBe(4);
    expect(after.facets.municipality).toEqual({ '0180': 2, '0181': 2, '0182': 2 });
  });

  const anonymousHit = (result: Result) => result.hits.find((hit) => hit.id === ids.anonymous);

  test('trilateration: three near points tell a visitor and another company only the rounded distances', async () => {
    for (const cookie of [undefined, rival.cookie]) {
      const answers = [];
      for (const near of [p1, p2, p3])
        answers.push(anonymousHit(await found({ q: 'lägesprov', near }, cookie))?.distance);
      expect(answers).toEqual([
        { precision: 'rounded', km: 7 },
        { precision: 'rounded', km: 13 },
        { precision: 'under', km: 5 },
      ]);
    }
  });

  test('the company itself and IUC staff get the exact distance', async () => {
    for (const cookie of [owner.cookie, broker.cookie]) {
      expect(anonymousHit(await found({ q: 'lägesprov', near: p1 }, cookie))?.distance).toEqual({
        precision: 'exact',
        km: 7.3,
      });
    }
    // A named listing's distance is no secret to a member.
    const marker = (await asRival({ q: 'lägesprov', near: p1 })).hits.find((hit) => hit.id === ids.marker71);
    expect(marker?.distance).toEqual({ precision: 'exact', km: 7.1 });
  });

  test('a radius finer than a kilometre tells no more than the rounded distance', async () => {
    const seen = async (radiusKm: number, cookie: string | undefined) =>
      anonymousHit(await found({ q: 'lägesprov', near: { ...p1, radiusKm } }, cookie)) !== undefined;
    for (const cookie of [undefined, rival.cookie]) {
      // 7.3 km away: shown as 7 km, so it is within 7 km and more, and not within 6.9.
      for (const radiusKm of [7, 7.1, 7.2, 7.25, 7.29, 7.31, 7.5, 7.9]) expect(await seen(radiusKm, cookie)).toBe(true);
      expect(await seen(6.9, cookie)).toBe(false);
      // Under 5 km there is nothing to tell: any radius finds a listing 3 km away.
      expect(anonymousHit(await found({ q: 'lägesprov', near: { ...p3, radiusKm: 1 } }, cookie))).toBeDefined();
    }
    expect(await seen(7.29, owner.cookie)).toBe(false);
    expect(await seen(7.31, owner.cookie)).toBe(true);
  });

  test("sorting by distance puts an anonymous listing by its rounded distance among the rival's own markers", async () => {
    const order = async (cookie: string) =>
      (await found({ q: 'lägesprov', near: p1, sort: 'distance' }, cookie)).hits.map((hit) => hit.id);
    // 7.3 km shows as 7 km, so it sorts before the marker at 7.1 km: its place says nothing more.
    expect(await order(rival.cookie)).toEqual([ids.anonymous, ids.marker71, ids.marker745]);
    expect(await order(owner.cookie)).toEqual([ids.marker71, ids.anonymous, ids.marker745]);
  });

  test('moving the hidden site 300 m changes nothing an outsider can see', async () => {
    const outsiderView = async () => {
      const views = [];
      for (const cookie of [undefined, rival.cookie]) {
        for (const near of [p1, p2, p3]) {
          const result = await found({ q: 'lägesprov', near, sort: 'distance' }, cookie);
          views.push(result.hits.map((hit) => [hit.id, hit.distance]));
        }
      }
      return views;
    };
    const before = await outsiderView();
    const ownerBefore = anonymousHit(await found({ q: 'lägesprov', near: hidden }, owner.cookie))?.distance;
    const moved = await callTrpc(
      app,
      'companies.updateSite',
      {
        companyId: ownerCompanyId,
        siteId: hiddenSiteId,
        site: { name: 'Flyttad', streetAddress: 'Vägen 2', municipalityCode: '0180', lat: hidden.lat, lon: 18.0054 },
      },
      { cookie: owner.cookie },
    );
    expect(moved.status).toBe(200);
    await applyIndexJobs(database, env);
    expect(await outsiderView()).toEqual(before);
    // The owner sees the move: from the old spot, the site is now 0.3 km away.
    expect(ownerBefore).toEqual({ precision: 'exact', km: 0 });
    expect(anonymousHit(await found({ q: 'lägesprov', near: hidden }, owner.cookie))?.distance).toEqual({
      precision: 'exact',
      km: 0.3,
    });
  });

  async function suggest(q: string, cookie?: string) {
    const result = await callTrpc(app, 'search.suggest', { q }, { kind: 'query', ...(cookie ? { cookie } : {}) });
    expect(result.status).toBe(200);
    return (result.body.result as { data: { suggestions: string[] } }).data.suggestions;
  }

  test('suggestions hold words of listings the caller could find: public ones for everyone', async () => {
    expect(await suggest('kvarnst')).toEqual(['kvarnstenar']);
    expect(await suggest('kvarnst', rival.cookie)).toEqual(['kvarnstenar']);
  });

  test('a word only in a draft or a closed listing is never suggested, to anyone', async () => {
    for (const cookie of [undefined, rival.cookie, broker.cookie, owner.cookie]) {
      expect(await suggest('utkastor', cookie)).toEqual([]);
      expect(await suggest('stängdor', cookie)).toEqual([]);
    }
  });

  test('a word only in a members-only listing is suggested to members, never to visitors', async () => {
    expect(await suggest('medlemsor')).toEqual([]);
    expect(await suggest('medlemsor', rival.cookie)).toEqual(['medlemsordet']);
  });
});
