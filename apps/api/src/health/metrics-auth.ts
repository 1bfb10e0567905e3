import { createHash, timingSafeEqual } from 'crypto';
import { NextFunction, Request, Response } from 'express';

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/**
 * With METRICS_TOKEN set, GET /metrics needs `Authorization: Bearer <METRICS_TOKEN>`: 401 without it
 * or with another. The comparison is constant-time (SHA-256 digests of equal length). The token is
 * a scrape credential, not a user's: once checked it is removed so the API's own authentication
 * does not read it as a session token.
 */
export function requireMetricsToken(token: string) {
  const expected = digest(token);
  return (req: Request, res: Response, next: NextFunction) => {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
    if (!m || !timingSafeEqual(digest(m[1]), expected)) {
      res.setHeader('www-authenticate', 'Bearer realm="metrics"');
      res.status(401).json({ error: 'A valid metrics token is required: Authorization: Bearer <METRICS_TOKEN>' });
      return;
    }
    delete req.headers.authorization;
    next();
  };
}
