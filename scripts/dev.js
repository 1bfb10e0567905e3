#!/usr/bin/env node
// `npm run dev`: the API in watch mode (nest start api --watch, on PORT, default 3000) and Vite's dev
// server for the web app (http://localhost:5173) with /graphql, /health and /metrics proxied to the API.
// Ctrl-C stops both.
'use strict';
const path = require('path');
const { spawn } = require('child_process');

const root = path.resolve(__dirname, '..');
const port = process.env.PORT || '3000';
const children = [
  spawn('npx', ['nest', 'start', 'api', '--watch'], { cwd: root, stdio: 'inherit', env: process.env }),
  spawn('npm', ['run', 'dev', '--workspace', '@enlace/web'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, API_URL: process.env.API_URL || `http://127.0.0.1:${port}` },
  }),
];

let stopping = false;
function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500).unref();
}
for (const c of children) c.on('exit', (code) => stop(code ?? 0));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
