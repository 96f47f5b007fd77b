import { alertsEn } from './alerts-en';
import { brokeringEn } from './brokering-en';
import { conversationsEn } from './conversations-en';
import { formatEn } from './format-en';
import { formsEn } from './forms-en';
import { impactEn } from './impact-en';
import { limitsEn } from './limits-en';
import { listingsEn } from './listings-en';
import { matchingEn } from './matching-en';
import { searchEn } from './search-en';
import type { Messages } from './sv';

export const en: Messages = {
  ...formsEn,
  ...formatEn,
  ...listingsEn,
  ...searchEn,
  ...matchingEn,
  ...brokeringEn,
  ...conversationsEn,
  ...impactEn,
  ...alertsEn,
  ...limitsEn,
  app: {
    name: 'Sidestream',
    tagline: 'By-products, surplus capacity and circularity needs in the Stockholm region',
    skipToContent: 'Skip to content',
    mainNavigation: 'Main navigation',
    footer: 'Sidestream is run together with the regional industrial development centre (IUC).',
  },
  nav: { home: 'Home', ...formsEn.nav },
  language: { label: 'Language', sv: 'Svenska', en: 'English', switchTo: 'På svenska' },
  home: {
    heading: 'Welcome to Sidestream',
    intro:
      'Manufacturers post their by-products, spare capacity and needs here, and we match supply to need between companies in the region.',
    statusHeading: 'System status',
    version: 'Version',
    database: 'Database',
    databaseEmbedded: 'Embedded (PGlite)',
    databaseServer: 'PostgreSQL server',
    serverVersion: 'PostgreSQL version',
    migrations: 'Migrations applied',
    searchEngine: 'Search engine',
    searchPostgres: 'PostgreSQL full-text',
    searchMeilisearch: 'Meilisearch',
    loading: 'Loading status…',
    loadFailed: 'Could not load the status: {{message}}',
  },
  errors: {
    heading: 'Something went wrong',
    body: 'The page could not be shown. Please try again, and contact us if it keeps happening.',
    retry: 'Try again',
    notFoundHeading: 'Page not found',
    notFoundBody: 'The address you followed leads nowhere.',
    backHome: 'Go to the home page',
    databaseUnavailable: 'The database is not answering right now. Please try again shortly.',
    tryAgain: 'The answer took too long. Please try again shortly.',
  },
};
