/** Entry point of `npm start` / `npm run serve`: reads the configuration, starts Stip, stops cleanly on SIGTERM/SIGINT. */
import { startStip } from './app.js';
import { loadConfig } from './config.js';

const config = loadConfig();
const app = await startStip(config).catch((err: NodeJS.ErrnoException) => {
  const why = err.code === 'EADDRINUSE' ? `poort ${config.port} is al in gebruik (kies een andere met PORT=…)` : err.message;
  console.error(`Stip kon niet starten: ${why}`);
  process.exit(1);
});
console.log(`Stip draait op http://localhost:${app.port}${config.publicUrl ? ` (publiek adres: ${config.publicUrl})` : ''}`);
// The one-time set-up link is a credential: shown once on the terminal, never in the log stream (stdout).
if (app.setupLink) {
  if (process.stderr.isTTY) process.stderr.write(`Open deze link om Stip in te richten: ${app.setupLink}\n`);
  else console.log('Stip is nog niet ingericht. Maak een inrichtingslink met: npm run stip -- setup-link');
}

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`Stip stopt (${signal})…`);
  app.close().then(
    () => process.exit(0),
    (err) => {
      console.error('Stoppen ging mis:', err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
};
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
