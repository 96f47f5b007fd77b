import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { distanceKm } from '../../../shared/geo/distance';
import { getMunicipality } from '../../../shared/geo/municipalities';
import { publicDistance } from '../../../shared/geo/public-distance';
import { maxPhotosPerListing } from '../../../shared/listings/schemas';
import { categoryName } from '../../../shared/taxonomy/taxonomy';
import { FormMessage } from '../../app/fields';
import { useMessage } from '../../lib/errors';
import { trpc } from '../../lib/trpc';
import { useFormat } from '../../ui/use-format';
import { useMe } from '../accounts/api/use-me';
import { InquiryForm } from '../conversations/inquiry-form';
import { ListingMatches } from '../matching/listing-matches';

const photoUrl = (listingId: string, photoId: string, size: 'display' | 'thumbnail') =>
  `/api/listings/${listingId}/photos/${photoId}/${size}`;

export function ListingPage() {
  const { listingId = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const language = format.language;
  const listing = useQuery(trpc.listings.get.queryOptions({ listingId }));
  if (listing.isPending) return <p>{t('common.loading')}</p>;
  if (listing.isError) return <FormMessage kind="error">{t('listings.notFound')}</FormMessage>;
  const data = listing.data;
  const municipality = getMunicipality(data.municipalityCode)?.name;

  if (data.view === 'teaser') {
    return (
      <article className="panel">
        <p className="hint">{t(`listings.kinds.${data.side}_${data.type}` as 'listings.kinds.offer_material')}</p>
        <h1>{data.title}</h1>
        <dl className="facts">
          <dt>{t('listings.category')}</dt>
          <dd>{categoryName(data.categoryId, language)}</dd>
          <dt>{t('listings.where')}</dt>
          <dd>{municipality}</dd>
          <dt>{t('listings.quantity')}</dt>
          <dd>
            {t('listings.about', {
              quantity: format.quantity(data.approximateQuantity, data.unit, data.frequency),
            })}
          </dd>
        </dl>
        <p>
          {t('listings.teaserNote')} <Link to={`/sign-in?next=/listings/${data.id}`}>{t('nav.signIn')}</Link>
        </p>
      </article>
    );
  }

  const price =
    data.priceModel === 'fixed' && data.priceSek !== null
      ? format.pricePerUnit(data.priceSek, data.unit)
      : data.priceModel === 'pays_for_removal' && data.priceSek !== null
        ? `${t('listings.priceModels.pays_for_removal')}: ${format.money(data.priceSek)}`
        : t(`listings.priceModels.${data.priceModel}`);
  return (
    <article className="listing">
      <section className="panel">
        <p className="hint">{t(`listings.kinds.${data.side}_${data.type}` as 'listings.kinds.offer_material')}</p>
        <h1>{data.title}</h1>
        {data.own && (
          <p>
            {t('listings.status')}: <strong>{t(`listings.statuses.${data.own.status}`)}</strong>
            {data.own.status !== 'closed' && (
              <>
                {' · '}
                <Link to={`/listings/${data.id}/edit`}>{t('listings.edit')}</Link>
              </>
            )}
            {' · '}
            <Link to={`/companies/${data.own.companyId}/listings`}>{t('listings.ours')}</Link>
          </p>
        )}
        {data.description && <p className="description">{data.description}</p>}
        <dl className="facts">
          <dt>{t('listings.category')}</dt>
          <dd>{categoryName(data.categoryId, language)}</dd>
          <dt>{t('listings.quantity')}</dt>
          <dd>{format.quantity(data.quantity, data.unit, data.frequency)}</dd>
          <dt>{data.availableUntil ? t('listings.availableFact') : t('listings.availableFrom')}</dt>
          <dd>
            {format.date(data.availableFrom)}
            {data.availableUntil && ` – ${format.date(data.availableUntil)}`}
          </dd>
          <dt>{t('listings.priceModel')}</dt>
          <dd>{price}</dd>
          {data.condition && (
            <>
              <dt>{t('listings.conditionFact')}</dt>
              <dd>{data.condition}</dd>
            </>
          )}
          {data.specs.map((spec) => (
            <div key={spec.key} className="contents">
              <dt>{spec.key}</dt>
              <dd>{spec.value}</dd>
            </div>
          ))}
          {data.ewcCode && (
            <>
              <dt>EWC</dt>
              <dd>{`${data.ewcCode.slice(0, 2)} ${data.ewcCode.slice(2, 4)} ${data.ewcCode.slice(4)}${data.hazardous ? '*' : ''}`}</dd>
            </>
          )}
          {data.hazardous && (
            <>
              <dt>{t('listings.hazardous')}</dt>
              <dd>✔</dd>
            </>
          )}
          <dt>{t('listings.where')}</dt>
          <dd>
            {getMunicipality(data.municipalityCode)?.name}
            <DistanceFromMySite position={data.position} approximate={data.positionPrecision === 'municipality'} />
          </dd>
        </dl>
      </section>
      <Photos listingId={data.id} title={data.title} photos={data.photos} canEdit={Boolean(data.own)} />
      <section className="panel" aria-labelledby="company-heading">
        <h2 id="company-heading">{t('listings.company')}</h2>
        {data.company ? (
          <>
            <p>
              <Link to={`/companies/${data.company.id}`}>{data.company.name}</Link>
            </p>
            {data.company.contact.name && (
              <p>
                {t('listings.contactPerson')}: {data.company.contact.name}
                {data.company.contact.phone && ` · ${data.company.contact.phone}`}
              </p>
            )}
          </>
        ) : (
          <>
            <p>{t('listings.anonymousCompany')}</p>
            <p>{t('listings.contactViaBroker')}</p>
          </>
        )}
      </section>
      {data.own ? (
        <MatchesIfMember companyId={data.own.companyId} listingId={data.id} />
      ) : (
        <InquiryIfMember listingId={data.id} anonymous={data.anonymous} />
      )}
    </article>
  );
}

/** The listing's matches, for members of its company (IUC staff see matches in their own workspace). */
function MatchesIfMember({ companyId, listingId }: { companyId: string; listingId: string }) {
  const me = useMe();
  const member = me.data?.memberships.some((membership) => membership.companyId === companyId) ?? false;
  return member ? <ListingMatches companyId={companyId} listingId={listingId} /> : null;
}

/** Members of a company (other than the listing's) can ask about it here; the answer comes on Sidestream. */
function InquiryIfMember({ listingId, anonymous }: { listingId: string; anonymous: boolean }) {
  const me = useMe();
  const memberships = me.data?.memberships ?? [];
  return memberships.length > 0 ? (
    <InquiryForm listingId={listingId} anonymous={anonymous} companies={memberships} />
  ) : null;
}

/** Distance from the viewer's first site, when they belong to a company with one. */
function DistanceFromMySite({
  position,
  approximate,
}: {
  position: { lat: number; lon: number };
  /** An anonymous listing: only its municipality is known, so the distance is said roughly. */
  approximate: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const companyId = me.data?.memberships[0]?.companyId;
  const company = useQuery({
    ...trpc.companies.get.queryOptions({ companyId: companyId ?? '' }),
    enabled: Boolean(companyId),
  });
  const site = company.data?.sites.find((candidate) => candidate.lat !== null && candidate.lon !== null);
  if (!site || site.lat === null || site.lon === null) return null;
  const km = distanceKm({ lat: site.lat, lon: site.lon }, position);
  if (approximate) {
    const rough = publicDistance(km);
    return (
      <>
        {' '}
        ·{' '}
        {t(rough.under ? 'listings.distanceUnder' : 'listings.distanceAbout', {
          km: format.number(rough.km),
          site: site.name,
        })}
      </>
    );
  }
  return <> · {t('listings.distance', { distance: format.distance(km), site: site.name })}</>;
}

function Photos({
  listingId,
  title,
  photos,
  canEdit,
}: {
  listingId: string;
  title: string;
  photos: { id: string; width: number; height: number }[];
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const message = useMessage();
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (photos.length === 0 && !canEdit) return null;
  const refresh = () => queryClient.invalidateQueries(trpc.listings.get.queryFilter({ listingId }));
  const upload = async (file: File) => {
    setFailure(null);
    setBusy(true);
    try {
      const response = await fetch(`/api/listings/${listingId}/photos`, {
        method: 'POST',
        headers: { 'content-type': file.type || 'application/octet-stream' },
        body: file,
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { error?: { message?: string } | string };
        const problem = typeof body.error === 'string' ? body.error : body.error?.message;
        setFailure(message(problem ?? `HTTP ${response.status}`));
      }
      await refresh();
    } finally {
      setBusy(false);
    }
  };
  const remove = async (photoId: string) => {
    setFailure(null);
    const response = await fetch(`/api/listings/${listingId}/photos/${photoId}`, { method: 'DELETE' });
    if (!response.ok) setFailure(message(`HTTP ${response.status}`));
    await refresh();
  };
  return (
    <section className="panel" aria-labelledby="photos-heading">
      <h2 id="photos-heading">{t('listings.photos')}</h2>
      {photos.length === 0 && <p>{t('listings.noPhotos')}</p>}
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
            {canEdit && (
              <button type="button" className="secondary" onClick={() => void remove(photo.id)}>
                {t('listings.removePhoto', { index: index + 1 })}
              </button>
            )}
          </li>
        ))}
      </ul>
      {canEdit && photos.length < maxPhotosPerListing && (
        <div className="field">
          <label htmlFor="photo-upload">{t('listings.addPhoto')}</label>
          <input
            id="photo-upload"
            type="file"
            accept="image/jpeg,image/png,image/webp"
            disabled={busy}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void upload(file);
            }}
          />
        </div>
      )}
      <FormMessage kind="error">{failure}</FormMessage>
    </section>
  );
}
