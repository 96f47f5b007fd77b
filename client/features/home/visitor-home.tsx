import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../ui/empty-state';
import { ArrowRight, FilePen, Handshake, Inbox, Sparkles } from '../../ui/icons';
import { ListingCardGrid, type ListingCardListing } from '../../ui/listing-teaser-card';
import { useVisitorHome } from './api/use-visitor-home';
import { HomeSearch } from './home-search';

/** The front page: what Sidestream is, a search, what is on it now, and how to take part. */
export function VisitorHome({ signedIn = false }: { signedIn?: boolean }) {
  const { t, i18n } = useTranslation();
  const home = useVisitorHome();
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'sv-SE');
  const counts = home.data?.counts;
  const stats = [
    { key: 'offers', label: t('home.counts.offers'), value: counts?.offers },
    { key: 'needs', label: t('home.counts.needs'), value: counts?.needs },
    { key: 'companies', label: t('home.counts.companies'), value: counts?.companies },
    { key: 'municipalities', label: t('home.counts.municipalities'), value: counts?.municipalities },
  ];
  return (
    <div className="home">
      <section className="hero" aria-labelledby="home-heading">
        <h1 id="home-heading">{t('home.heading')}</h1>
        <p className="lead">{t('home.lead')}</p>
        <HomeSearch />
        <dl className="stat-row" aria-busy={home.isPending}>
          {stats.map((stat) => (
            <div key={stat.key} className="stat">
              <dt>{stat.label}</dt>
              <dd>{stat.value === undefined ? '–' : number.format(stat.value)}</dd>
            </div>
          ))}
        </dl>
        <div className="hero-actions">
          {signedIn ? (
            <Link className="button-link" to="/companies">
              {t('home.addCompany')}
            </Link>
          ) : (
            <>
              <Link className="button-link" to="/sign-up">
                {t('home.createAccount')}
              </Link>
              <Link className="button-link secondary" to={`/sign-in?${new URLSearchParams({ next: '/companies' })}`}>
                {t('home.postListing')}
              </Link>
            </>
          )}
        </div>
      </section>

      {home.isError && <p role="alert">{t('home.loadFailed')}</p>}
      <NewestListings
        id="newest-offers"
        heading={t('home.newestOffers')}
        listings={home.data?.newestOffers}
        allLink="/search?side=offer&sort=newest"
        allLabel={t('home.allOffers')}
      />
      <NewestListings
        id="newest-needs"
        heading={t('home.newestNeeds')}
        listings={home.data?.newestNeeds}
        allLink="/search?side=need&sort=newest"
        allLabel={t('home.allNeeds')}
      />

      <section className="how-it-works" aria-labelledby="how-heading">
        <h2 id="how-heading">{t('home.howHeading')}</h2>
        <ol className="steps">
          <li>
            <FilePen aria-hidden="true" size={28} />
            <h3>{t('home.steps.postTitle')}</h3>
            <p>{t('home.steps.postBody')}</p>
          </li>
          <li>
            <Sparkles aria-hidden="true" size={28} />
            <h3>{t('home.steps.matchTitle')}</h3>
            <p>{t('home.steps.matchBody')}</p>
          </li>
          <li>
            <Handshake aria-hidden="true" size={28} />
            <h3>{t('home.steps.introduceTitle')}</h3>
            <p>{t('home.steps.introduceBody')}</p>
          </li>
        </ol>
      </section>

      <section className="partner" aria-labelledby="partner-heading">
        <h2 id="partner-heading" className="visually-hidden">
          {t('home.partnerHeading')}
        </h2>
        <p>{t('home.partner')}</p>
      </section>
    </div>
  );
}

function NewestListings({
  id,
  heading,
  listings,
  allLink,
  allLabel,
}: {
  id: string;
  heading: string;
  listings: ListingCardListing[] | undefined;
  allLink: string;
  allLabel: string;
}) {
  const { t } = useTranslation();
  return (
    <section className="home-section" aria-labelledby={id}>
      <div className="section-head">
        <h2 id={id}>{heading}</h2>
        <Link to={allLink} className="more-link">
          {allLabel}
          <ArrowRight aria-hidden="true" size={16} />
        </Link>
      </div>
      {listings && listings.length === 0 && <EmptyState icon={Inbox}>{t('home.noListings')}</EmptyState>}
      {listings && listings.length > 0 && <ListingCardGrid listings={listings} />}
    </section>
  );
}
