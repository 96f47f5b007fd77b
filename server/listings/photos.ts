import { randomUUID } from 'node:crypto';
import { and, asc, count, eq, max } from 'drizzle-orm';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { companies, listingPhotos, listings } from '../../db/schema/index';
import { maxPhotoBytes, maxPhotosPerListing } from '../../shared/listings/schemas';
import { recordAudit } from '../audit/service';
import type { AppContext, SessionUser } from '../context';
import { ConflictError, ForbiddenError, NotFoundError, UnauthorizedError, ValidationError } from '../errors';
import type { FileStore } from '../files/file-store';
import { membershipOf } from '../trpc';
import { getListing } from './service';

export const photoSizes = ['display', 'thumbnail'] as const;
export type PhotoSize = (typeof photoSizes)[number];

/** What an upload may be, judged from its bytes: the declared type and the file name prove nothing. */
export const acceptedPhotoTypes = ['image/jpeg', 'image/png', 'image/webp'] as const;

/** Longest side in pixels; smaller images are not enlarged. */
const longestSide: Record<PhotoSize, number> = { display: 1600, thumbnail: 400 };
const webpQuality: Record<PhotoSize, number> = { display: 82, thumbnail: 75 };

/**
 * An 8 MB PNG of one colour can claim 20 000 × 20 000 pixels and take gigabytes to decode;
 * 100 megapixels is more than any phone or camera photo at full size.
 */
const maxInputPixels = 100_000_000;

type EditableListing = { id: string; companyId: string; status: string; actingAs: 'member' | 'broker' };

function signedInUser(ctx: AppContext): SessionUser {
  if (!ctx.user) throw new UnauthorizedError('Sign in first');
  return ctx.user;
}

/**
 * The listing, if this person may change its photos: a member of its company, or IUC staff
 * when the company asked for help (the same rule as for editing the listing itself).
 */
async function editableListing(ctx: AppContext, user: SessionUser, listingId: string): Promise<EditableListing> {
  const [row] = await ctx.db
    .select({
      id: listings.id,
      companyId: listings.companyId,
      status: listings.status,
      companyStatus: companies.status,
      brokerAssistance: companies.brokerAssistance,
    })
    .from(listings)
    .innerJoin(companies, eq(companies.id, listings.companyId))
    .where(eq(listings.id, listingId));
  if (row?.companyStatus !== 'active') throw new NotFoundError('validation.listingUnknown', { field: 'listingId' });
  if (await membershipOf(ctx, user, row.companyId)) return { ...row, actingAs: 'member' };
  const staff = user.platformRole === 'broker' || user.platformRole === 'admin';
  if (staff && row.brokerAssistance) return { ...row, actingAs: 'broker' };
  throw new ForbiddenError('validation.notYourListing', { field: 'listingId' });
}

async function photoCount(db: Pick<AppContext['db'], 'select'>, listingId: string): Promise<number> {
  const [row] = await db.select({ count: count() }).from(listingPhotos).where(eq(listingPhotos.listingId, listingId));
  return Number(row?.count ?? 0);
}

function tooManyPhotos(): ConflictError {
  return new ConflictError('validation.tooManyPhotos', {
    field: 'photo',
    params: { max: String(maxPhotosPerListing) },
  });
}

/** Checks the bytes, not the name or the declared type: a PDF renamed .jpg is still a PDF. */
async function assertAcceptedPhoto(bytes: Buffer): Promise<void> {
  if (bytes.length > maxPhotoBytes) {
    throw new ValidationError('validation.photoTooLarge', {
      field: 'photo',
      params: { maxMegabytes: String(maxPhotoBytes / (1024 * 1024)) },
    });
  }
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected || !(acceptedPhotoTypes as readonly string[]).includes(detected.mime)) {
    throw new ValidationError('validation.photoType', { field: 'photo' });
  }
}

type Rendition = { bytes: Buffer; width: number; height: number };

/**
 * Upright (EXIF orientation applied), scaled down, re-encoded as WebP. sharp writes no metadata
 * unless asked, so EXIF (GPS position, camera serial numbers) never reaches the stored files.
 */
