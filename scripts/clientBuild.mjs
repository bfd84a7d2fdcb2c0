// SPDX-License-Identifier: EUPL-1.2
/**
 * Builds the client (vite build → dist/client) when it is missing or older than its sources.
 * Used by `npm start` and by the browser tests, so both serve an up-to-date client.
 */
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { isStale, REPO_ROOT as root } from './staleness.mjs';

const builtIndex = path.join(root, 'dist', 'client', 'index.html');
const sources = ['client', 'shared', 'vite.config.ts', 'package.json', 'scripts/cssPruner.mjs', 'scripts/utrechtTreeShaking.mjs', 'scripts/precompress.mjs', 'scripts/earlyRoutePreload.mjs', 'scripts/clientStandIns.mjs'];

/** True when dist/client is missing or older than any client source. */
export function clientIsStale() {
  return isStale(builtIndex, sources);
}

/** Builds the client if it is stale; prints progress; throws when the build fails. */
export function buildClientIfStale({ quiet = false } = {}) {
  if (!clientIsStale()) return false;
  if (!quiet) console.log('De webapp wordt gebouwd (eenmalig, ongeveer een halve minuut)…');
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', quiet ? 'error' : 'info'], {
    cwd: root,
    // Always the production build: under Vitest NODE_ENV is "test", which would bundle React's
    // development build (twice the size, slower) into what the browser tests and the bench load.
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit',
  });
  if (result.status !== 0) throw new Error('Building the client failed (vite build exited with ' + result.status + ')');
  return true;
}
