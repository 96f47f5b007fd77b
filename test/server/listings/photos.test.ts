import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import type { DatabaseHandle } from '../../../db/client';
import { auditEvents, listingPhotos, rateLimit, user } from '../../../db/schema/index';
import { createLocalFileStore } from '../../../server/files/file-store';
import { addListingPhoto } from '../../../server/listings/photos';
import { createTestDatabase } from '../../helpers/database';
import { createCompanyWithOwner, signUpPerson, type TestPerson } from '../../helpers/factories';
import { callTrpc } from '../../helpers/http';
import { createTestApp, type TestApp, testContext, testPublicUrl } from '../../helpers/test-app';

let database: DatabaseHandle;
let app: TestApp;
let dataDir: string;

beforeAll(async () => {
  database = await createTestDatabase();
  // The photos' files go to DATA_DIR/files: a folder of this file's own, not the developer's ./data.
  dataDir = mkdtempSync(path.join(tmpdir(), 'sidestream-photos-test-'));
  app = await createTestApp(database, { DATA_DIR: dataDir });
});
afterAll(async () => {
  await app?.close();
  await database?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});
// All requests come from one address; the per-IP sign-up limit is not what this file tests.
beforeEach(async () => {
  await database.db.delete(rateLimit);
});

const ownOrigin = { origin: testPublicUrl, host: new URL(testPublicUrl).host };

/** A camera photo: 3000 × 2000, turned on its side by its EXIF orientation, with a GPS position and a copyright. */
async function cameraPhoto(): Promise<Buffer> {
  return sharp({ create: { width: 3000, height: 2000, channels: 3, background: { r: 180, g: 120, b: 60 } } })
    .jpeg({ quality: 90 })
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Copyright: 'Fotograf X', Make: 'TestCam' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '59/1 19/1 4620/100',
        GPSLongitudeRef: 'E',
        GPSLongitude: '18/1 4/1 0/1',
      },
    })
    .toBuffer();
}

async function smallPhoto(format: 'jpeg' | 'png' | 'webp' = 'png'): Promise<Buffer> {
  return sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 40, g: 90, b: 160 } } })
    .toFormat(format)
    .toBuffer();
}

const data = <T>(result: Awaited<ReturnType<typeof callTrpc>>) => result.body.result?.data as T;

async function listingOf(owner: TestPerson, companyId: string, overrides: Record<string, unknown> = {}) {
  const profile = await callTrpc(app, 'companies.get', { companyId }, { cookie: owner.cookie, kind: 'query' });
  const siteId = data<{ sites: { id: string }[] }>(profile).sites[0]?.id;
  const created = await callTrpc(
    app,
    'listings.create',
    {
      companyId,
      side: 'offer',
      type: 'material',
      categoryId: 'aluminium-swarf',
      title: 'Aluminiumspån från fräsning',
      quantity: 2,
      unit: 't',
      frequency: 'monthly',
      availableFrom: '2026-12-01',
      siteId,
      priceModel: 'free',
      publish: true,
      ...overrides,
    },
    { cookie: owner.cookie },
  );
  if (created.status !== 200) throw new Error(`listing creation failed: ${JSON.stringify(created.body)}`);
  return data<{ id: string }>(created).id;
}

async function companyWithListing(overrides: Record<string, unknown> = {}) {
  const { owner, company } = await createCompanyWithOwner(app);
  return { owner, company, listingId: await listingOf(owner, company.id, overrides) };
}

function upload(
  listingId: string,
  bytes: Buffer,
  options: { cookie?: string; contentType?: string; headers?: Record<string, string> } = {},
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: `/api/listings/${listingId}/photos`,
    headers: {
      ...ownOrigin,
      'content-type': options.contentType ?? 'image/jpeg',
      ...(options.cookie ? { cookie: options.cookie } : {}),
      ...options.headers,
    },
    payload: bytes,
  });
}

function fetchPhoto(listingId: string, photoId: string, size: 'display' | 'thumbnail', cookie?: string) {
  return app.inject({
    method: 'GET',
    url: `/api/listings/${listingId}/photos/${photoId}/${size}`,
    headers: cookie ? { cookie } : {},
  });
}

function removePhoto(listingId: string, photoId: string, cookie: string) {
  return app.inject({
    method: 'DELETE',
    url: `/api/listings/${listingId}/photos/${photoId}`,
    headers: { ...ownOrigin, cookie },
  });
}

