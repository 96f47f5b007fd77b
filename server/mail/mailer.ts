import { eq } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { Database } from '../../db/client';
import { mailMessages } from '../../db/schema/index';

export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  headers?: Record<string, string>;
};

/** The Mailer port: everything that sends email goes through it. */
export type Mailer = {
  send: (message: MailMessage) => Promise<void>;
  close: () => Promise<void>;
};

/**
 * A header line ends at CR or LF, so a name typed as "Eva\r\nBcc: …" would add a header of its
 * own. Every header value (recipient, subject, extra headers) has them replaced by a space here,
 * whatever the caller built it from; other control characters go too.
 */
export function headerSafe(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  return value.replace(/[\r\n]+/g, ' ').replace(/[\u0000-\u001F\u007F]/g, '');
}

function withSafeHeaders(message: MailMessage): MailMessage {
  const headers = message.headers
    ? Object.fromEntries(
        Object.entries(message.headers).map(([name, value]) => [name.replace(/[^A-Za-z0-9-]/g, ''), headerSafe(value)]),
      )
    : undefined;
  return {
    ...message,
    to: headerSafe(message.to),
    subject: headerSafe(message.subject),
    ...(headers ? { headers } : {}),
  };
}

export class MailDeliveryError extends Error {
  override name = 'MailDeliveryError';
}

/**
 * Records every message in mail_messages; with an SMTP URL it also delivers it (nodemailer)
 * and marks the record sent or failed. Without one, the record is the delivery (see /dev/mail).
 */
export function createMailer({
  db,
  smtpUrl,
  from,
}: {
  db: Database;
  smtpUrl?: string | undefined;
  from: string;
}): Mailer {
  const transport = smtpUrl ? nodemailer.createTransport(smtpUrl) : undefined;
  return {
    async send(unsafeMessage) {
      const message = withSafeHeaders(unsafeMessage);
      const [record] = await db
        .insert(mailMessages)
        .values({
          to: message.to,
          subject: message.subject,
          text: message.text,
          html: message.html ?? null,
          headers: message.headers ?? {},
          status: 'stored',
        })
        .returning({ id: mailMessages.id });
      if (!transport || !record) return;
      try {
        await transport.sendMail({ from, ...message });
        await db.update(mailMessages).set({ status: 'sent', sentAt: new Date() }).where(eq(mailMessages.id, record.id));
      } catch (error) {
        const reason = (error as Error).message;
        await db.update(mailMessages).set({ status: 'failed', error: reason }).where(eq(mailMessages.id, record.id));
        throw new MailDeliveryError(`could not send "${message.subject}" to ${message.to}: ${reason}`, {
          cause: error,
        });
      }
    },
    async close() {
      transport?.close();
    },
  };
}
