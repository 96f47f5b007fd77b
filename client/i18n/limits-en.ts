import type { limitsSv } from './limits-sv';

export const limitsEn: typeof limitsSv = {
  limits: {
    message: 'You have sent a great many messages in a short time. Try again in {{minutes}} minutes.',
    inquiry: 'You have started a great many inquiries today. Try again in {{minutes}} minutes.',
    invitation: 'Your company has sent a great many invitations today. Try again in {{minutes}} minutes.',
    listing: 'Your company has created a great many listings today. Try again in {{minutes}} minutes.',
    immediateAlerts:
      'You already have {{max}} saved searches with immediate alerts. Choose a daily or weekly digest for this one, or delete another.',
    immediateAlertsCompany:
      'Your company already has {{max}} saved searches with immediate alerts. Choose a daily or weekly digest instead.',
    clientErrorReport: 'Too many error reports from this address. Try again in {{minutes}} minutes.',
  },
};
