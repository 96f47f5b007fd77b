import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getMunicipality } from '../../shared/geo/municipalities';
import { type Frequency, frequencyLabel, type Unit, unitLabel } from '../../shared/listings/units';
import { categoryName } from './category-name';
import { Factory, MapPin, Package } from './icons';

type CardBase = {
  id: string;
  side: 'offer' | 'need';
  type: 'material' | 'capacity';
  title: string;
  categoryId: string;
  municipalityCode: string;
  unit: string;
  frequency: string;
  /** The first photo's thumbnail, when the listing has photos. */
  thumbnailUrl?: string | null;
};

/**
 * A listing as the server shaped it for this reader: a teaser (rounded quantity, no company) for
 * visitors, or the full view, where `company` is null on an anonymous listing.
 */
export type ListingCardListing = CardBase &
  (
    | { view: 'teaser'; approximateQuantity: number }
    | { view: 'full'; quantity: number; company: { id: string; name: string } | null }
  );

/** A listing in a grid of cards: photo (or an icon for its kind), kind, title, category, place, quantity. */
export function ListingTeaserCard({
  listing,
  headingLevel = 3,
}: {
  listing: ListingCardListing;
  headingLevel?: 2 | 3 | 4;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'sv';
  const number = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'sv-SE', { maximumFractionDigits: 2 });
  const amount = (quantity: number) =>
    `${number.format(quantity)} ${unitLabel(listing.unit as Unit, language)} ${frequencyLabel(listing.frequency as Frequency, language)}`;
  const Heading = `h${headingLevel}` as const;
  const KindIcon = listing.type === 'capacity' ? Factory : Package;
  return (
    <article className={`listing-card listing-card-${listing.side}`}>
      <div className="listing-card-media">
        {listing.thumbnailUrl ? (
          <img src={listing.thumbnailUrl} alt="" loading="lazy" decoding="async" />
        ) : (
          <KindIcon aria-hidden="true" size={36} strokeWidth={1.5} />
        )}
      </div>
      <div className="listing-card-body">
        <p className={`pill pill-${listing.side}`}>
          {t(`listings.kinds.${listing.side}_${listing.type}` as 'listings.kinds.offer_material')}
        </p>
        <Heading className="listing-card-title">
          <Link to={`/listings/${listing.id}`}>{listing.title}</Link>
        </Heading>
        <p className="listing-card-meta">{categoryName(listing.categoryId, language)}</p>
        <p className="listing-card-meta">
          <MapPin aria-hidden="true" size={14} /> {getMunicipality(listing.municipalityCode)?.name}
        </p>
        <p className="listing-card-quantity">
          {listing.view === 'teaser'
            ? t('listings.about', { quantity: amount(listing.approximateQuantity) })
            : amount(listing.quantity)}
        </p>
        {listing.view === 'full' && (
          <p className="listing-card-meta">{listing.company ? listing.company.name : t('search.anonymousCompany')}</p>
        )}
      </div>
    </article>
  );
}

/** Cards in a responsive grid: one column on a phone, up to four on a wide screen. */
export function ListingCardGrid({
  listings,
  headingLevel,
}: {
  listings: ListingCardListing[];
  headingLevel?: 2 | 3 | 4;
}) {
  return (
    <ul className="listing-card-grid">
      {listings.map((listing) => (
        <li key={listing.id}>
          <ListingTeaserCard listing={listing} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
