import { createHmac } from 'crypto';
import { createServer, Server } from 'http';
import { AddressInfo } from 'net';

/** A POST as the receiver got it, with the status it answered. */
export interface ReceivedHook {
  path: string;
  delivery: string;
  signature: string;
  body: string;
  /** null: the receiver never answered. */
  status: number | null;
}

export interface WebhookReceiver {
  /** http://127.0.0.1:<port> (webhooks need WEBHOOK_ALLOW_PRIVATE=1 for it). */
  url: string;
  hits: ReceivedHook[];
  /** The status to answer a POST to `path` with (default 200); null: never answer (the request hangs). */
  answer: (path: string) => number | null;
  close(): Promise<void>;
}

/** A webhook receiver on 127.0.0.1 (node:http) that keeps every POST and answers `receiver.answer(path)`, or never. */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  let server: Server | null = null;
  const receiver: WebhookReceiver = {
    url: '',
    hits: [],
    answer: () => 200,
    close: () =>
      new Promise<void>((resolve) => {
        if (!server) return resolve();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      const status = receiver.answer(req.url!);
      const delivery = String(req.headers['enlace-delivery']);
      receiver.hits.push({
        path: req.url!,
        delivery,
        signature: String(req.headers['enlace-signature']),
        body,
        status,
      });
      if (status !== null) res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return receiver;
}

/** Whether a hit carries `Enlace-Signature: t=<unix s>,v1=<HMAC-SHA256 of "<t>.<body>">` under `secret`. */
export function signedWith(hit: ReceivedHook, secret: string): boolean {
  const m = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(hit.signature);
  return !!m && m[2] === createHmac('sha256', secret).update(`${m[1]}.${hit.body}`).digest('hex');
}
