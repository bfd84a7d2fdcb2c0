// SPDX-License-Identifier: EUPL-1.2
/**
 * `npm start`: builds the client when dist/client is missing or older than client/ or shared/
 * (scripts/clientBuild.mjs) and the server bundle when it is missing or older than server/ or
 * shared/ (scripts/buildServer.mjs), then runs the built server as plain JavaScript, without the
 * tsx loader, *in this same process* (it imports dist/server/index.mjs, which handles
 * SIGINT/SIGTERM itself): no launcher process of ~50 MB stays alive next to the server.
 * package.json starts this script with the server's V8 flags (SERVER_NODE_FLAGS in
 * scripts/serverProcess.mjs), since they cannot be set once Node runs; without them a warning
 * is printed and the server runs anyway. Defaults: PORT 8080, STIP_DATA_DIR ./data.
 * Development without a build: `npm run serve` (tsx).
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildClientIfStale } from './clientBuild.mjs';
import { buildServerIfStale, SERVER_BUNDLE } from './buildServer.mjs';
import { SERVER_NODE_FLAGS } from './serverProcess.mjs';
import { REPO_ROOT as root } from './staleness.mjs';

if (fs.existsSync(path.join(root, 'client', 'index.html'))) {
  try {
    buildClientIfStale();
  } catch (err) {
    console.error(`Het bouwen van de webapp is mislukt: ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  }
} else {
  console.log('Geen client/index.html gevonden: Stip start zonder webapp (alleen API en WebSocket).');
}

try {
  await buildServerIfStale();
} catch (err) {
  console.error(`Het bouwen van de server is mislukt: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
}

const missingFlags = SERVER_NODE_FLAGS.filter((flag) => !process.execArgv.includes(flag));
if (missingFlags.length > 0) console.warn(`Let op: start met \`npm start\` (of node ${SERVER_NODE_FLAGS.join(' ')} scripts/start.mjs); nu zonder ${missingFlags.join(' ')}.`);

process.env.PORT ||= '8080';
process.env.STIP_DATA_DIR ||= './data';
process.chdir(root);
await import(pathToFileURL(SERVER_BUNDLE).href);
