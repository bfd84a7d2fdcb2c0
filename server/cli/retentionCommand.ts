// SPDX-License-Identifier: EUPL-1.2
/**
 * `retention [--dry-run] [--days N]`: lists (--dry-run) or deletes the workshops whose last
 * meeting (or creation) is older than the retention period (STIP_RETENTION_DAYS or --days).
 * Deleting from the command line only works while no server runs on the data folder; a running
 * server with STIP_RETENTION_DAYS set sweeps by itself every day.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { runningServerPid } from '../services/backup/backupStoreOwner.js';
import { expiredWorkshops } from '../services/privacy/retentionPolicy.js';
import { sweepRetention } from '../services/privacy/retentionSweeper.js';
import { withCliServicesAsync } from './cliContext.js';
import { CliError } from './cliError.js';

function retentionDays(option: string | undefined): number {
  if (option !== undefined) {
    const days = Number(option);
    if (!Number.isInteger(days) || days < 1) throw new CliError('--days moet een heel aantal dagen zijn (1 of meer).');
    return days;
  }
  const days = loadConfig().retentionDays;
  if (days === null) throw new CliError('Er is geen bewaartermijn ingesteld. Zet STIP_RETENTION_DAYS of geef --days op.');
  return days;
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dagen = (n: number) => (n === 1 ? '1 dag' : `${n} dagen`);

/** Runs the command with the arguments after `retention`. */
export async function retentionCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { 'dry-run': { type: 'boolean', default: false }, days: { type: 'string' } }, strict: true });
  const days = retentionDays(values.days);
  if (values['dry-run']) {
    const expired = await withCliServicesAsync((services) => expiredWorkshops(services, days));
    if (expired.length === 0) { console.log(`Geen workshops ouder dan de bewaartermijn van ${dagen(days)}.`); return; }
    console.log(`Deze ${expired.length} workshop(s) zouden worden verwijderd (bewaartermijn ${dagen(days)}):`);
    for (const w of expired) console.log(`  ${w.id}  ${w.gemeente}  "${w.title}"  laatste activiteit ${day(w.lastActivity)}`);
    return;
  }
  const pid = runningServerPid(loadConfig().dataDir);
  if (pid !== null) throw new CliError(`Stip draait nog op deze gegevensmap (proces ${pid}). Stop de server eerst, of laat de server dit zelf doen met STIP_RETENTION_DAYS.`);
  const deleted = await withCliServicesAsync((services) => sweepRetention(services, days));
  console.log(deleted.length === 0 ? `Geen workshops ouder dan de bewaartermijn van ${dagen(days)}.` : `${deleted.length} workshop(s) verwijderd: ${deleted.join(', ')}.`);
}
