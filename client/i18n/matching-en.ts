/** English texts for matches. */
export const matchingEn = {
  matches: {
    heading: 'Matches',
    inboxHeading: 'Matches for all our listings',
    inboxLink: 'All matches',
    forListing: 'Suggestions for {{title}}',
    none: 'No matches yet.',
    noneHint:
      'We look again whenever a listing is published or changed. A broader category, a longer maximum distance or an earlier date gives more suggestions.',
    unread: 'New',
    interesting: 'Interesting',
    notRelevant: 'Not relevant',
    reason: 'Why not? (optional)',
    send: 'Send',
    reacted: { interesting: 'You found it interesting.', not_relevant: 'You marked it as not relevant.' },
    anonymousCompany: 'Anonymous company',
    yourListing: 'Your listing: {{title}}',
    sortLabel: 'Sort',
    sort: { best: 'Best first', newest: 'Newest first', unread: 'Unread first' },
  },
};