async function photoRows(listingId: string) {
  return database.db.select().from(listingPhotos).where(eq(listingPhotos.listingId, listingId));
}

/** Every file stored for the listing, wherever the FileStore put it under DATA_DIR/files. */
function storedFiles(listingId: string): string[] {
  const folder = path.join(dataDir, 'files', 'listings', listingId);
  return existsSync(folder) ? readdirSync(folder, { recursive: true }).map(String) : [];
}

const errorOf = (response: LightMyRequestResponse) =>
  (response.json() as { error: { message: string; field?: string | null } }).error;

test('an uploaded photo is stored upright as WebP in a display size and a thumbnail, without EXIF or GPS', async () => {
  const { owner, company, listingId } = await companyWithListing();
  const original = await cameraPhoto();
  expect((await sharp(original).metadata()).exif).toBeDefined();

  const response = await upload(listingId, original, { cookie: owner.cookie });

  expect(response.statusCode).toBe(201);
  const { id } = response.json() as { id: string };
  const [row] = await photoRows(listingId);
  // Orientation 6 turns the 3000 × 2000 picture into a portrait one.
  expect(row).toMatchObject({ id, position: 0, width: 1067, height: 1600 });
  for (const [size, longest] of [
    ['display', 1600],
    ['thumbnail', 400],
  ] as const) {
    const served = await fetchPhoto(listingId, id, size, owner.cookie);
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/webp');
    expect(served.headers['cache-control']).toBe('private, max-age=300');
    const metadata = await sharp(served.rawPayload).metadata();
    expect(metadata.format).toBe('webp');
    expect(Math.max(metadata.width, metadata.height)).toBe(longest);
    expect(metadata.height).toBeGreaterThan(metadata.width);
    expect(metadata.exif).toBeUndefined();
    expect(metadata.orientation).toBeUndefined();
  }
  expect(storedFiles(listingId).sort()).toEqual([`${id}-display.webp`, `${id}-thumbnail.webp`]);
  const [audit] = await database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityId, listingId), eq(auditEvents.action, 'listing.photo_added')));
  expect(audit).toMatchObject({ actingAs: 'member', actorUserId: owner.userId, companyId: company.id });
  expect(audit?.details).toEqual({ photoId: id });
});

test('PNG and WebP photos are accepted as well as JPEG', async () => {
  const { owner, listingId } = await companyWithListing();
  for (const format of ['png', 'webp'] as const) {
    const response = await upload(listingId, await smallPhoto(format), {
      cookie: owner.cookie,
      contentType: `image/${format}`,
    });
    expect(response.statusCode).toBe(201);
  }
  const rows = await photoRows(listingId);
  // Small images are not enlarged.
  expect(rows.map((row) => [row.position, row.width, row.height])).toEqual([
    [0, 800, 600],
    [1, 800, 600],
  ]);
});

test('the photos of a public active listing are shown to other people and to anonymous visitors', async () => {
  const { owner, listingId } = await companyWithListing();
  const { id } = (await upload(listingId, await smallPhoto('jpeg'), { cookie: owner.cookie })).json() as {
    id: string;
  };
  const stranger = await signUpPerson(app);

  expect((await fetchPhoto(listingId, id, 'display', stranger.cookie)).statusCode).toBe(200);
  expect((await fetchPhoto(listingId, id, 'thumbnail')).statusCode).toBe(200);
  const teaser = await callTrpc(app, 'listings.get', { listingId }, { kind: 'query' });
  expect(teaser.body.result?.data).toMatchObject({ view: 'teaser', photoCount: 1 });
});

test('the photos of a draft listing are shown only to its company', async () => {
  const { owner, listingId } = await companyWithListing({ publish: false });
  const added = await upload(listingId, await smallPhoto('jpeg'), { cookie: owner.cookie });
  expect(added.statusCode).toBe(201);
  const { id } = added.json() as { id: string };
  const stranger = await signUpPerson(app);

  expect((await fetchPhoto(listingId, id, 'display', owner.cookie)).statusCode).toBe(200);
  const forStranger = await fetchPhoto(listingId, id, 'display', stranger.cookie);
  expect(forStranger.statusCode).toBe(404);
  expect(errorOf(forStranger).message).toBe('validation.listingUnknown');
  expect((await fetchPhoto(listingId, id, 'thumbnail')).statusCode).toBe(404);
});

