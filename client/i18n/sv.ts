import { alertsSv } from './alerts-sv';
import { brokeringSv } from './brokering-sv';
import { conversationsSv } from './conversations-sv';
import { formatSv } from './format-sv';
import { formsSv } from './forms-sv';
import { impactSv } from './impact-sv';
import { limitsSv } from './limits-sv';
import { listingsSv } from './listings-sv';
import { matchingSv } from './matching-sv';
import { searchSv } from './search-sv';

export const sv = {
  ...formsSv,
  ...formatSv,
  ...listingsSv,
  ...searchSv,
  ...matchingSv,
  ...brokeringSv,
  ...conversationsSv,
  ...impactSv,
  ...alertsSv,
  ...limitsSv,
  app: {
    name: 'Sidestream',
    tagline: 'Restmaterial, överkapacitet och cirkulära behov i Stockholmsregionen',
    skipToContent: 'Hoppa till innehållet',
    mainNavigation: 'Huvudmeny',
    footer: 'Sidestream drivs tillsammans med regionens industriella utvecklingscentrum (IUC).',
  },
  nav: { home: 'Start', ...formsSv.nav },
  language: { label: 'Språk', sv: 'Svenska', en: 'English', switchTo: 'In English' },
  home: {
    heading: 'Välkommen till Sidestream',
    intro:
      'Här publicerar tillverkare sina restmaterial, sin lediga kapacitet och sina behov, och vi matchar utbud mot behov mellan företag i regionen.',
    statusHeading: 'Systemstatus',
    version: 'Version',
    database: 'Databas',
    databaseEmbedded: 'Inbyggd (PGlite)',
    databaseServer: 'PostgreSQL-server',
    serverVersion: 'PostgreSQL-version',
    migrations: 'Tillämpade migreringar',
    searchEngine: 'Sökmotor',
    searchPostgres: 'PostgreSQL fulltext',
    searchMeilisearch: 'Meilisearch',
    loading: 'Hämtar status…',
    loadFailed: 'Kunde inte hämta status: {{message}}',
  },
  errors: {
    heading: 'Något gick fel',
    body: 'Sidan kunde inte visas. Försök igen, och kontakta oss om felet kvarstår.',
    retry: 'Försök igen',
    notFoundHeading: 'Sidan finns inte',
    notFoundBody: 'Adressen du följde leder ingenstans.',
    backHome: 'Till startsidan',
    databaseUnavailable: 'Databasen svarar inte just nu. Försök igen om en stund.',
    tryAgain: 'Det tog för lång tid att svara. Försök igen om en stund.',
  },
};

export type Messages = typeof sv;
