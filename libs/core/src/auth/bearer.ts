/**
 * The credential in `Authorization: Bearer <credential>` (a token or an API key), or null when the
 * header is absent or of another form.
 */
export function bearerCredential(header: unknown): string | null {
  const m = typeof header === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return m ? m[1] : null;
}
