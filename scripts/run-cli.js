#!/usr/bin/env node
// `npm run cli -- <command>`: builds the CLI when its output is missing or older than the sources,
// then runs it with the given arguments and passes its exit code on.
'use strict';
const { spawnSync } = require('child_process');
const { buildIfStale } = require('./build-if-stale');

let entry;
try {
  entry = buildIfStale('cli');
} catch (e) {
  process.stderr.write(`cli: ${e.message}\n`);
  process.exit(1);
}

// The import's live data is small (streamed, one batch waiting); a bounded old space makes V8
// collect instead of growing the heap, which keeps the peak RSS flat at any file size.
const nodeArgs = process.argv[2] === 'import' ? ['--max-old-space-size=160'] : [];
const r = spawnSync(process.execPath, [...nodeArgs, entry, ...process.argv.slice(2)], {
  cwd: process.cwd(),
  stdio: 'inherit',
});
if (r.error) {
  process.stderr.write(`cli: ${r.error.message}\n`);
  process.exit(1);
}
process.exit(r.status ?? 1);
