// SPDX-License-Identifier: EUPL-1.2
/**
 * `workshop delete <id> --confirm "<gemeente>"`: deletes a workshop with everything in it (as
 * DELETE /api/workshops/<id> does). Only while no server runs on the data folder; with a running
 * server, use the facilitator page or the API, which also closes the open connections.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { runningServerPid } from '../services/backup/backupStoreOwner.js';
import { DomainError } from '../services/domainError.js';
import { deleteWorkshop, confirmsGemeente } from '../services/privacy/workshopDeleter.js';
import { withCliServicesAsync } from './cliContext.js';
import { CliError } from './cliError.js';
import { idArgumentFirst } from './idArgument.js';

/** Runs the command with the arguments after `workshop delete`. */
export async function workshopDeleteCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args: idArgumentFirst(args), options: { confirm: { type: 'string' } }, strict: true, allowPositionals: true });
  if (positionals.length !== 1) throw new CliError('Geef het id van de workshop op: npm run stip -- workshop delete <id> --confirm "<gemeente>"');
  const id = positionals[0];
  const pid = runningServerPid(loadConfig().dataDir);
  if (pid !== null) throw new CliError(`Stip draait nog op deze gegevensmap (proces ${pid}). Stop de server eerst, of verwijder de workshop via de regiepagina.`);
  const result = await withCliServicesAsync(async (services) => {
    const workshop = await services.stores.workshops.getWorkshop(id);
    if (!workshop) throw new CliError(`Er is geen workshop met id ${id}.`);
    if (!confirmsGemeente(values.confirm ?? '', workshop.gemeente)) {
      throw new CliError(`Bevestig met --confirm "${workshop.gemeente}" (de naam van de gemeente). Er is niets verwijderd.`);
    }
    try {
      return { gemeente: workshop.gemeente, ...(await deleteWorkshop(services, id, 'system')) };
    } catch (err) {
      if (err instanceof DomainError) throw new CliError(err.message);
      throw err;
    }
  });
  console.log(`Workshop ${id} (${result.gemeente}) is verwijderd: ${result.participants} deelnemers en ${result.documents} documenten.`);
}