test('the photos of a members-only listing are not shown to anonymous visitors', async () => {
  const { owner, listingId } = await companyWithListing({ visibility: 'members' });
  const { id } = (await upload(listingId, await smallPhoto('jpeg'), { cookie: owner.cookie })).json() as {
    id: string;
  };
  expect((await fetchPhoto(listingId, id, 'display')).statusCode).toBe(404);
  expect((await fetchPhoto(listingId, id, 'display', (await signUpPerson(app)).cookie)).statusCode).toBe(200);
});

test('a PDF renamed .jpg is refused as not a photo, and nothing is written', async () => {
  const { owner, listingId } = await companyWithListing();
  const pdf = Buffer.from(
    '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  );

  const response = await upload(listingId, pdf, { cookie: owner.cookie, contentType: 'image/jpeg' });

  expect(response.statusCode).toBe(415);
  expect(errorOf(response)).toMatchObject({ message: 'validation.photoType', field: 'photo' });
  expect(await photoRows(listingId)).toHaveLength(0);
  expect(storedFiles(listingId)).toEqual([]);
});

test('a file that starts like a JPEG but is not one is refused as unreadable, and nothing is written', async () => {
  const { owner, listingId } = await companyWithListing();
  const truncated = (await smallPhoto('jpeg')).subarray(0, 200);

  const response = await upload(listingId, truncated, { cookie: owner.cookie });

  expect(response.statusCode).toBe(400);
  expect(errorOf(response)).toMatchObject({ message: 'validation.photoUnreadable', field: 'photo' });
  expect(await photoRows(listingId)).toHaveLength(0);
  expect(storedFiles(listingId)).toEqual([]);
});

test('a seventh photo is refused, and nothing is written', async () => {
  const { owner, listingId } = await companyWithListing();
  const photo = await smallPhoto();
  for (let added = 0; added < 6; added++) {
    expect((await upload(listingId, photo, { cookie: owner.cookie, contentType: 'image/png' })).statusCode).toBe(201);
  }

  const seventh = await upload(listingId, photo, { cookie: owner.cookie, contentType: 'image/png' });

  expect(seventh.statusCode).toBe(409);
  expect(errorOf(seventh)).toMatchObject({ message: 'validation.tooManyPhotos', field: 'photo' });
  expect(await photoRows(listingId)).toHaveLength(6);
  expect(storedFiles(listingId)).toHaveLength(12);
});

test('a 9 MB photo is refused as too large, over HTTP and through the service, and nothing is written', async () => {
  const { owner, listingId } = await companyWithListing();
  // A real JPEG with trailing bytes, which decoders ignore: only its size is wrong.
  const photo = await smallPhoto('jpeg');
  const nineMegabytes = Buffer.concat([photo, Buffer.alloc(9 * 1024 * 1024 - photo.length)]);

  const response = await upload(listingId, nineMegabytes, { cookie: owner.cookie });

  expect(response.statusCode).toBe(413);
  expect(errorOf(response)).toMatchObject({ message: 'validation.photoTooLarge', field: 'photo' });
  const ctx = testContext(database, {
    user: {
      id: owner.userId,
      name: owner.name,
      email: owner.email,
      platformRole: null,
      language: 'sv',
      sessionId: 'not-used',
    },
  });
  const fileStore = createLocalFileStore(path.join(dataDir, 'files'));
  await expect(addListingPhoto({ ctx, listingId, bytes: nineMegabytes, fileStore })).rejects.toMatchObject({
    name: 'ValidationError',
    message: 'validation.photoTooLarge',
    field: 'photo',
  });
  expect(await photoRows(listingId)).toHaveLength(0);
  expect(storedFiles(listingId)).toEqual([]);
});

test('a member of another company may neither add nor remove photos, and nothing is written', async () => {
  const { owner, listingId } = await companyWithListing();
  const { id } = (await upload(listingId, await smallPhoto('jpeg'), { cookie: owner.cookie })).json() as {
    id: string;
  };
  const { owner: outsider } = await createCompanyWithOwner(app);

  const added = await upload(listingId, await smallPhoto('jpeg'), { cookie: outsider.cookie });
  const removed = await removePhoto(listingId, id, outsider.cookie);

  expect(added.statusCode).toBe(403);
  expect(errorOf(added)).toMatchObject({ message: 'validation.notYourListing', field: 'listingId' });
  expect(removed.statusCode).toBe(403);
  expect((await photoRows(listingId)).map((row) => row.id)).toEqual([id]);
  expect(storedFiles(listingId)).toHaveLength(2);
});

test('an anonymous upload is refused with 401', async () => {
  const { listingId } = await companyWithListing();
  const response = await upload(listingId, await smallPhoto('jpeg'));
  expect(response.statusCode).toBe(401);
  expect(await photoRows(listingId)).toHaveLength(0);
});

test('a cross-site upload, or one sent as a form, is refused before anything is read', async () => {
  const { owner, listingId } = await companyWithListing();
  const photo = await smallPhoto('jpeg');

  const crossSite = await upload(listingId, photo, {
    cookie: owner.cookie,
    headers: { origin: 'https://evil.example' },
  });
  const asForm = await upload(listingId, photo, { cookie: owner.cookie, contentType: 'multipart/form-data' });
  const crossSiteDelete = await app.inject({
    method: 'DELETE',
    url: `/api/listings/${listingId}/photos/00000000-0000-4000-8000-000000000000`,
    headers: { cookie: owner.cookie, 'sec-fetch-site': 'cross-site' },
  });

  expect(crossSite.statusCode).toBe(403);
  expect(asForm.statusCode).toBe(415);
  expect(errorOf(asForm).message).toBe('validation.photoType');
  expect(crossSiteDelete.statusCode).toBe(403);
  expect(await photoRows(listingId)).toHaveLength(0);
  expect(storedFiles(listingId)).toEqual([]);
});

test('removing a photo deletes its row and files, and the next photo goes after the remaining ones', async () => {
  const { owner, listingId } = await companyWithListing();
  const photo = await smallPhoto('jpeg');
  const first = (await upload(listingId, photo, { cookie: owner.cookie })).json() as { id: string };
  const second = (await upload(listingId, photo, { cookie: owner.cookie })).json() as { id: string };

  const removed = await removePhoto(listingId, first.id, owner.cookie);

  expect(removed.statusCode).toBe(204);
  expect((await fetchPhoto(listingId, first.id, 'display', owner.cookie)).statusCode).toBe(404);
  expect(storedFiles(listingId).sort()).toEqual([`${second.id}-display.webp`, `${second.id}-thumbnail.webp`]);
  expect((await removePhoto(listingId, first.id, owner.cookie)).statusCode).toBe(404);
  const third = (await upload(listingId, photo, { cookie: owner.cookie })).json() as { id: string };
  const rows = await photoRows(listingId);
  expect(rows.map((row) => [row.id, row.position]).sort((a, b) => Number(a[1]) - Number(b[1]))).toEqual([
    [second.id, 1],
    [third.id, 2],
  ]);
  const [audit] = await database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityId, listingId), eq(auditEvents.action, 'listing.photo_removed')));
  expect(audit?.details).toEqual({ photoId: first.id });
});

