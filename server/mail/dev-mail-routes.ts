import { desc, eq, sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../../db/client';
import { mailMessages } from '../../db/schema/index';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] as string,
  );

/**
 * Turns http(s) URLs into links so an invitation can be followed from here, escaping everything.
 * Trailing sentence punctuation and closing brackets stay outside the link.
 */
const linkify = (text: string) =>
  text
    .split(/(https?:\/\/[^\s<>"']*[^\s<>"'.,;:!?)\]])/g)
    .map((part, index) =>
      index % 2 === 1 ? `<a href="${escapeHtml(part)}">${escapeHtml(part)}</a>` : escapeHtml(part),
    )
    .join('');

const headerList = (headers: Record<string, string>) => {
  const entries = Object.entries(headers);
  if (entries.length === 0) return '';
  const items = entries.map(([name, value]) => `<dt>${escapeHtml(name)}</dt><dd>${escapeHtml(value)}</dd>`);
  return `<h2>Headers</h2><dl>${items.join('')}</dl>`;
};

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head><body style="font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5"><main>${body}</main></body></html>`;

/** 127.0.0.0/8 and ::1, also as IPv4-mapped IPv6. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4) || address === '::1';
}

/**
 * The outbox holds reset links and invitations: a development server listening on 0.0.0.0 must
 * not hand them to anyone on the network. request.ip is the client's address (the proxy's
 * X-Forwarded-For only with TRUST_PROXY=true), so a remote client behind our own proxy is refused too.
 */
async function loopbackOnly(request: FastifyRequest, reply: FastifyReply) {
  if (!isLoopbackAddress(request.ip)) {
    return reply.code(403).send({ error: 'The development mailbox answers only on this machine (loopback).' });
  }
}

/**
 * The outbox of a server without SMTP_URL, readable in the browser. Registered only outside
 * production (the caller checks NODE_ENV) and only to loopback clients: it shows every email,
 * including password-reset links.
 */
export function registerDevMailRoutes(app: FastifyInstance, getDb: () => Database): void {
  const newest = (to?: string) => {
    const query = getDb()
      .select()
      .from(mailMessages)
      .where(to ? sql`lower(${mailMessages.to}) = ${to.toLowerCase()}` : undefined)
      .orderBy(desc(mailMessages.createdAt))
      .limit(50);
    return query;
  };

  app.get('/dev/mail.json', { onRequest: loopbackOnly }, async (request) =>
    newest((request.query as { to?: string }).to),
  );

  app.get('/dev/mail', { onRequest: loopbackOnly }, async (_request, reply) => {
    const messages = await newest();
    const rows = messages
      .map(
        (message) =>
          `<tr><td>${message.createdAt.toISOString()}</td><td>${escapeHtml(message.to)}</td><td><a href="/dev/mail/${message.id}">${escapeHtml(message.subject)}</a></td><td>${message.status}</td></tr>`,
      )
      .join('');
    return reply
      .type('text/html; charset=utf-8')
      .send(
        page(
          'Sidestream mail',
          `<h1>Mail sent by this server</h1><p>Development only: without SMTP_URL, email is stored here instead of sent.</p><table><thead><tr><th scope="col">Time</th><th scope="col">To</th><th scope="col">Subject</th><th scope="col">Status</th></tr></thead><tbody>${rows}</tbody></table>`,
        ),
      );
  });

  app.get('/dev/mail/:id', { onRequest: loopbackOnly }, async (request, reply) => {
    const { id } = request.params as { id: string };
    if (!/^[0-9a-f-]{36}$/.test(id)) return reply.code(404).send({ error: 'Not found' });
    const [message] = await getDb().select().from(mailMessages).where(eq(mailMessages.id, id));
    if (!message) return reply.code(404).send({ error: 'Not found' });
    return reply
      .type('text/html; charset=utf-8')
      .send(
        page(
          message.subject,
          `<p><a href="/dev/mail">All mail</a></p><h1>${escapeHtml(message.subject)}</h1><p>To: ${escapeHtml(message.to)} · ${message.createdAt.toISOString()} · ${message.status}</p>${headerList(message.headers)}<pre style="white-space: pre-wrap">${linkify(message.text)}</pre>`,
        ),
      );
  });
}
