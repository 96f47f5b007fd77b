/** Swedish texts for matches. */
export const matchingSv = {
  matches: {
    heading: 'Matchningar',
    inboxHeading: 'Matchningar för alla våra annonser',
    inboxLink: 'Alla matchningar',
    forListing: 'Förslag för {{title}}',
    none: 'Inga matchningar ännu.',
    noneHint:
      'Vi letar igen varje gång en annons publiceras eller ändras. Bredare kategori, längre maxavstånd eller ett tidigare datum ger fler förslag.',
    unread: 'Ny',
    interesting: 'Intressant',
    notRelevant: 'Inte relevant',
    reason: 'Varför inte? (valfritt)',
    send: 'Skicka',
    reacted: { interesting: 'Du tyckte att den var intressant.', not_relevant: 'Du markerade den som inte relevant.' },
    anonymousCompany: 'Anonymt företag',
    yourListing: 'Er annons: {{title}}',
    sortLabel: 'Sortera',
    sort: { best: 'Bäst först', newest: 'Nyast först', unread: 'Olästa först' },
  },
};
