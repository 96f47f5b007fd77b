import { fromNodeHeaders } from 'better-auth/node';
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { maxPhotoBytes, maxPhotosPerListing } from '../../shared/listings/schemas';
import { crossSiteRefusal } from '../app';
import type { AppContext } from '../context';
import { DomainError, NotFoundError, ValidationError } from '../errors';
import type { Runtime } from '../runtime';
import {
  acceptedPhotoTypes,
  addListingPhoto,
  photoSizes,
  readListingPhoto,
  removeListingPhoto,
  reorderListingPhotos,
} from './photos';

// Photos travel as raw image bodies, not through tRPC, which speaks JSON only.

const statusByError = new Map<string, number>([
  ['NotFoundError', 404],
  ['ForbiddenError', 403],
  ['UnauthorizedError', 401],
  ['ConflictError', 409],
  ['ValidationError', 400],
  ['RateLimitedError', 429],
  ['ServiceUnavailableError', 503],
]);
/** The upload's own faults have HTTP statuses of their own, so a client can tell them apart without the body. */
const statusByMessage = new Map<string, number>([
  ['validation.photoTooLarge', 413],
  ['validation.photoType', 415],
]);

const photoTooLarge = () =>
  new ValidationError('validation.photoTooLarge', {
    field: 'photo',
    params: { maxMegabytes: String(maxPhotoBytes / (1024 * 1024)) },
  });

const uuid = z.uuid();

const PhotoOrderSchema = z.strictObject({
  photoIds: z.array(z.uuid()).max(maxPhotosPerListing),
});

/** A malformed id names nothing: 404, rather than a database error about uuid syntax. */
function idParam(value: string, field: 'listingId' | 'photoId'): string {
  if (uuid.safeParse(value).success) return value;
  throw new NotFoundError(field === 'listingId' ? 'validation.listingUnknown' : 'validation.photoUnknown', { field });
}

type ListingParams = { listingId: string };
type PhotoParams = ListingParams & { photoId: string };

/**
 * POST   /api/listings/:listingId/photos                 body: the image (image/jpeg, image/png or image/webp)
 * DELETE /api/listings/:listingId/photos/:photoId
 * PUT    /api/listings/:listingId/photos/order           body: { "photoIds": [...] } as JSON, every photo once, cover first
 * GET    /api/listings/:listingId/photos/:photoId/:size  size: display | thumbnail; always WebP
 * Errors answer { error: { message, field, params } } with the same i18n keys as tRPC's field errors.
 */
export async function registerListingPhotoRoutes(app: FastifyInstance, runtime: Runtime): Promise<void> {
  const contextOf = (request: FastifyRequest): Promise<AppContext> =>
    runtime.contextFor({ headers: fromNodeHeaders(request.headers), log: request.log });

  await app.register(async (scope) => {
    scope.addContentTypeParser([...acceptedPhotoTypes], { parseAs: 'buffer' }, (_request, body, done) =>
      done(null, body),
    );

    scope.addHook('onRequest', async (request, reply) => {
      if (request.method !== 'POST' && request.method !== 'DELETE' && request.method !== 'PUT') return;
      reply.header('cache-control', 'no-store');
      // An upload carries one of the image types (never JSON or a form); a new order is JSON; a DELETE carries nothing.
      const bodyTypes = { POST: acceptedPhotoTypes, PUT: ['application/json'], DELETE: null }[request.method];
      const refusal = crossSiteRefusal(request, runtime.config.publicUrl, bodyTypes);
      if (!refusal) return;
      const error =
        refusal.status === 415 ? { message: 'validation.photoType', field: 'photo' } : { message: refusal.message };
      return reply.code(refusal.status).send({ error });
    });

    scope.setErrorHandler<FastifyError>((error, request, reply) => {
      if (error instanceof DomainError) {
        const status = statusByMessage.get(error.message) ?? statusByError.get(error.name) ?? 500;
        return reply.code(status).send({
          error: { message: error.message, field: error.field ?? null, params: error.params ?? null },
        });
      }
      // Fastify stops reading at the body limit; say so in the same words as the service's own check.
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
        const tooLarge = photoTooLarge();
        return reply
          .code(413)
          .send({ error: { message: tooLarge.message, field: tooLarge.field, params: tooLarge.params } });
      }
      if (error.statusCode !== undefined && error.statusCode < 500) {
        return reply.code(error.statusCode).send({ error: { message: error.message, field: null } });
      }
      request.log.error({ err: error }, 'photo request failed');
      const message = runtime.config.isProduction ? 'Internal server error' : error.message;
      return reply.code(500).send({ error: { message, field: null } });
    });

    // The limit is the photo limit itself: Fastify refuses a larger upload (by its Content-Length,
    // before buffering it) and the error handler above answers with the same field message as the
    // service, which checks the size again for callers that do not come through HTTP.
    scope.post<{ Params: ListingParams }>(
      '/api/listings/:listingId/photos',
      { bodyLimit: maxPhotoBytes },
      async (request, reply) => {
        const listingId = idParam(request.params.listingId, 'listingId');
        if (!Buffer.isBuffer(request.body)) throw new ValidationError('validation.photoType', { field: 'photo' });
        const ctx = await contextOf(request);
        const photo = await addListingPhoto({ ctx, listingId, bytes: request.body, fileStore: runtime.fileStore() });
        return reply.code(201).send(photo);
      },
    );

    scope.delete<{ Params: PhotoParams }>('/api/listings/:listingId/photos/:photoId', async (request, reply) => {
      const listingId = idParam(request.params.listingId, 'listingId');
      const photoId = idParam(request.params.photoId, 'photoId');
      const ctx = await contextOf(request);
      await removeListingPhoto({ ctx, listingId, photoId, fileStore: runtime.fileStore() });
      return reply.code(204).send();
    });

    scope.put<{ Params: ListingParams }>('/api/listings/:listingId/photos/order', async (request, reply) => {
      const listingId = idParam(request.params.listingId, 'listingId');
      const parsed = PhotoOrderSchema.safeParse(request.body);
      if (!parsed.success) throw new ValidationError('validation.photoOrder', { field: 'photoIds' });
      const ctx = await contextOf(request);
      const photos = await reorderListingPhotos({ ctx, listingId, photoIds: parsed.data.photoIds });
      return reply.code(200).send({ photos });
    });

    scope.get<{ Params: PhotoParams & { size: string } }>(
      '/api/listings/:listingId/photos/:photoId/:size',
      async (request, reply) => {
        const listingId = idParam(request.params.listingId, 'listingId');
        const photoId = idParam(request.params.photoId, 'photoId');
        const size = photoSizes.find((known) => known === request.params.size);
        if (!size) throw new NotFoundError('validation.photoSize', { field: 'size' });
        const ctx = await contextOf(request);
        const file = await readListingPhoto({ ctx, listingId, photoId, size, fileStore: runtime.fileStore() });
        // Private and short: a listing can turn into a draft, and its photos must then stop showing.
        return reply.header('cache-control', 'private, max-age=300').type(file.contentType).send(file.bytes);
      },
    );
  });
}
