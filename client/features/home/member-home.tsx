import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { getMunicipality } from '../../../shared/geo/municipalities';
import { CalendarClock, FilePen, Handshake, MessageSquare, Plus, Sparkles } from '../../ui/icons';
import { useCompanyHome } from './api/use-company-home';
import { dateFormatter, HomePanel, toDate } from './home-panel';

type Membership = { companyId: string; companyName: string };

/** A member's company at a glance; with several companies, a switcher kept in the URL (?company=). */
export function MemberHome({ memberships }: { memberships: Membership[] }) {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const switcherId = useId();
  const chosen = memberships.find((membership) => membership.companyId === params.get('company')) ?? memberships[0];
  if (!chosen) return null;
  const companyId = chosen.companyId;
  return (
    <div className="home">
      <div className="page-head">
        <div>
          <p className="eyebrow">{t('home.member.eyebrow')}</p>
          <h1>{chosen.companyName}</h1>
        </div>
        <div className="page-head-actions">
          {memberships.length > 1 && (
            <div className="field company-switcher">
              <label htmlFor={switcherId}>{t('home.member.switchCompany')}</label>
              <select
                id={switcherId}
                value={companyId}
                onChange={(event) => setParams({ company: event.target.value }, { replace: true })}
              >
                {memberships.map((membership) => (
                  <option key={membership.companyId} value={membership.companyId}>
                    {membership.companyName}
                  </option>
                ))}
              </select>
            </div>
          )}
          <Link className="button-link" to={`/companies/${companyId}/listings/new`}>
            <Plus aria-hidden="true" size={18} />
            {t('home.postListing')}
          </Link>
        </div>
      </div>
      <CompanySummary key={companyId} companyId={companyId} language={i18n.language} />
    </div>
  );
}

function CompanySummary({ companyId, language }: { companyId: string; language: string }) {
  const { t } = useTranslation();
  const home = useCompanyHome(companyId);
  const date = dateFormatter(language);
  if (home.isPending) return <p role="status">{t('home.loading')}</p>;
  if (home.isError) return <p role="alert">{t('home.loadFailed')}</p>;
  const data = home.data;
  return (
    <div className="dashboard-grid">
      <HomePanel
        id="home-new-matches"
        icon={Sparkles}
        heading={t('home.member.newMatches')}
        count={data.newMatches.count}
        empty={t('home.member.noNewMatches')}
        link={{ to: `/companies/${companyId}/matches`, label: t('home.member.allMatches') }}
      >
        {data.newMatches.rows.map((match) => (
          <li key={match.id}>
            <span className="score" title={t('home.scoreTitle')}>
              {match.score}
            </span>
            <div>
              <Link to={`/listings/${match.counterpart.id}`}>{match.counterpart.title}</Link>
              <p className="hint">
                {t('home.member.forListing', { title: match.myListing.title })} ·{' '}
                {getMunicipality(match.counterpart.municipalityCode)?.name}
              </p>
            </div>
          </li>
        ))}
      </HomePanel>
      <HomePanel
        id="home-introductions"
        icon={Handshake}
        heading={t('home.member.introductions')}
        count={data.introductionsWaiting.count}
        empty={t('home.member.noIntroductions')}
        link={{ to: `/companies/${companyId}/introductions`, label: t('home.member.answerIntroductions') }}
      >
        {data.introductionsWaiting.rows.map((introduction) => (
          <li key={introduction.id}>
            <div>
              <Link to={`/companies/${companyId}/introductions`}>{introduction.other?.title ?? '–'}</Link>
              <p className="hint">
                {introduction.myListing && t('home.member.forListing', { title: introduction.myListing.title })} ·{' '}
                {date.format(toDate(introduction.createdAt))}
              </p>
            </div>
          </li>
        ))}
      </HomePanel>
      <HomePanel
        id="home-messages"
        icon={MessageSquare}
        heading={t('home.member.unreadMessages')}
        count={data.unreadMessages.count}
        empty={t('home.member.noUnread')}
        link={{ to: '/conversations', label: t('home.member.allConversations') }}
      >
        {data.unreadMessages.rows.map((conversation) => (
          <li key={conversation.id}>
            <span className="badge">{conversation.unread}</span>
            <div>
              <Link to={`/conversations/${conversation.id}`}>{conversation.subject}</Link>
              <p className="hint">{date.format(toDate(conversation.lastMessageAt))}</p>
            </div>
          </li>
        ))}
      </HomePanel>
      <HomePanel
        id="home-expiring"
        icon={CalendarClock}
        heading={t('home.member.expiring')}
        count={data.expiringSoon.count}
        empty={t('home.member.noExpiring')}
        link={{ to: `/companies/${companyId}/listings`, label: t('home.member.ourListings') }}
      >
        {data.expiringSoon.rows.map((listing) => (
          <li key={listing.id}>
            <div>
              <Link to={`/listings/${listing.id}`}>{listing.title}</Link>
              <p className="hint">
                {listing.expiresAt && t('home.member.expires', { date: date.format(toDate(listing.expiresAt)) })}
              </p>
            </div>
          </li>
        ))}
      </HomePanel>
      <HomePanel
        id="home-drafts"
        icon={FilePen}
        heading={t('home.member.drafts')}
        count={data.drafts.count}
        empty={t('home.member.noDrafts')}
        link={{ to: `/companies/${companyId}/listings`, label: t('home.member.ourListings') }}
      >
        {data.drafts.rows.map((listing) => (
          <li key={listing.id}>
            <div>
              <Link to={`/listings/${listing.id}/edit`}>{listing.title}</Link>
              <p className="hint">{t('home.member.edited', { date: date.format(toDate(listing.updatedAt)) })}</p>
            </div>
          </li>
        ))}
      </HomePanel>
    </div>
  );
}
