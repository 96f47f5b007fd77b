import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Clock, MessageSquare, Sparkles } from '../../ui/icons';
import { useBrokerHome } from './api/use-broker-home';
import { dateFormatter, HomePanel, toDate } from './home-panel';

/** An IUC broker's day: what is overdue, what is new and strong, who waits on IUC, and the month so far. */
export function BrokerHome({ name }: { name: string }) {
  const { t, i18n } = useTranslation();
  const home = useBrokerHome();
  const language = i18n.language === 'en' ? 'en-GB' : 'sv-SE';
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const date = dateFormatter(i18n.language);
  const data = home.data;
  return (
    <div className="home">
      <div className="page-head">
        <div>
          <p className="eyebrow">{t('home.broker.eyebrow')}</p>
          <h1>{t('home.broker.heading', { name })}</h1>
        </div>
        <div className="page-head-actions">
          <Link className="button-link" to="/broker/pipeline">
            {t('brokering.nav')}
          </Link>
          <Link className="button-link secondary" to="/broker/work">
            {t('brokering.myWorkNav')}
          </Link>
          <Link className="button-link secondary" to="/broker/impact">
            {t('impact.nav')}
          </Link>
        </div>
      </div>
      {home.isPending && <p role="status">{t('home.loading')}</p>}
      {home.isError && <p role="alert">{t('home.loadFailed')}</p>}
      {data && (
        <>
          <dl className="stat-row stat-row-compact">
            <div className={`stat${data.nextSteps.overdue > 0 ? ' stat-alert' : ''}`}>
              <dt>{t('home.broker.overdue')}</dt>
              <dd>{number.format(data.nextSteps.overdue)}</dd>
            </div>
            <div className="stat">
              <dt>{t('home.broker.dueSoon')}</dt>
              <dd>{number.format(data.nextSteps.dueSoon)}</dd>
            </div>
            <div className="stat">
              <dt>{t('home.broker.dealsThisMonth')}</dt>
              <dd>{number.format(data.thisMonth.dealsAgreed)}</dd>
            </div>
            <div className="stat">
              <dt>{t('home.broker.tonnesThisMonth')}</dt>
              <dd>{t('home.broker.tonnes', { value: number.format(data.thisMonth.tonnes) })}</dd>
            </div>
          </dl>
          <div className="dashboard-grid">
            <HomePanel
              id="home-next-steps"
              icon={Clock}
              heading={t('home.broker.nextSteps')}
              count={data.nextSteps.overdue + data.nextSteps.dueSoon}
              empty={t('home.broker.noNextSteps')}
              link={{ to: '/broker/work', label: t('brokering.myWorkNav') }}
            >
              {data.nextSteps.rows.map((step) => (
                <li key={step.matchId}>
                  <div>
                    <Link to={`/broker/matches/${step.matchId}`}>{step.nextStep ?? t('home.broker.noStepText')}</Link>
                    <p className="hint">
                      {step.overdue && <span className="tag tag-alert">{t('home.broker.overdueTag')}</span>}{' '}
                      {step.nextStepDue && t('home.broker.due', { date: date.format(toDate(step.nextStepDue)) })} ·{' '}
                      {step.need.company} ↔ {step.offer.company}
                    </p>
                  </div>
                </li>
              ))}
            </HomePanel>
            <HomePanel
              id="home-strong-matches"
              icon={Sparkles}
              heading={t('home.broker.strongMatches', { score: data.strongMatches.minScore })}
              count={data.strongMatches.count}
              empty={t('home.broker.noStrongMatches')}
              link={{
                to: `/broker/pipeline?stage=suggested&minScore=${data.strongMatches.minScore}`,
                label: t('brokering.nav'),
              }}
            >
              {data.strongMatches.rows.map((match) => (
                <li key={match.id}>
                  <span className="score" title={t('home.scoreTitle')}>
                    {match.score}
                  </span>
                  <div>
                    <Link to={`/broker/matches/${match.id}`}>
                      {match.need.title} ↔ {match.offer.title}
                    </Link>
                    <p className="hint">{date.format(toDate(match.createdAt))}</p>
                  </div>
                </li>
              ))}
            </HomePanel>
            <HomePanel
              id="home-waiting"
              icon={MessageSquare}
              heading={t('home.broker.waiting')}
              count={data.waitingConversations.count}
              empty={t('home.broker.noWaiting')}
              link={{ to: '/conversations', label: t('home.member.allConversations') }}
            >
              {data.waitingConversations.rows.map((conversation) => (
                <li key={conversation.id}>
                  <div>
                    <Link to={`/conversations/${conversation.id}`}>{conversation.subject}</Link>
                    <p className="hint">
                      {t('home.broker.since', { date: date.format(toDate(conversation.lastMessageAt)) })}
                    </p>
                  </div>
                </li>
              ))}
            </HomePanel>
          </div>
        </>
      )}
    </div>
  );
}
