/**
 * `npm start`: builds the client when dist/client is missing or older than client/ or shared/
 * (scripts/clientBuild.mjs), then runs the server (`node --import tsx server/index.ts`),
 * forwarding SIGINT/SIGTERM and its exit code. Defaults: PORT 8080, STIP_DATA_DIR ./data.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildClientIfStale } from './clientBuild.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

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

const env = { ...process.env, PORT: process.env.PORT || '8080', STIP_DATA_DIR: process.env.STIP_DATA_DIR || './data' };
const server = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'server', 'index.ts')], { cwd: root, env, stdio: 'inherit' });

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (server.exitCode === null) server.kill(signal);
  });
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
