import * as fs from 'fs';
import * as path from 'path';
import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { NextFunction, Request, Response, static as serveStatic } from 'express';
import { AppConfig } from '@enlace/core';

/** Paths the API answers itself: never the web app's files or its index.html. */
export function isApiPath(p: string): boolean {
  return /^\/(graphql|health|metrics)(\/|$)/.test(p);
}

/**
 * Serves the built web app (`config.webDir`, from `npm run build:web`) on the API's origin: hashed
 * assets cached for a year, other files briefly, and index.html (never cached) for any other GET
 * that asks for HTML and names no file, so deep links such as /match?plantId=… load the app.
 */
export function serveWebApp(nest: INestApplication, config: AppConfig): void {
  const app = nest as NestExpressApplication;
  const dir = config.webDir;
  const index = path.join(dir, 'index.html');
  const skipApi = (handler: (req: Request, res: Response, next: NextFunction) => void) => {
    return (req: Request, res: Response, next: NextFunction) =>
      isApiPath(req.path) ? next() : handler(req, res, next);
  };
  app.use(
    '/assets',
    serveStatic(path.join(dir, 'assets'), { index: false, immutable: true, maxAge: '365d', fallthrough: true }),
  );
  app.use(skipApi(serveStatic(dir, { index: false, maxAge: '1h', dotfiles: 'ignore' })));
  app.use(
    skipApi((req, res, next) => {
      if ((req.method !== 'GET' && req.method !== 'HEAD') || path.extname(req.path) || !req.accepts('html')) {
        return next();
      }
      if (!fs.existsSync(index)) {
        res.status(404).type('text/plain').send('The web app is not built: run `npm run build:web` (npm start does).');
        return;
      }
      res.setHeader('cache-control', 'no-cache');
      res.sendFile(index);
    }),
  );
}
