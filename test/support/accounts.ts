import { randomBytes } from 'crypto';
import { hashPassword } from '@enlace/accounts';
import { TestApp } from './test-app';
import { insertSupplier } from './builders';

export type TestRole = 'ADMIN' | 'OEM_BUYER' | 'INVESTMENT_ANALYST' | 'SUPPLIER';

export interface TokenOptions {
  /** OEM_BUYER: the OEM (default "General Motors"). */
  oem?: string;
  /** SUPPLIER: the profile the account may edit (default: a new supplier inserted for it). */
  supplierId?: string;
  /** Default: a fresh random address. */
  email?: string;
  /** Default: a fixed 20-character password. */
  password?: string;
}

export const TEST_PASSWORD = 'test-password-123456';

let hashed: Promise<string> | null = null;

/**
 * Creates an account directly in the test database (or reuses it when the email exists), logs in
 * over HTTP and returns the bearer token. SUPPLIER accounts without `supplierId` get a new supplier.
 */
export async function tokenFor(
  t: Pick<TestApp, 'db' | 'gql'>,
  role: TestRole,
  opts: TokenOptions = {},
): Promise<string> {
  const email = (
    opts.email ?? `${role.toLowerCase().replace(/_/g, '-')}-${randomBytes(5).toString('hex')}@test.enlace.local`
  ).toLowerCase();
  const password = opts.password ?? TEST_PASSWORD;
  const hash = opts.password ? await hashPassword(password) : await (hashed ??= hashPassword(TEST_PASSWORD));
  const oem = role === 'OEM_BUYER' ? (opts.oem ?? 'General Motors') : null;
  const supplierId = role === 'SUPPLIER' ? (opts.supplierId ?? (await insertSupplier(t.db))) : null;
  await t.db.query(
    `INSERT INTO users (email, password_hash, role, oem, supplier_id) VALUES ($1, $2, $3, $4, $5) ON CONFLICT ((lower(email))) DO NOTHING`,
    [email, hash, role, oem, supplierId],
  );
  const r = await t.gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token role } }`, {
    e: email,
    p: password,
  });
  if (r.errors || !r.data?.login?.token)
    throw new Error(`tokenFor(${role}): login failed: ${JSON.stringify(r.errors)}`);
  return r.data.login.token;
}

/** Logs in over HTTP as the configured bootstrap admin. */
export async function adminToken(t: TestApp): Promise<string> {
  const r = await t.gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, {
    e: t.config.adminEmail,
    p: t.config.adminPassword,
  });
  if (r.errors) throw new Error(`admin login failed: ${JSON.stringify(r.errors)}`);
  return r.data.login.token;
}
