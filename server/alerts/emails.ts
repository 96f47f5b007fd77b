import type { MailMessage } from '../mail/mailer';

type Language = 'sv' | 'en';

export type AlertItem = { title: string; body: string; url: string };

/**
 * Every alert email carries a one-click unsubscribe: a link in the text for people and the
 * List-Unsubscribe headers (RFC 8058) for mail clients. Both stop this alert's emails only.
 */
function withUnsubscribe(
  message: Omit<MailMessage, 'headers'>,
  unsubscribe: { pageUrl: string; oneClickUrl: string },
): MailMessage {
  return {
    ...message,
    headers: {
      'List-Unsubscribe': `<${unsubscribe.oneClickUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}

/** One thing, told at once: a listing a saved search finds, or a new match. */
export function immediateAlertEmail(input: {
  to: string;
  language: Language;
  alertName: string;
  item: AlertItem;
  unsubscribe: { pageUrl: string; oneClickUrl: string };
}): MailMessage {
  const { to, language, alertName, item, unsubscribe } = input;
  const text =
    language === 'en'
      ? `${item.title}\n${item.body}\n\n${item.url}\n\nYou get this from your alert “${alertName}” on Sidestream. Stop these emails: ${unsubscribe.pageUrl}\n`
      : `${item.title}\n${item.body}\n\n${item.url}\n\nDu får det här från din bevakning ”${alertName}” på Sidestream. Sluta få de här mejlen: ${unsubscribe.pageUrl}\n`;
  return withUnsubscribe({ to, subject: item.title, text }, unsubscribe);
}

/** A day's or a week's news in one email, grouped by alert, each group with its own unsubscribe link. */
export function digestEmail(input: {
  to: string;
  language: Language;
  period: 'daily' | 'weekly';
  groups: { alertName: string; items: AlertItem[]; unsubscribePageUrl: string }[];
  unsubscribe: { pageUrl: string; oneClickUrl: string };
}): MailMessage {
  const { to, language, period, groups, unsubscribe } = input;
  const count = groups.reduce((total, group) => total + group.items.length, 0);
  const en = language === 'en';
  const subject = en
    ? `Sidestream ${period === 'daily' ? 'daily' : 'weekly'} digest: ${count} new`
    : `Sidestream ${period === 'daily' ? 'dagens' : 'veckans'} sammanfattning: ${count} nya`;
  const body = groups
    .map((group) => {
      const items = group.items.map((item) => `- ${item.title}\n  ${item.body}\n  ${item.url}`).join('\n');
      const stop = en ? `Stop “${group.alertName}” emails` : `Sluta få mejl från ”${group.alertName}”`;
      return `${group.alertName}\n${items}\n${stop}: ${group.unsubscribePageUrl}`;
    })
    .join('\n\n');
  return withUnsubscribe({ to, subject, text: `${body}\n` }, unsubscribe);
}
