import { lookup as dnsLookup, LookupAddress } from 'dns';
import { isIP, LookupFunction } from 'net';
import { accept, Checked, refuse } from '@enlace/core';
import { nonPublicKind } from './private-address';

export const MAX_WEBHOOK_URL_LENGTH = 2000;

/** The host of a parsed URL without an IPv6 literal's brackets. */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '');
}

/** Why `address` may not be a target (its host is `host`), or null when it may. */
function refusal(host: string, address: string, allowPrivate: boolean): string | null {
  const kind = allowPrivate ? null : nonPublicKind(address);
  if (!kind) return null;
  const via = host === address ? '' : ` (${host} resolves to ${address})`;
  return `must not point to a ${kind} address${via}: webhooks only reach the public internet`;
}

/**
 * The URL rule: absolute https (http only when private targets are allowed), no credentials, at
 * most MAX_WEBHOOK_URL_LENGTH characters, and an IP-address host only when public. Host names are
 * checked by checkResolvedHost.
 */
export function checkWebhookUrl(raw: string, allowPrivate: boolean): Checked<URL> {
  const text = raw.trim();
  if (text.length > MAX_WEBHOOK_URL_LENGTH) return refuse(`must be at most ${MAX_WEBHOOK_URL_LENGTH} characters`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return refuse(`must be an absolute https:// URL, got "${text.slice(0, 60)}"`);
  }
  const schemes = allowPrivate ? ['https:', 'http:'] : ['https:'];
  if (!schemes.includes(url.protocol)) return refuse(`must start with https://, got "${url.protocol}//"`);
  if (url.username || url.password) return refuse('must not contain a user name or password');
  const host = hostOf(url);
  const refused = isIP(host) ? refusal(host, host, allowPrivate) : null;
  return refused ? refuse(refused) : accept(url);
}

function lookupAll(host: string): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) =>
    dnsLookup(host, { all: true }, (e, addresses) => (e ? reject(e) : resolve(addresses))),
  );
}

/** The host name's addresses must all be public (unless allowed); one that does not resolve is refused. */
export async function checkResolvedHost(host: string, allowPrivate: boolean): Promise<Checked<string>> {
  if (allowPrivate || isIP(host)) return accept(host);
  let addresses: LookupAddress[];
  try {
    addresses = await lookupAll(host);
  } catch {
    return refuse(`host ${host} could not be resolved`);
  }
  const refused = addresses.map((a) => refusal(host, a.address, false)).find((r) => r !== null);
  return refused ? refuse(refused) : accept(host);
}

/**
 * A `lookup` for http(s).request that refuses non-public addresses when connecting, so a host name
 * that resolved to a public address at creation and to a private one now (DNS rebinding) is not reached.
 */
export function publicOnlyLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      const refused = error ? null : addresses.map((a) => refusal(hostname, a.address, allowPrivate)).find(Boolean);
      const failure =
        error ?? (refused ? Object.assign(new Error(`url ${refused}`), { code: 'EREFUSEDADDRESS' }) : null);
      if (failure) return callback(failure, '', 0);
      if (options.all) return (callback as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}