async function render(bytes: Buffer, size: PhotoSize): Promise<Rendition> {
  const side = longestSide[size];
  try {
    const { data, info } = await sharp(bytes, { limitInputPixels: maxInputPixels })
      .autoOrient()
      .resize({ width: side, height: side, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: webpQuality[size] })
      .toBuffer({ resolveWithObject: true });
    return { bytes: data, width: info.width, height: info.height };
  } catch (error) {
    // Right magic bytes but a truncated or corrupt body, or too many pixels.
    throw new ValidationError('validation.photoUnreadable', { field: 'photo', cause: error });
  }
}

const photoKey = (listingId: string, photoId: string, size: PhotoSize) =>
  `listings/${listingId}/${photoId}-${size}.webp`;

/** Adds a photo to the end of the listing's photos. The original upload is not kept. */
export async function addListingPhoto({
  ctx,
  listingId,
  bytes,
  fileStore,
}: {
  ctx: AppContext;
  listingId: string;
  bytes: Buffer;
  fileStore: FileStore;
}) {
  const user = signedInUser(ctx);
  const listing = await editableListing(ctx, user, listingId);
  // Like its other fields, a closed listing's photos are final; removing one stays possible.
  if (listing.status === 'closed') throw new ConflictError('validation.listingClosed', { field: 'listingId' });
  // Checked before the work of resizing, and again under the row lock below for concurrent uploads.
  if ((await photoCount(ctx.db, listingId)) >= maxPhotosPerListing) throw tooManyPhotos();
  await assertAcceptedPhoto(bytes);
  const [display, thumbnail] = await Promise.all([render(bytes, 'display'), render(bytes, 'thumbnail')]);

  const photoId = randomUUID();
  const keys = {
    display: photoKey(listingId, photoId, 'display'),
    thumbnail: photoKey(listingId, photoId, 'thumbnail'),
  };
  const removeFiles = () => Promise.all([fileStore.delete(keys.display), fileStore.delete(keys.thumbnail)]);
  // Files first, row second: a row never points at a missing file; a failure below removes the files again.
  try {
    await fileStore.put(keys.display, display.bytes, 'image/webp');
    await fileStore.put(keys.thumbnail, thumbnail.bytes, 'image/webp');
    return await ctx.db.transaction(async (tx) => {
      await tx.select({ id: listings.id }).from(listings).where(eq(listings.id, listingId)).for('update');
      if ((await photoCount(tx, listingId)) >= maxPhotosPerListing) throw tooManyPhotos();
      const [last] = await tx
        .select({ position: max(listingPhotos.position) })
        .from(listingPhotos)
        .where(eq(listingPhotos.listingId, listingId));
      const [created] = await tx
        .insert(listingPhotos)
        .values({
          id: photoId,
          listingId,
          position: (last?.position ?? -1) + 1,
          displayKey: keys.display,
          thumbnailKey: keys.thumbnail,
          width: display.width,
          height: display.height,
          // The size of what is served, not of the upload, which is gone.
          bytes: display.bytes.length,
        })
        .returning({
          id: listingPhotos.id,
          position: listingPhotos.position,
          width: listingPhotos.width,
          height: listingPhotos.height,
        });
      if (!created) throw new Error('insert returned no photo');
      await recordAudit(tx, {
        actorUserId: user.id,
        companyId: listing.companyId,
        actingAs: listing.actingAs,
        action: 'listing.photo_added',
        entityType: 'listing',
        entityId: listingId,
        details: { photoId },
      });
      return created;
    });
  } catch (error) {
    await removeFiles().catch((cleanupError) =>
      ctx.log.warn({ err: cleanupError, photoId }, 'could not remove the files of a photo that was not saved'),
    );
    throw error;
  }
}