test('IUC staff add photos only for a company that asked for help, recorded as done by the broker', async () => {
  const { owner, company, listingId } = await companyWithListing();
  const broker = await signUpPerson(app);
  await database.db.update(user).set({ platformRole: 'broker' }).where(eq(user.id, broker.userId));
  const photo = await smallPhoto('jpeg');

  expect((await upload(listingId, photo, { cookie: broker.cookie })).statusCode).toBe(403);
  await callTrpc(app, 'companies.update', { companyId: company.id, brokerAssistance: true }, { cookie: owner.cookie });
  const added = await upload(listingId, photo, { cookie: broker.cookie });

  expect(added.statusCode).toBe(201);
  const [audit] = await database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityId, listingId), eq(auditEvents.action, 'listing.photo_added')));
  expect(audit).toMatchObject({ actingAs: 'broker', actorUserId: broker.userId, companyId: company.id });
});

test('malformed ids and unknown sizes are answered with 404, not a database error', async () => {
  const { owner, listingId } = await companyWithListing();
  const { id } = (await upload(listingId, await smallPhoto('jpeg'), { cookie: owner.cookie })).json() as {
    id: string;
  };
  expect((await upload('not-a-uuid', await smallPhoto('jpeg'), { cookie: owner.cookie })).statusCode).toBe(404);
  expect((await fetchPhoto(listingId, 'not-a-uuid', 'display')).statusCode).toBe(404);
  const wrongSize = await app.inject({ method: 'GET', url: `/api/listings/${listingId}/photos/${id}/original` });
  expect(wrongSize.statusCode).toBe(404);
});

