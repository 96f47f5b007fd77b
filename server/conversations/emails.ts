import type { MailMessage } from '../mail/mailer';

/** New messages in a conversation: the newest few, and a link to answer. */
export function newMessagesEmail(input: {
  to: string;
  language: 'sv' | 'en';
  subject: string;
  count: number;
  latest: readonly string[];
  url: string;
}): MailMessage {
  const { to, language, subject, count, latest, url } = input;
  const quoted = latest.map((body) => `> ${body.slice(0, 500).replaceAll('\n', '\n> ')}`).join('\n\n');
  if (language === 'en') {
    return {
      to,
      subject: count === 1 ? `New message: ${subject}` : `${count} new messages: ${subject}`,
      text: `${quoted}\n\nRead and answer on Sidestream:\n${url}\n\nYou get at most one email per conversation every 15 minutes.\n`,
    };
  }
  return {
    to,
    subject: count === 1 ? `Nytt meddelande: ${subject}` : `${count} nya meddelanden: ${subject}`,
    text: `${quoted}\n\nLäs och svara på Sidestream:\n${url}\n\nDu får högst ett mejl per konversation var 15:e minut.\n`,
  };
}
