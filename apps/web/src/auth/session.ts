// The signed-in session, kept for the tab (sessionStorage): the token from `login` and what its
// claims say about the account (shown in the header and used to pick what the navigation offers;
// the API decides what is allowed).
import type { Role } from '../generated/graphql';

export interface Session {
  token: string;
  role: Role;
  email: string | null;
  oem: string | null;
  supplierId: string | null;
  /** When the token stops working (ms since the epoch), when its claims say so. */
  expiresAt: number | null;
}

const KEY = 'enlace.session';

interface Claims {
  email?: unknown;
  oem?: unknown;
  sid?: unknown;
  exp?: unknown;
}

function claimsOf(token: string): Claims {
  try {
    const payload = token.split('.')[1] ?? '';
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(json, (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes)) as Claims;
  } catch {
    return {};
  }
}

const text = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);

export function sessionFromLogin(token: string, role: Role): Session {
  const c = claimsOf(token);
  return {
    token,
    role,
    email: text(c.email),
    oem: text(c.oem),
    supplierId: text(c.sid),
    expiresAt: typeof c.exp === 'number' ? c.exp * 1000 : null,
  };
}

export function readSession(): Session | null {
  try {
    const raw = window.sessionStorage.getItem(KEY);
    const s = raw ? (JSON.parse(raw) as Session) : null;
    return s && typeof s.token === 'string' && typeof s.role === 'string' ? s : null;
  } catch {
    return null;
  }
}

export function writeSession(s: Session): void {
  window.sessionStorage.setItem(KEY, JSON.stringify(s));
}

export function clearSession(): void {
  window.sessionStorage.removeItem(KEY);
}
