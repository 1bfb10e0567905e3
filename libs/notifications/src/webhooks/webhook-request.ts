import { createHmac } from 'crypto';
import * as http from 'http';
import * as https from 'https';
import { isIP, LookupFunction } from 'net';
import { EventType } from '@enlace/core';
import { hostOf } from './webhook-target';
import { nonPublicKind } from './private-address';

export const WEBHOOK_TIMEOUT_MS = 10_000;
const USER_AGENT = 'Enlace-Webhooks/1.0';

export interface WebhookEvent {
  id: string;
  type: EventType;
  createdAt: Date;
  data: Record<string, unknown>;
}

/** The JSON body of an event's delivery, as the contract gives it. */
export function webhookBody(e: WebhookEvent): string {
  return JSON.stringify({ id: e.id, type: e.type, createdAt: e.createdAt.toISOString(), data: e.data });
}

/** `Enlace-Signature`: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>"> with the webhook's secret. */
export function webhookSignature(secret: string, body: string, unixSeconds: number): string {
  const v1 = createHmac('sha256', secret).update(`${unixSeconds}.${body}`, 'utf8').digest('hex');
  return `t=${unixSeconds},v1=${v1}`;
}

export interface WebhookPost {
  url: string;
  secret: string;
  event: WebhookEvent;
  lookup: LookupFunction;
  allowPrivate: boolean;
  /** Aborts the request (the API is stopping); it is also aborted after WEBHOOK_TIMEOUT_MS. */
  signal: AbortSignal;
}

/**
 * POSTs an event, signed, and answers the response's HTTP status (the body is not read), or null when
 * no answer came (refused address, connection error, timeout). Redirects are not followed.
 */
export function postWebhook(p: WebhookPost): Promise<number | null> {
  const url = new URL(p.url);
  const host = hostOf(url);
  if (!p.allowPrivate && isIP(host) && nonPublicKind(host)) return Promise.resolve(null);
  const body = webhookBody(p.event);
  const headers = {
    'Content-Type': 'application/json',
    'Content-Length': String(Buffer.byteLength(body)),
    'User-Agent': USER_AGENT,
    'Enlace-Delivery': p.event.id,
    'Enlace-Signature': webhookSignature(p.secret, body, Math.floor(Date.now() / 1000)),
  };
  const signal = AbortSignal.any([p.signal, AbortSignal.timeout(WEBHOOK_TIMEOUT_MS)]);
  const send = url.protocol === 'https:' ? https.request : http.request;
  return new Promise((resolve) => {
    const req = send(url, { method: 'POST', headers, lookup: p.lookup, agent: false, signal }, (res) => {
      res.on('error', () => undefined);
      res.resume();
      resolve(res.statusCode ?? null);
    });
    req.on('error', () => resolve(null));
    req.end(body);
  });
}
