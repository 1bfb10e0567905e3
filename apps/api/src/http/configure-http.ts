import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { json, NextFunction, Request, Response } from 'express';
import { Server } from 'http';
import helmet from 'helmet';
import { AppConfig, Metrics, RateLimiter, requestContext, requestIdFrom, ROOT_LOGGER } from '@enlace/core';
import { clientRateLimits } from '@enlace/core';
import { Logger } from 'pino';
import { requireMetricsToken } from '../health/metrics-auth';
import { serveWebApp } from './web-app';

export const MAX_BODY = '1mb';

function errorBody(message: string, code: string, requestId?: string) {
  return { errors: [{ message, extensions: { code, ...(requestId ? { requestId } : {}) } }] };
}

const KNOWN_PATHS = ['/graphql', '/health', '/health/live', '/health/ready', '/metrics'];

/**
 * Everything HTTP that wraps GraphQL: request ids, CORS, security headers, body size and JSON
 * errors, the per-client and per-credential rate limit, the metrics token, request metrics, and
 * the built web app on the same origin.
 */
export function configureHttp(nest: INestApplication, config: AppConfig): void {
  const app = nest as NestExpressApplication;
  const metrics = app.get(Metrics);
  const limiter = app.get(RateLimiter);
  const logger = app.get<Logger>(ROOT_LOGGER);
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');

  app.use((req: Request, res: Response, next: NextFunction) => {
    const requestId = requestIdFrom(req.headers['x-request-id']);
    (req as Request & { id: string }).id = requestId;
    res.setHeader('x-request-id', requestId);
    res.on('finish', () => {
      const path = KNOWN_PATHS.includes(req.path) ? req.path : 'other';
      metrics.httpRequests.inc({ path, status: String(res.statusCode) });
    });
    requestContext.run({ requestId, startedAt: Date.now() }, () => next());
  });

  app.use(
    helmet({
      // Strict for the web app too: its own scripts, styles, images and API only; no inline script.
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'none'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'"],
          connectSrc: ["'self'"],
          manifestSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          baseUri: ["'none'"],
          formAction: ["'none'"],
        },
      },
      crossOriginResourcePolicy: { policy: 'same-origin' },
      strictTransportSecurity: config.nodeEnv === 'production' ? { maxAge: 15552000, includeSubDomains: true } : false,
    }),
  );

  // Browser clients on CORS_ORIGINS only (none by default); preflights are answered here.
  if (config.corsOrigins.length)
    app.enableCors({
      origin: config.corsOrigins,
      methods: ['GET', 'POST'],
      exposedHeaders: ['X-Request-Id', 'Retry-After'],
      maxAge: 600,
    });
  if (config.metricsToken) app.use('/metrics', requireMetricsToken(config.metricsToken));

  const parse = json({
    limit: MAX_BODY,
    type: ['application/json', 'application/graphql-response+json', 'application/*+json'],
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    parse(req, res, (err?: { type?: string }) => {
      if (!err) return next();
      const requestId = requestContext.getStore()?.requestId;
      if (err.type === 'entity.too.large')
        return res.status(413).json(errorBody(`Request body exceeds ${MAX_BODY}`, 'PAYLOAD_TOO_LARGE', requestId));
      if (err.type === 'entity.parse.failed')
        return res.status(400).json(errorBody('Malformed JSON in request body', 'BAD_REQUEST', requestId));
      if (err.type === 'encoding.unsupported' || err.type === 'charset.unsupported')
        return res.status(415).json(errorBody('Unsupported body encoding', 'BAD_REQUEST', requestId));
      return res.status(400).json(errorBody('Unreadable request body', 'BAD_REQUEST', requestId));
    });
  });

  if (config.rateLimitPerMinute > 0) {
    app.use('/graphql', async (req: Request, res: Response, next: NextFunction) => {
      try {
        const limits = clientRateLimits(req.ip, req.headers.authorization, config.rateLimitPerMinute);
        const d = await limiter.hitAll(limits, 60);
        if (!d.allowed) {
          res.setHeader('retry-after', String(d.retryAfterSeconds));
          return res
            .status(429)
            .json(
              errorBody(
                `Too many requests: at most ${d.limit} a minute; retry in ${d.retryAfterSeconds} s`,
                'TOO_MANY_REQUESTS',
                requestContext.getStore()?.requestId,
              ),
            );
        }
      } catch (e) {
        // The counters live in the database; when it is down the request fails on its own.
        logger.warn({ err: (e as Error).message }, 'rate limiter unavailable');
      }
      next();
    });
  }

  serveWebApp(nest, config);
}

export function configureServerTimeouts(nest: INestApplication<Server>): void {
  const server = nest.getHttpServer();
  server.requestTimeout = 30_000;
  server.headersTimeout = 15_000;
  server.keepAliveTimeout = 5_000;
}
