// SPDX-License-Identifier: EUPL-1.2
/** Entry point of `npm start` / `npm run serve`: reads the configuration, starts Stip, stops cleanly on SIGTERM/SIGINT. */
import { startStip } from './app.js';
import { loadConfig } from './config.js';
import { createLog } from './log.js';

const config = loadConfig();
const app = await startStip(config).catch((err: NodeJS.ErrnoException) => {
  const why = err.code === 'EADDRINUSE' ? `poort ${config.port} is al in gebruik (kies een andere met PORT=…)` : err.message;
  console.error(`Stip kon niet starten: ${why}`);
  process.exit(1);
});
// stdout carries only JSON log lines (a log collector reads them); the human greeting goes to a terminal.
const log = createLog({ quiet: config.quiet });
if (process.stderr.isTTY) process.stderr.write(`Stip draait op http://localhost:${app.port}${config.publicUrl ? ` (publiek adres: ${config.publicUrl})` : ''}\n`);
// The one-time set-up link is a credential: shown once on the terminal, never in the log stream (stdout).
if (app.setupLink) {
  if (process.stderr.isTTY) process.stderr.write(`Open deze link om Stip in te richten: ${app.setupLink}\n`);
  else log.info('server.not-set-up', { hint: 'npm run stip -- setup-link' });
}

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  log.info('server.stopping', { signal });
  app.close().then(
    () => process.exit(0),
    (err) => {
      log.error('server.stop-failed', { error: err instanceof Error ? err.message : String(err) });
      process.exit(1);
    },
  );
};
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
