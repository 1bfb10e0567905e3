// Vite: the React app in src/, built to dist/ (served by the API); `npm run dev` proxies the API.
import { readFileSync } from 'fs';
import { fileURLToPath } from 'url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const api = process.env.API_URL ?? 'http://127.0.0.1:3000';

/** The base map lives in the repository's data/ (the server draws the PDF brief from it too): served and built as /maps/mexico.topo.json. */
function baseMap(): Plugin {
  const file = fileURLToPath(new URL('../../data/maps/mexico.topo.json', import.meta.url));
  const url = '/maps/mexico.topo.json';
  return {
    name: 'enlace-base-map',
    configureServer(server) {
      server.middlewares.use(url, (_req, res) => {
        res.setHeader('content-type', 'application/json');
        res.end(readFileSync(file));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: url.slice(1), source: readFileSync(file) });
    },
  };
}

export default defineConfig({
  plugins: [react(), baseMap()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2022',
    chunkSizeWarningLimit: 650 /* the budget that matters (350 KB gzipped for /match) is checked by e2e/performance.pw.ts */,
  },
  server: {
    port: 5173,
    proxy: { '/graphql': api, '/health': api, '/metrics': api },
  },
});
