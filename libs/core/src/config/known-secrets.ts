/**
 * Secrets and passwords published in this repository: the development defaults, the demo accounts
 * (README and `libs/accounts` bootstrap) and the defaults that docker-compose.yml once filled in.
 * Anyone can read them, so production refuses them. (The embedded PostgreSQL's fixed password is
 * not one: that server listens on 127.0.0.1 only.)
 */
export const PUBLISHED_SECRETS: readonly string[] = [
  // development default of ADMIN_PASSWORD (README)
  'enlace-admin-2026',
  // SEED_DEMO=1 accounts (README, accounts.bootstrap.ts)
  'demo-admin-2026',
  'demo-buyer-2026',
  'demo-analyst-2026',
  'demo-supplier-2026',
  // docker-compose.yml's former defaults of JWT_SECRET, ADMIN_PASSWORD and the database password
  'change-me-to-a-long-random-secret-of-32-chars',
  'change-me-please-now',
  'enlace',
];

/** True when `value` is one of PUBLISHED_SECRETS (ignoring case) or a "change me" placeholder. */
export function isPublishedSecret(value: string): boolean {
  const v = value.trim().toLowerCase();
  return PUBLISHED_SECRETS.includes(v) || /change[-_ ]?me/.test(v);
}
