// Vite: the React app in src/, built to dist/ (served by the API); `npm run dev` proxies the API.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const api = process.env.API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
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
