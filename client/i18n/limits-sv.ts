/** Answers to sends refused by a limit (server/limits/send-limits.ts). */
export const limitsSv = {
  limits: {
    message: 'Du har skickat väldigt många meddelanden på kort tid. Försök igen om {{minutes}} minuter.',
    inquiry: 'Du har startat väldigt många förfrågningar i dag. Försök igen om {{minutes}} minuter.',
    invitation: 'Ni har skickat väldigt många inbjudningar i dag. Försök igen om {{minutes}} minuter.',
    listing: 'Ni har skapat väldigt många annonser i dag. Försök igen om {{minutes}} minuter.',
    immediateAlerts:
      'Du har redan {{max}} sparade sökningar med omedelbar bevakning. Välj daglig eller veckovis sammanfattning för den här, eller ta bort en annan.',
    immediateAlertsCompany:
      'Ditt företag har redan {{max}} sparade sökningar med omedelbar bevakning. Välj daglig eller veckovis sammanfattning i stället.',
    clientErrorReport: 'För många felrapporter från den här adressen. Försök igen om {{minutes}} minuter.',
  },
};
