import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { distanceKm } from '../../../shared/geo/distance';
import { getMunicipality } from '../../../shared/geo/municipalities';
import { publicDistance } from '../../../shared/geo/public-distance';
import { categoryName } from '../../../shared/taxonomy/taxonomy';
import { trpc } from '../../lib/trpc';
import { useMe } from '../../lib/use-me';
import { FormMessage } from '../../ui/fields';
import { useFormat } from '../../ui/use-format';
import { InquiryForm } from '../conversations/public';
import { ListingMatches } from '../matching/public';
import { PhotoEditor, PhotoGallery } from './listing-photos';

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
          <dt>{t('listings.facts.available')}</dt>
          <dd>
            {data.availableUntil
              ? t('listings.facts.availableBetween', {
                  from: format.date(data.availableFrom),
                  until: format.date(data.availableUntil),
                })
              : t('listings.facts.availableFrom', { from: format.date(data.availableFrom) })}
          </dd>
          <dt>{t('listings.facts.price')}</dt>
          <dd>{price}</dd>
          {data.condition && (
            <>
              <dt>{t('listings.facts.condition')}</dt>
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
              <dt>{t('listings.facts.ewcCode')}</dt>
              <dd>{`${data.ewcCode.slice(0, 2)} ${data.ewcCode.slice(2, 4)} ${data.ewcCode.slice(4)}${data.hazardous ? '*' : ''}`}</dd>
            </>
          )}
          {data.hazardous && (
            <>
              <dt>{t('listings.facts.hazardous')}</dt>
              <dd>{t('listings.facts.hazardousYes')}</dd>
            </>
          )}
          {data.side === 'need' && data.maxDistanceKm !== null && (
            <>
              <dt>{t('listings.facts.maxDistance')}</dt>
              <dd>
                {t('listings.facts.km', {
                  km: new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'sv-SE').format(data.maxDistanceKm),
                })}
              </dd>
            </>
          )}
          {data.side === 'need' && data.acceptsHazardous && (
            <>
              <dt>{t('listings.facts.acceptsHazardous')}</dt>
              <dd>{t('listings.facts.hazardousYes')}</dd>
            </>
          )}
          <dt>{t('listings.where')}</dt>
          <dd>
            {getMunicipality(data.municipalityCode)?.name}
            <DistanceFromMySite position={data.position} approximate={data.positionPrecision === 'municipality'} />
          </dd>
        </dl>
      </section>
      {data.own && data.own.status !== 'closed' ? (
        <PhotoEditor className="panel" listingId={data.id} title={data.title} photos={data.photos} />
      ) : (
        <PhotoGallery listingId={data.id} title={data.title} photos={data.photos} />
      )}
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
