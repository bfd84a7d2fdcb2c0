// SPDX-License-Identifier: EUPL-1.2
/**
 * The Stip command line (`npm run stip -- …`): works directly on the SQLite store in STIP_DATA_DIR,
 * no server needed. Errors are one Dutch sentence and exit code 1.
 */
import { backupCommand, restoreCommand } from './backupCommands.js';
import { CliError } from './cliError.js';
import { consultationOpenCommand } from './consultationOpenCommand.js';
import { exportCommand } from './exportCommand.js';
import { setupLinkCommand, workshopListCommand } from './listAndSetupCommands.js';
import { retentionCommand } from './retentionCommand.js';
import { workshopCreateCommand } from './workshopCreateCommand.js';
import { workshopDeleteCommand } from './workshopDeleteCommand.js';

const USAGE = `Gebruik: npm run stip -- <opdracht>

  workshop create --gemeente "Naam" [--title "Titel"] [--participants deelnemers.csv] [--show-names] [--json]
        maakt een workshop met procesbegeleider, leest de deelnemers in, verdeelt ze over drie groepen
        en toont alle links (met --json als JSON)
  workshop list [--json]      toont alle workshops
  workshop delete <id> --confirm "Naam"
                              verwijdert een workshop met alles erin (alleen als de server niet draait)
  setup-link                  maakt een nieuwe eenmalige inrichtingslink
  backup <bestand>            maakt een reservekopie van de database (mag terwijl de server draait)
  restore <bestand>           zet een reservekopie terug (alleen als de server niet draait)
  consultation open <workshopId> --version 1 --closes <ISO-8601> [--all] [--people bestand.csv] [--json]
                              opent de consultatie op een vastgezette versie voor wie afwezig was bij
                              bijeenkomst 1 (met --all: alle deelnemers) plus de mensen uit het CSV-bestand,
                              en toont hun persoonlijke links
  export <id> --format docx|pdf|md --out <bestand> [--version N] [--parts vision,origin,…] [--participants] [--at 2026-03-12T10:00:00Z]
                              schrijft het dossier van een workshop als Word, toegankelijke PDF of Markdown
                              (mag terwijl de server draait; --at legt de datum in het bestand vast)
  retention [--dry-run] [--days N]
                              verwijdert workshops ouder dan de bewaartermijn (STIP_RETENTION_DAYS);
                              met --dry-run alleen een lijst

Het CSV-bestand heeft de kolommen naam,rol,email (e-mail mag leeg zijn; ; als scheidingsteken mag ook).
Gegevens staan in STIP_DATA_DIR (standaard ./data); links beginnen met STIP_PUBLIC_URL (standaard http://localhost:8080).`;

function run(argv: string[]): void | Promise<void> {
  const [command, sub, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    console.log(USAGE);
    if (command === undefined) process.exitCode = 1;
    return;
  }
  if (command === 'setup-link') return setupLinkCommand(argv.slice(1));
  if (command === 'workshop' && sub === 'create') return workshopCreateCommand(rest);
  if (command === 'workshop' && sub === 'list') return workshopListCommand(rest);
  if (command === 'workshop' && sub === 'delete') return workshopDeleteCommand(rest);
  if (command === 'backup') return backupCommand(argv.slice(1));
  if (command === 'restore') return restoreCommand(argv.slice(1));
  if (command === 'retention') return retentionCommand(argv.slice(1));
  if (command === 'consultation' && sub === 'open') return consultationOpenCommand(rest);
  if (command === 'export') return exportCommand(argv.slice(1));
  throw new CliError(`Onbekende opdracht "${argv.join(' ')}". Kijk bij "npm run stip -- help".`);
}

function explain(err: unknown): string {
  if (err instanceof CliError) return err.message;
  const code = (err as { code?: string }).code;
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
    const option = /'(-[^' ]+)/.exec((err as Error).message)?.[1] ?? '';
    const why = code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? `onbekende optie ${option}`
      : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' ? `de optie ${option} heeft een waarde nodig (of juist geen)`
      : 'onverwachte woorden';
    return `Ongeldige opdracht: ${why}. Kijk bij "npm run stip -- help".`;
  }
  return `Er ging iets mis: ${err instanceof Error ? err.message : String(err)}`;
}

try {
  await run(process.argv.slice(2));
} catch (err) {
  console.error(explain(err));
  process.exitCode = 1;
}