export async function removeListingPhoto({
  ctx,
  listingId,
  photoId,
  fileStore,
}: {
  ctx: AppContext;
  listingId: string;
  photoId: string;
  fileStore: FileStore;
}): Promise<void> {
  const user = signedInUser(ctx);
  const listing = await editableListing(ctx, user, listingId);
  const removed = await ctx.db.transaction(async (tx) => {
    const [photo] = await tx
      .delete(listingPhotos)
      .where(and(eq(listingPhotos.id, photoId), eq(listingPhotos.listingId, listingId)))
      .returning({ displayKey: listingPhotos.displayKey, thumbnailKey: listingPhotos.thumbnailKey });
    if (!photo) throw new NotFoundError('validation.photoUnknown', { field: 'photoId' });
    await recordAudit(tx, {
      actorUserId: user.id,
      companyId: listing.companyId,
      actingAs: listing.actingAs,
      action: 'listing.photo_removed',
      entityType: 'listing',
      entityId: listingId,
      details: { photoId },
    });
    return photo;
  });
  // After the commit: if this fails, an unreferenced file is left behind, never a row without its file.
  await Promise.all([fileStore.delete(removed.displayKey), fileStore.delete(removed.thumbnailKey)]);
}

/**
 * Puts the listing's photos in the order given (the first is the cover). The ids must be exactly
 * the listing's photos: a list made from a stale page (a photo added or removed since) is refused,
 * so two people reordering at once cannot drop or duplicate a photo.
 */
export async function reorderListingPhotos({
  ctx,
  listingId,
  photoIds,
}: {
  ctx: AppContext;
  listingId: string;
  photoIds: readonly string[];
}) {
  const user = signedInUser(ctx);
  const listing = await editableListing(ctx, user, listingId);
  if (listing.status === 'closed') throw new ConflictError('validation.listingClosed', { field: 'listingId' });
  return ctx.db.transaction(async (tx) => {
    await tx.select({ id: listings.id }).from(listings).where(eq(listings.id, listingId)).for('update');
    const current = await tx
      .select({ id: listingPhotos.id })
      .from(listingPhotos)
      .where(eq(listingPhotos.listingId, listingId))
      .orderBy(asc(listingPhotos.position));
    const known = new Set(current.map((photo) => photo.id));
    const sameSet = photoIds.length === known.size && new Set(photoIds).size === known.size;
    if (!sameSet || photoIds.some((id) => !known.has(id))) {
      throw new ConflictError('validation.photoOrderStale', { field: 'photoIds' });
    }
    for (const [position, photoId] of photoIds.entries()) {
      await tx
        .update(listingPhotos)
        .set({ position })
        .where(and(eq(listingPhotos.id, photoId), eq(listingPhotos.listingId, listingId)));
    }
    await recordAudit(tx, {
      actorUserId: user.id,
      companyId: listing.companyId,
      actingAs: listing.actingAs,
      action: 'listing.photos_reordered',
      entityType: 'listing',
      entityId: listingId,
      details: { from: current.map((photo) => photo.id), to: photoIds },
    });
    return photoIds.map((id, position) => ({ id, position }));
  });
}

/** A photo is visible exactly when its listing is, to the same people (anonymous visitors of public listings too). */
export async function readListingPhoto({
  ctx,
  listingId,
  photoId,
  size,
  fileStore,
}: {
  ctx: AppContext;
  listingId: string;
  photoId: string;
  size: PhotoSize;
  fileStore: FileStore;
}) {
  await getListing({ ctx, input: { listingId } });
  const [photo] = await ctx.db
    .select({ displayKey: listingPhotos.displayKey, thumbnailKey: listingPhotos.thumbnailKey })
    .from(listingPhotos)
    .where(and(eq(listingPhotos.id, photoId), eq(listingPhotos.listingId, listingId)));
  const notFound = new NotFoundError('validation.photoUnknown', { field: 'photoId' });
  if (!photo) throw notFound;
  const file = await fileStore.get(size === 'display' ? photo.displayKey : photo.thumbnailKey);
  if (!file) {
    ctx.log.error({ listingId, photoId, size }, 'photo row without its file');
    throw notFound;
  }
  return file;
}
