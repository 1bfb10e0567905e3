import { BlockList, isIP } from 'net';

/** Why an address is not on the public internet; webhooks refuse such targets unless allowed. */
export type NonPublicKind =
  'unspecified' | 'loopback' | 'private' | 'link-local' | 'unique-local' | 'shared (CGNAT)' | 'multicast' | 'reserved';

const RANGES: Record<NonPublicKind, string[]> = {
  unspecified: ['0.0.0.0/8', '::/128'],
  loopback: ['127.0.0.0/8', '::1/128'],
  private: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '192.0.0.0/24', 'fec0::/10'],
  'link-local': ['169.254.0.0/16', 'fe80::/10'],
  'unique-local': ['fc00::/7'],
  'shared (CGNAT)': ['100.64.0.0/10'],
  multicast: ['224.0.0.0/4', 'ff00::/8'],
  reserved: [
    '192.0.2.0/24',
    '198.18.0.0/15',
    '198.51.100.0/24',
    '203.0.113.0/24',
    '240.0.0.0/4',
    '100::/64',
    '2001:db8::/32',
  ],
};

const LISTS = Object.entries(RANGES).map(([kind, cidrs]) => {
  const list = new BlockList();
  for (const cidr of cidrs) {
    const [net, prefix] = cidr.split('/');
    list.addSubnet(net, Number(prefix), isIP(net) === 4 ? 'ipv4' : 'ipv6');
  }
  return { kind: kind as NonPublicKind, list };
});

/** IPv6 prefixes that carry an IPv4 address in their last 32 bits (mapped, compatible, NAT64), judged by it. */
const EMBEDS_IPV4 = [
  { prefix: [0, 0, 0, 0, 0, 0xffff], length: 6 },
  { prefix: [0, 0, 0, 0, 0, 0], length: 6 },
  { prefix: [0x64, 0xff9b, 0, 0, 0, 0], length: 6 },
];

/** The eight 16-bit groups of an IPv6 address (with `::` expanded and a trailing dotted quad converted). */
function hextets(ip: string): number[] {
  const quad = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(ip);
  const text = quad
    ? ip.slice(0, quad.index) +
      [(+quad[1] << 8) | +quad[2], (+quad[3] << 8) | +quad[4]].map((n) => n.toString(16)).join(':')
    : ip;
  const [head, tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const zeros = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...zeros, ...right].map((h) => parseInt(h, 16));
}

/** The IPv4 address an IPv6 address embeds (see EMBEDS_IPV4), or null. */
function embeddedIpv4(ip: string): string | null {
  const groups = hextets(ip);
  const embeds = EMBEDS_IPV4.some((e) => e.prefix.every((g, i) => groups[i] === g));
  if (!embeds || (groups[6] === 0 && groups[7] <= 1)) return null; // :: and ::1 are themselves
  return [groups[6] >> 8, groups[6] & 255, groups[7] >> 8, groups[7] & 255].join('.');
}

/**
 * What kind of non-public address `ip` is (IPv4 or IPv6, an IPv4-mapped IPv6 address judged by its
 * IPv4 address), or null for a public one. Anything that is not an IP address is 'reserved'.
 */
export function nonPublicKind(address: string): NonPublicKind | null {
  const ip = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(ip);
  if (!family) return 'reserved';
  if (family === 6) {
    const v4 = embeddedIpv4(ip);
    if (v4) return nonPublicKind(v4);
  }
  const type = family === 4 ? 'ipv4' : 'ipv6';
  return LISTS.find((l) => l.list.check(ip, type))?.kind ?? null;
}
