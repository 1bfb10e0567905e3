import { AddressInfo } from 'net';
import { SMTPServer } from 'smtp-server';

/** A mail as the test SMTP server received it: the envelope's recipients, decoded headers and leaf parts. */
export interface ReceivedMail {
  to: string[];
  headers: Record<string, string>;
  subject: string;
  /** Leaf parts by content type (text/plain, text/html), decoded to text. */
  parts: Record<string, string>;
  raw: string;
}

export interface Inbox {
  /** SMTP_URL for the API (with a user and password: the server accepts any). */
  url: string;
  messages: ReceivedMail[];
  /** Stops the server: connections to its port are refused until start(). */
  stop(): Promise<void>;
  /** Starts it again on the same port. */
  start(): Promise<void>;
}

/** Quoted-printable to bytes (soft line breaks dropped). */
function qp(text: string): Buffer {
  const s = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const hex = s[i] === '=' ? /^[0-9A-Fa-f]{2}$/.exec(s.slice(i + 1, i + 3)) : null;
    if (hex) {
      bytes.push(parseInt(hex[0], 16));
      i += 2;
    } else bytes.push(...Buffer.from(s[i], 'utf8'));
  }
  return Buffer.from(bytes);
}

/** RFC 2047 encoded words (=?UTF-8?Q?...?= / =?UTF-8?B?...?=); adjacent words join without the space between them. */
function decodeWords(value: string): string {
  return value.replace(/\?=\s+=\?/g, '?==?').replace(/(=\?[^?]+\?[QqBb]\?[^?]*\?=)+/g, (run) => {
    const words = [...run.matchAll(/=\?[^?]+\?([QqBb])\?([^?]*)\?=/g)];
    const bytes = words.map(([, enc, data]) =>
      enc.toUpperCase() === 'B' ? Buffer.from(data, 'base64') : qp(data.replace(/_/g, ' ')),
    );
    return Buffer.concat(bytes).toString('utf8');
  });
}

function headersOf(block: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

function body(content: string, encoding: string | undefined): string {
  const e = (encoding ?? '7bit').toLowerCase();
  if (e === 'base64') return Buffer.from(content.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (e === 'quoted-printable') return qp(content).toString('utf8');
  return content;
}

/** Leaf parts of a MIME entity, recursively through multipart/*. */
function leaves(entity: string, into: Record<string, string>): Record<string, string> {
  const split = entity.search(/\r?\n\r?\n/);
  const headers = headersOf(entity.slice(0, split));
  const content = entity.slice(split).replace(/^\r?\n\r?\n/, '');
  const type = headers['content-type'] ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (!boundary) {
    into[type.split(';')[0].trim().toLowerCase()] = body(content, headers['content-transfer-encoding']);
    return into;
  }
  const pieces = content.split(`--${boundary}`).slice(1);
  for (const piece of pieces) if (!piece.startsWith('--')) leaves(piece.replace(/^\r?\n/, ''), into);
  return into;
}

export function parseMail(raw: string, to: string[]): ReceivedMail {
  const headers = headersOf(raw.slice(0, raw.search(/\r?\n\r?\n/)));
  return { to, headers, subject: decodeWords(headers.subject ?? ''), parts: leaves(raw, {}), raw };
}

/** A real SMTP server on 127.0.0.1 (random port, any credentials, no TLS) that keeps what it receives. */
export async function startInbox(): Promise<Inbox> {
  const messages: ReceivedMail[] = [];
  let server: SMTPServer | null = null;
  let port = 0;
  const start = async () => {
    const s = new SMTPServer({
      authOptional: true,
      allowInsecureAuth: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      closeTimeout: 500,
      onAuth: (auth, _session, done) => done(null, { user: auth.username }),
      onData: (stream, session, done) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const to = session.envelope.rcptTo.map((r) => r.address);
          messages.push(parseMail(Buffer.concat(chunks).toString('utf8'), to));
          done();
        });
      },
    });
    await new Promise<void>((resolve) => s.listen(port, '127.0.0.1', () => resolve()));
    port = (s.server.address() as AddressInfo).port;
    server = s;
  };
  await start();
  return {
    url: `smtp://enlace:not-checked@127.0.0.1:${port}`,
    messages,
    start,
    stop: () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
  };
}
