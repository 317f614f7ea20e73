#!/usr/bin/env node
'use strict';
// The compiled CLI lives in dist/ (built by `npm ci` through the prepare script).
let cli;
try {
  cli = require('../dist/cli/jobgraph.js');
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND') {
    process.stderr.write('jobgraph: dist/ is missing; run `npm ci` (or `npm run build`) first.\n');
    process.exit(1);
  }
  throw error;
}
cli.main(process.argv.slice(2)).then(
  // exitCode, not exit(): a pipe (`jobgraph schema | diff ...`) is written asynchronously, and
  // process.exit() would cut the output at the first 64 KiB. Servers end through their own shutdown.
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`jobgraph: failed: ${error && error.message ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
