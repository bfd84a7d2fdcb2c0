/**
 * `npm start`: builds the client when dist/client is missing or older than client/ or shared/
 * (scripts/clientBuild.mjs) and the server bundle when it is missing or older than server/ or
 * shared/ (scripts/buildServer.mjs), then runs the built server as plain JavaScript, without the
 * tsx loader: `node <flags> dist/server/index.mjs` (scripts/serverProcess.mjs), forwarding
 * SIGINT/SIGTERM and its exit code. Defaults: PORT 8080, STIP_DATA_DIR ./data.
 * Development without a build: `npm run serve` (tsx).
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { buildClientIfStale } from './clientBuild.mjs';
import { buildServerIfStale } from './buildServer.mjs';
import { serverNodeArgs } from './serverProcess.mjs';
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

const env = { ...process.env, PORT: process.env.PORT || '8080', STIP_DATA_DIR: process.env.STIP_DATA_DIR || './data' };
const server = spawn(process.execPath, serverNodeArgs(), { cwd: root, env, stdio: 'inherit' });

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (server.exitCode === null) server.kill(signal);
  });
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
