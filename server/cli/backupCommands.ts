// SPDX-License-Identifier: EUPL-1.2
/**
 * `backup <file>` (an online copy of the store; works while the server runs) and
 * `restore <file>` (puts a backup back; only while no server runs on the data folder).
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { BackupError } from '../services/backup/backupFormat.js';
import { makeBackup } from '../services/backup/backupMaker.js';
import { restoreBackup } from '../services/backup/backupRestorer.js';
import { CliError } from './cliError.js';

function oneFile(args: string[], command: string): string {
  const { positionals } = parseArgs({ args, options: {}, strict: true, allowPositionals: true });
  if (positionals.length !== 1) throw new CliError(`Geef precies één bestand op: npm run stip -- ${command} <bestand>`);
  return positionals[0];
}

/** With DATABASE_URL everything is in PostgreSQL: the SQLite backup would copy nothing of it. */
function refuseOnPostgres(command: string): void {
  if (loadConfig().databaseUrl) {
    throw new CliError(`Met DATABASE_URL staat alles in PostgreSQL; '${command}' maakt alleen kopieën van SQLite. Gebruik pg_dump en pg_restore (zie docs/deploy.md, "Back-ups").`);
  }
}

function asCliError(err: unknown): never {
  if (err instanceof BackupError) throw new CliError(err.message);
  throw err;
}

/** Writes a backup of the store in STIP_DATA_DIR to the given file. */
export async function backupCommand(args: string[]): Promise<void> {
  const file = oneFile(args, 'backup');
  refuseOnPostgres('backup');
  const result = await makeBackup(loadConfig().dataDir, file).catch(asCliError);
  const mb = (result.bytes / 1024 / 1024).toFixed(1);
  console.log(`Reservekopie gemaakt: ${result.file} (${mb} MB; ${result.workshops} workshops, ${result.participants} deelnemers, ${result.documents} documenten).`);
  console.log('Het bestand bevat persoonsgegevens: bewaar het veilig. De sleutel secret.key zit er bewust niet in.');
}

/** Replaces the store in STIP_DATA_DIR by the backup in the given file. */
export function restoreCommand(args: string[]): void {
  const file = oneFile(args, 'restore');
  refuseOnPostgres('restore');
  let result;
  try {
    result = restoreBackup(loadConfig().dataDir, file);
  } catch (err) {
    asCliError(err);
  }
  console.log(`Reservekopie teruggezet: ${result.workshops} workshops, ${result.participants} deelnemers, ${result.documents} documenten.`);
  if (result.keptAside) console.log(`De vorige database staat nog in ${result.keptAside}. Verwijder dat bestand als alles klopt (er staan persoonsgegevens in).`);
  if (!result.sameSecret) {
    console.log('Let op: deze gegevensmap heeft een andere sleutel (secret.key) dan waarmee de kopie is gemaakt. Bestaande links blijven werken, maar het overzicht toont voor iedereen een nieuwe link.');
  }
}
