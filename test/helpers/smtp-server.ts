import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type ReceivedMail = {
  from: string;
  to: string[];
  subject: string;
  text: string;
  headers: Record<string, string>;
  /** The message as it came over the wire, for assertions the parsed fields don't cover. */
  raw: string;
};

/** A real SMTP server on a free local port that keeps what it receives, for tests that send mail. */
export async function startTestSmtpServer() {
  const messages: ReceivedMail[] = [];
  let refusing = false;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    // While refusing, every sender is turned away with a temporary error, as a full or broken server would.
    onMailFrom(_address, _session, callback) {
      if (!refusing) return callback();
      const error = Object.assign(new Error('mailbox unavailable, try again later'), { responseCode: 451 });
      return callback(error);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', callback);
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        simpleParser(raw)
          .then((parsed) => {
            const headers: Record<string, string> = {};
            // The raw lines: mailparser folds List-* headers into a structured 'list' entry.
            for (const { key, line } of parsed.headerLines) headers[key] = line.slice(line.indexOf(':') + 1).trim();
            messages.push({
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              to: session.envelope.rcptTo.map((recipient) => recipient.address),
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              headers,
              raw: raw.toString('utf8'),
            });
            callback();
          })
          .catch(callback);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as { port: number }).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    async waitFor(predicate: (mail: ReceivedMail) => boolean, timeoutMs = 15_000): Promise<ReceivedMail> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = messages.find(predicate);
        if (found) return found;
        if (Date.now() > deadline)
          throw new Error(`no matching mail within ${timeoutMs} ms; got ${messages.map((m) => m.subject).join(', ')}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    refuse(value: boolean) {
      refusing = value;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
