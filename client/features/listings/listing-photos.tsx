import { useQueryClient } from '@tanstack/react-query';
import { ArrowLeft, ArrowRight, Trash2 } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { maxPhotosPerListing } from '../../../shared/listings/schemas';
import { useMessage } from '../../lib/errors';
import { trpc } from '../../lib/trpc';
import { FormMessage } from '../../ui/fields';

export type ListingPhoto = { id: string; width: number; height: number };

export const photoUrl = (listingId: string, photoId: string, size: 'display' | 'thumbnail') =>
  `/api/listings/${listingId}/photos/${photoId}/${size}`;

/** The error a photo route answered with, as an i18n key (see server/listings/photo-routes.ts). */
async function problemOf(response: Response): Promise<{ message: string; params?: Record<string, string> }> {
  const body = (await response.json().catch(() => ({}))) as {
    error?: { message?: string; params?: Record<string, string> | null } | string;
  };
  if (typeof body.error === 'string') return { message: body.error };
  return {
    message: body.error?.message ?? `HTTP ${response.status}`,
    ...(body.error?.params ? { params: body.error.params } : {}),
  };
}

/** The photos of one's own listing, for viewers who may change them: shown in the order others see them. */
export function PhotoGallery({
  listingId,
  title,
  photos,
}: {
  listingId: string;
  title: string;
  photos: readonly ListingPhoto[];
}) {
  const { t } = useTranslation();
  if (photos.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="photos-heading">
      <h2 id="photos-heading">{t('listings.photos')}</h2>
      <ul className="photos">
        {photos.map((photo, index) => (
          <li key={photo.id}>
            <a href={photoUrl(listingId, photo.id, 'display')}>
              <img
                src={photoUrl(listingId, photo.id, 'thumbnail')}
                alt={t('listings.photoAlt', { index: index + 1, title })}
                loading="lazy"
                width={Math.min(200, photo.width)}
              />
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Add, reorder and remove photos. The first photo is the cover in search hits and cards. Without
 * a listing yet (a new one), `ensureListing` saves it as a draft first and answers its id, or null
 * when the form still has errors (they are then shown beside their fields).
 */
export function PhotoEditor({
  listingId,
  title,
  photos,
  ensureListing,
  onUploaded,
  className,
  autoFocus = false,
}: {
  className?: string;
  /** After the form was saved as a draft for the first photo: the keyboard continues here. */
  autoFocus?: boolean;
  listingId: string | null;
  title: string;
  photos: readonly ListingPhoto[];
  ensureListing?: () => Promise<string | null>;
  /** A new listing was saved as a draft for the photos: where it now lives, and a failed upload's message. */
  onUploaded?: (listingId: string, failure: string | null) => void;
}) {
  const { t } = useTranslation();
  const message = useMessage();
  const queryClient = useQueryClient();
  const id = useId();
  const [order, setOrder] = useState(photos.map((photo) => photo.id));
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const [focusAfter, setFocusAfter] = useState<{ photoId: string; direction: 'left' | 'right' } | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (autoFocus) heading.current?.focus();
  }, [autoFocus]);
  const photoIds = photos.map((photo) => photo.id).join(',');
  // The server's order wins whenever it answers.
  useEffect(() => setOrder(photoIds ? photoIds.split(',') : []), [photoIds]);
  // A moved photo keeps the keyboard focus on its button (or the other one once it reaches an end).
  useEffect(() => {
    if (!focusAfter) return;
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>(`[data-photo="${focusAfter.photoId}"]`);
    const wanted = [...(buttons ?? [])].filter((button) => !button.disabled);
    (wanted.find((button) => button.dataset.move === focusAfter.direction) ?? wanted[0])?.focus();
    setFocusAfter(null);
  }, [focusAfter]);

  const byId = new Map(photos.map((photo) => [photo.id, photo]));
  const shown = order.map((photoId) => byId.get(photoId)).filter((photo) => photo !== undefined);
  const refresh = (target: string) =>
    queryClient.invalidateQueries(trpc.listings.get.queryFilter({ listingId: target }));
  const fail = async (response: Response): Promise<string> => {
    const problem = await problemOf(response);
    const text = message(problem.message, problem.params);
    setStatus({ kind: 'error', text });
    return text;
  };

  const upload = async (files: File[]) => {
    setStatus(null);
    setBusy(true);
    try {
      const target = listingId ?? (await ensureListing?.()) ?? null;
      if (!target) return;
      let uploaded = 0;
      let failure: string | null = null;
      for (const file of files.slice(0, maxPhotosPerListing - shown.length)) {
        const response = await fetch(`/api/listings/${target}/photos`, {
          method: 'POST',
          headers: { 'content-type': file.type || 'application/octet-stream' },
          body: file,
        });
        if (!response.ok) {
          failure = await fail(response);
          break;
        }
        uploaded += 1;
      }
      await refresh(target);
      if (uploaded > 0) setStatus({ kind: 'success', text: t('listings.photosAdded', { count: uploaded }) });
      // The draft exists now, whatever became of the files: the form moves to it, so the next save updates it.
      if (listingId === null) onUploaded?.(target, failure);
    } finally {
      setBusy(false);
    }
  };

  const move = async (photoId: string, direction: 'left' | 'right') => {
    if (!listingId) return;
    const from = order.indexOf(photoId);
    const to = direction === 'left' ? from - 1 : from + 1;
    if (from < 0 || to < 0 || to >= order.length) return;
    const next = [...order];
    next.splice(from, 1);
    next.splice(to, 0, photoId);
    setStatus(null);
    setOrder(next);
    setBusy(true);
    try {
      const response = await fetch(`/api/listings/${listingId}/photos/order`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ photoIds: next }),
      });
      if (!response.ok) await fail(response);
      else setStatus({ kind: 'success', text: t('listings.photoMoved', { index: to + 1 }) });
      await refresh(listingId);
    } finally {
      setBusy(false);
      setFocusAfter({ photoId, direction });
    }
  };

  const remove = async (photoId: string) => {
    if (!listingId) return;
    setStatus(null);
    setBusy(true);
    try {
      const response = await fetch(`/api/listings/${listingId}/photos/${photoId}`, { method: 'DELETE' });
      if (!response.ok) await fail(response);
      else setStatus({ kind: 'success', text: t('listings.photoRemoved') });
      await refresh(listingId);
    } finally {
      setBusy(false);
      heading.current?.focus();
    }
  };

  return (
    <section className={['photo-editor', className].filter(Boolean).join(' ')} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {t('listings.photos')}
      </h2>
      <p id={`${id}-hint`} className="hint">
        {listingId ? t('listings.photosHint') : t('listings.photosDraftHint')}
      </p>
      {shown.length > 0 && (
        <ul className="photos photo-editor-list" ref={list}>
          {shown.map((photo, index) => (
            <li key={photo.id}>
              {listingId && (
                <a href={photoUrl(listingId, photo.id, 'display')}>
                  <img
                    src={photoUrl(listingId, photo.id, 'thumbnail')}
                    alt={t('listings.photoAlt', { index: index + 1, title })}
                    width={Math.min(200, photo.width)}
                  />
                </a>
              )}
              {index === 0 && <span className="photo-cover">{t('listings.photoCover')}</span>}
              <div className="photo-actions">
                <button
                  type="button"
                  className="secondary icon-button"
                  data-photo={photo.id}
                  data-move="left"
                  disabled={busy || index === 0}
                  aria-label={t('listings.movePhotoLeft', { index: index + 1 })}
                  title={t('listings.movePhotoLeft', { index: index + 1 })}
                  onClick={() => void move(photo.id, 'left')}
                >
                  <ArrowLeft aria-hidden="true" size={18} />
                </button>
                <button
                  type="button"
                  className="secondary icon-button"
                  data-photo={photo.id}
                  data-move="right"
                  disabled={busy || index === shown.length - 1}
                  aria-label={t('listings.movePhotoRight', { index: index + 1 })}
                  title={t('listings.movePhotoRight', { index: index + 1 })}
                  onClick={() => void move(photo.id, 'right')}
                >
                  <ArrowRight aria-hidden="true" size={18} />
                </button>
                <button
                  type="button"
                  className="secondary icon-button"
                  data-photo={photo.id}
                  disabled={busy}
                  aria-label={t('listings.removePhoto', { index: index + 1 })}
                  title={t('listings.removePhoto', { index: index + 1 })}
                  onClick={() => void remove(photo.id)}
                >
                  <Trash2 aria-hidden="true" size={18} />
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {shown.length < maxPhotosPerListing && (
        <div className="field">
          <label htmlFor={`${id}-upload`}>{t('listings.addPhoto')}</label>
          <input
            id={`${id}-upload`}
            type="file"
            accept="image/jpeg,image/png,image/webp"
            multiple
            aria-describedby={`${id}-hint`}
            onChange={(event) => {
              const files = [...(event.target.files ?? [])];
              event.target.value = '';
              // Left enabled while busy, so the keyboard focus stays here; a second pick waits its turn.
              if (files.length > 0 && !busy) void upload(files);
            }}
          />
        </div>
      )}
      {busy && (
        <p className="hint" role="status">
          {t('listings.photosWorking')}
        </p>
      )}
      {status && <FormMessage kind={status.kind}>{status.text}</FormMessage>}
    </section>
  );
}
