import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DatabaseHandle } from '../../../db/client';
import { rateLimit } from '../../../db/schema/index';
import type { SearchListingsInput } from '../../../shared/search/schemas';
import { createTestDatabase } from '../../helpers/database';
import { createCompanyWithOwner, createCompanyWithSite, signUpPerson, type TestPerson } from '../../helpers/factories';
import { callTrpc } from '../../helpers/http';
import { createTestApp, type TestApp } from '../../helpers/test-app';
import { applyIndexJobs as applyEngineIndexJobs, contractEngines, dropEngineIndex, northOf } from './contract-engines';

/**
 * The search contract: the same cases against every engine that is available (contract-engines.ts).
 * facets-contract.test.ts holds the facet and confidentiality cases.
 */
const engines = contractEngines('search contract');
const origin = { lat: 59.0, lon: 18.0 };
const northBy = (km: number) => northOf(origin.lat, km);

type Hit = { id: string; title: string; view: string; company?: { name: string } | null; description?: string };
type Result = { hits: Hit[]; total: number; facets: Record<string, Record<string, number>> };
const titles = (result: Result) => result.hits.map((hit) => hit.title);

describe.each(engines)('search contract: $engine engine', ({ engine, env }) => {
  let database: DatabaseHandle;
  let app: TestApp;
  let owner: TestPerson;
  let stranger: TestPerson;
  let companyName: string;
  let companyId: string;
  const ids: Record<string, string> = {};
  const siteIds: Record<string, string> = {};

  const applyIndexJobs = () => applyEngineIndexJobs(database, env);
  async function search(input: SearchListingsInput, cookie?: string) {
    return callTrpc(app, 'search.listings', input, { kind: 'query', ...(cookie ? { cookie } : {}) });
  }
  async function found(input: SearchListingsInput, cookie: string | undefined = stranger.cookie): Promise<Result> {
    const result = await search(input, cookie);
    if (result.status !== 200) throw new Error(JSON.stringify(result.body));
    return (result.body.result as { data: Result }).data;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp(database, env);
    const created = await createCompanyWithOwner(app);
    owner = created.owner;
    companyName = created.company.name;
    stranger = await signUpPerson(app);
    companyId = created.company.id;
    const site = async (km: number) => {
      const result = await callTrpc(
        app,
        'companies.addSite',
        {
          companyId,
          site: {
            name: `Plats ${km}`,
            streetAddress: 'Vägen 1',
            municipalityCode: '0180',
            lat: northBy(km),
            lon: origin.lon,
          },
        },
        { cookie: owner.cookie },
      );
      const id = (result.body.result as { data: { id: string } }).data.id;
      siteIds[km] = id;
      return id;
    };
    const near = await site(5);
    const steelSite = await site(6);
    const inside = await site(29.9);
    const outside = await site(30.1);
    const post = async (key: string, fields: Record<string, unknown>) => {
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
          siteId: near,
          priceModel: 'free',
          publish: true,
          ...fields,
        },
        { cookie: owner.cookie },
      );
      if (result.status !== 200) throw new Error(`${key}: ${JSON.stringify(result.body)}`);
      ids[key] = (result.body.result as { data: { id: string } }).data.id;
    };
    await post('swarf', {
      title: 'Aluminiumspån från fräsning',
      categoryId: 'aluminium-swarf',
      description: 'Rena spån av 6061.',
    });
    await post('pall', { title: 'Begagnad pall i trä', categoryId: 'pallets', unit: 'pallets', quantity: 40 });
    await post('pallet', {
      title: 'Wooden pallet lot',
      categoryId: 'pallets',
      unit: 'pallets',
      quantity: 10,
      language: 'en',
    });
    await post('steel', { title: 'Kapbitar av rostfritt stål', categoryId: 'stainless-offcuts', siteId: steelSite });
    await post('cardboard', { title: 'Balar i lager', categoryId: 'cardboard', description: 'Pressade balar.' });
    await post('copperTitle', { title: 'Koppar i burar', categoryId: 'copper-scrap' });
    await post('copperText', {
      title: 'Blandade metaller',
      categoryId: 'copper-scrap',
      description: 'Mest mässing, lite koppar.',
    });
    await post('anonymous', { title: 'Hemlig aluminiumrest', categoryId: 'aluminium-swarf', anonymous: true });
    await post('membersOnly', {
      title: 'Aluminium för medlemmar',
      categoryId: 'aluminium-swarf',
      visibility: 'members',
    });
    await post('draft', { title: 'Utkast med aluminium', categoryId: 'aluminium-swarf', publish: false });
    await post('xss', { title: '<img src=x onerror=alert(1)> aluminium', categoryId: 'aluminium-swarf' });
    await post('inside', { title: 'Gränsfall innanför', categoryId: 'steel-offcuts', siteId: inside });
    await post('outside', { title: 'Gränsfall utanför', categoryId: 'steel-offcuts', siteId: outside });
    await database.db.delete(rateLimit);
    await applyIndexJobs();
  });
  afterAll(async () => {
    await dropEngineIndex({ engine, env });
    await app?.close();
    await database?.close();
  });

  test('Swedish and English stemming: "pallar" finds "pall", "pallets" finds "pallet"', async () => {
    expect(titles(await found({ q: 'pallar' }))).toContain('Begagnad pall i trä');
    expect(titles(await found({ q: 'pallets' }))).toContain('Wooden pallet lot');
  });

  test('accents are folded: "stal" finds "stål"', async () => {
    expect(titles(await found({ q: 'rostfritt stal' }))).toContain('Kapbitar av rostfritt stål');
  });

  test('prefixes match as you type: "alumin" finds "Aluminiumspån"', async () => {
    expect(titles(await found({ q: 'alumin' }))).toContain('Aluminiumspån från fräsning');
  });

  test('a typo in a word of five letters or more still finds it: "kartonng"', async () => {
    expect(titles(await found({ q: 'kartonng' }))).toContain('Balar i lager');
  });

  test('category names are searchable in both languages: "cardboard" finds Wellpapp och kartong', async () => {
    expect(titles(await found({ q: 'cardboard' }))).toContain('Balar i lager');
  });

  test('synonyms from shared/ apply: "swarf" finds Swedish "spån"', async () => {
    expect(titles(await found({ q: 'swarf' }))).toContain('Aluminiumspån från fräsning');
  });

  test('a word in the title ranks above the same word in the description', async () => {
    const result = await found({ q: 'koppar', categories: ['copper-scrap'] });
    expect(titles(result).slice(0, 2)).toEqual(['Koppar i burar', 'Blandade metaller']);
  });

  test('drafts never appear, and members-only listings never for visitors who are not signed in', async () => {
    const signedIn = titles(await found({ q: 'aluminium' }));
    expect(signedIn).not.toContain('Utkast med aluminium');
    expect(signedIn).toContain('Aluminium för medlemmar');
    const visitor = titles(await found({ q: 'aluminium' }, ''));
    expect(visitor).not.toContain('Aluminium för medlemmar');
    expect(visitor).not.toContain('Utkast med aluminium');
  });

  test('an anonymous listing never reveals its company, except to the company itself', async () => {
    const forStranger = (await found({ q: 'hemlig' })).hits.find((hit) => hit.id === ids.anonymous);
    expect(forStranger?.company).toBeNull();
    expect(JSON.stringify(await found({ q: 'hemlig' }))).not.toContain(companyName);
    const forOwner = (await found({ q: 'hemlig' }, owner.cookie)).hits.find((hit) => hit.id === ids.anonymous);
    expect(forOwner?.company?.name).toBe(companyName);
  });

  test('visitors who are not signed in get teaser fields only', async () => {
    const [hit] = (await found({ q: 'fräsning' }, '')).hits;
    expect(hit?.view).toBe('teaser');
    expect(hit).not.toHaveProperty('description');
    expect(hit).not.toHaveProperty('company');
    expect(hit).not.toHaveProperty('snippet');
  });

  test('facet counts add up to the number of matching hits', async () => {
    const result = await found({ q: 'aluminium', pageSize: 2 });
    expect(result.total).toBeGreaterThan(2);
    expect(result.hits).toHaveLength(2);
    for (const facet of ['side', 'type', 'category', 'municipality', 'priceModel', 'hazardous']) {
      expect(Object.values(result.facets[facet] ?? {}).reduce((sum, count) => sum + count, 0)).toBe(result.total);
    }
  });

  test('the radius is exact at the border: 29.9 km in, 30.1 km out', async () => {
    const result = await found({ q: 'gränsfall', near: { ...origin, radiusKm: 30 }, sort: 'distance' });
    expect(titles(result)).toEqual(['Gränsfall innanför']);
    const wider = await found({ q: 'gränsfall', near: { ...origin, radiusKm: 31 }, sort: 'distance' });
    expect(titles(wider)).toEqual(['Gränsfall innanför', 'Gränsfall utanför']);
  });

  test('query syntax in the text is searched literally and never answers 500', async () => {
    for (const q of ['& | ! ( ) : * " \' \\ AND OR _geoRadius', "alu:* & !(stål) | 'x'", '""', '\\\\', '<->', '']) {
      const result = await search({ q });
      expect(result.status).toBe(200);
    }
  });

  test('markup in a title comes back as inert text, in the hit and in the snippet', async () => {
    const result = await found({ q: 'onerror aluminium' });
    const hit = result.hits.find((candidate) => candidate.id === ids.xss) as unknown as {
      title: string;
      snippet: { text: string; highlight: boolean }[];
    };
    expect(hit.title).toBe('<img src=x onerror=alert(1)> aluminium');
    // Segments of plain text: whatever the engine cut, the client renders it as text, and no markup is added.
    const text = hit.snippet.map((segment) => segment.text).join('');
    expect(hit.title).toContain(text.trim());
    expect(hit.snippet.some((segment) => segment.highlight && segment.text.toLowerCase() === 'aluminium')).toBe(true);
  });

  test('pageSize 51 and a 201-character query are refused', async () => {
    expect((await search({ pageSize: 51 })).status).toBe(400);
    expect((await search({ q: 'a'.repeat(201) })).status).toBe(400);
  });

  test('suggestions complete the word being typed, accents folded, from titles and categories', async () => {
    const suggest = async (q: string) => {
      const result = await callTrpc(app, 'search.suggest', { q }, { kind: 'query' });
      expect(result.status).toBe(200);
      return (result.body.result as { data: { suggestions: string[] } }).data.suggestions;
    };
    expect(await suggest('Alumin')).toContain('Aluminiumspån');
    expect(await suggest('alumin')).toContain('aluminiumspån');
    expect(await suggest('rostfritt sta')).toContain('rostfritt stål');
    expect(await suggest('kartonng')).toEqual([]);
    // A finished word (the text ends in a space) and query syntax get nothing, never an error.
    expect(await suggest('alumin ')).toEqual([]);
    expect(await suggest('%_\\')).toEqual([]);
    expect(await suggest('a%')).toEqual([]);
  });

  test('a listing is found again after its site is moved, at its new position', async () => {
    const moved = await callTrpc(
      app,
      'companies.updateSite',
      {
        companyId,
        siteId: siteIds[6],
        site: {
          name: 'Flyttad',
          streetAddress: 'Vägen 2',
          municipalityCode: '0180',
          lat: northBy(100),
          lon: origin.lon,
        },
      },
      { cookie: owner.cookie },
    );
    expect(moved.status).toBe(200);
    await applyIndexJobs();
    expect(titles(await found({ q: 'rostfritt', near: { ...origin, radiusKm: 50 } }))).not.toContain(
      'Kapbitar av rostfritt stål',
    );
    expect(titles(await found({ q: 'rostfritt', near: { ...origin, radiusKm: 101 } }))).toContain(
      'Kapbitar av rostfritt stål',
    );
  });

  test('a closed company disappears from search', async () => {
    const other = await createCompanyWithSite(app);
    const siteId = other.siteId;
    const listing = await callTrpc(
      app,
      'listings.create',
      {
        companyId: other.company.id,
        side: 'offer',
        type: 'material',
        title: 'Glaskross från stängt bolag',
        categoryId: 'glass-cullet',
        quantity: 3,
        unit: 't',
        frequency: 'monthly',
        availableFrom: '2026-12-01',
        siteId,
        priceModel: 'free',
        publish: true,
      },
      { cookie: other.owner.cookie },
    );
    expect(listing.status).toBe(200);
    await applyIndexJobs();
    expect(titles(await found({ q: 'glaskross' }))).toContain('Glaskross från stängt bolag');
    const closed = await callTrpc(
      app,
      'companies.close',
      { companyId: other.company.id, confirmName: other.company.name },
      { cookie: other.owner.cookie },
    );
    expect(closed.status).toBe(200);
    await applyIndexJobs();
    expect(titles(await found({ q: 'glaskross' }))).not.toContain('Glaskross från stängt bolag');
  });
});