function reorder(listingId: string, photoIds: unknown, options: { cookie?: string; headers?: Record<string, string> }) {
  return app.inject({
    method: 'PUT',
    url: `/api/listings/${listingId}/photos/order`,
    headers: {
      ...ownOrigin,
      'content-type': 'application/json',
      ...(options.cookie ? { cookie: options.cookie } : {}),
      ...options.headers,
    },
    payload: JSON.stringify({ photoIds }),
  });
}

async function orderOf(listingId: string): Promise<string[]> {
  const rows = await photoRows(listingId);
  return rows.sort((a, b) => a.position - b.position).map((row) => row.id);
}

async function listingWithThreePhotos() {
  const { owner, company, listingId } = await companyWithListing();
  const photo = await smallPhoto('jpeg');
  const ids: string[] = [];
  for (let i = 0; i < 3; i++) {
    ids.push(((await upload(listingId, photo, { cookie: owner.cookie })).json() as { id: string }).id);
  }
  return { owner, company, listingId, ids: ids as [string, string, string] };
}

test('a member reorders the photos; the new first photo is the cover, shown first to everyone', async () => {
  const { owner, company, listingId, ids } = await listingWithThreePhotos();
  const [a, b, c] = ids;

  const response = await reorder(listingId, [c, a, b], { cookie: owner.cookie });

  expect(response.statusCode).toBe(200);
  expect(await orderOf(listingId)).toEqual([c, a, b]);
  const seen = await callTrpc(
    app,
    'listings.get',
    { listingId },
    { cookie: (await signUpPerson(app)).cookie, kind: 'query' },
  );
  expect(data<{ photos: { id: string }[] }>(seen).photos.map((photo) => photo.id)).toEqual([c, a, b]);
  const [audit] = await database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityId, listingId), eq(auditEvents.action, 'listing.photos_reordered')));
  expect(audit).toMatchObject({ actingAs: 'member', actorUserId: owner.userId, companyId: company.id });
  expect(audit?.details).toEqual({ from: [a, b, c], to: [c, a, b] });
});

test('a member of another company, an anonymous caller or a cross-site page cannot reorder the photos', async () => {
  const { listingId, ids } = await listingWithThreePhotos();
  const [a, b, c] = ids;
  const { owner: outsider } = await createCompanyWithOwner(app);

  const byOutsider = await reorder(listingId, [c, b, a], { cookie: outsider.cookie });
  const anonymous = await reorder(listingId, [c, b, a], {});
  const crossSite = await reorder(listingId, [c, b, a], {
    cookie: outsider.cookie,
    headers: { origin: 'https://evil.example' },
  });

  expect(byOutsider.statusCode).toBe(403);
  expect(errorOf(byOutsider)).toMatchObject({ message: 'validation.notYourListing', field: 'listingId' });
  expect(anonymous.statusCode).toBe(401);
  expect(crossSite.statusCode).toBe(403);
  expect(await orderOf(listingId)).toEqual([a, b, c]);
});

test('an order that leaves out, repeats or invents a photo is refused, and the order stays as it was', async () => {
  const { owner, listingId, ids } = await listingWithThreePhotos();
  const [a, b, c] = ids;
  const { listingId: otherListing, ids: otherIds } = await listingWithThreePhotos();

  const missing = await reorder(listingId, [b, a], { cookie: owner.cookie });
  const repeated = await reorder(listingId, [a, a, b], { cookie: owner.cookie });
  const foreign = await reorder(listingId, [a, b, otherIds[0]], { cookie: owner.cookie });
  const malformed = await reorder(listingId, ['not-a-uuid', b, c], { cookie: owner.cookie });
  const notAList = await reorder(listingId, 'a,b,c', { cookie: owner.cookie });

  for (const stale of [missing, repeated, foreign]) {
    expect(stale.statusCode).toBe(409);
    expect(errorOf(stale)).toMatchObject({ message: 'validation.photoOrderStale', field: 'photoIds' });
  }
  for (const bad of [malformed, notAList]) {
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad)).toMatchObject({ message: 'validation.photoOrder', field: 'photoIds' });
  }
  expect(await orderOf(listingId)).toEqual([a, b, c]);
  expect(await orderOf(otherListing)).toEqual(otherIds);
});
