// SPDX-License-Identifier: EUPL-1.2
/** `workshop list [--json]` and `setup-link`. */
import { parseArgs } from 'node:util';
import { issueSetupLink } from '../services/workshop/linkIssuer.js';
import { workshopSummary } from '../services/workshop/workshopPresenter.js';
import { withCliServicesAsync } from './cliContext.js';

/** Prints every workshop (id, gemeente, title, number of participants). */
export async function workshopListCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { json: { type: 'boolean', default: false } }, strict: true });
  const list = await withCliServicesAsync(async (services) => (await services.stores.workshops.listWorkshops()).map((w) => workshopSummary(w, w.participantCount)));
  if (values.json) { console.log(JSON.stringify(list, null, 2)); return; }
  if (list.length === 0) { console.log('Er zijn nog geen workshops.'); return; }
  for (const w of list) console.log(`${w.id}  ${w.gemeente}  "${w.title}"  ${w.participantCount} deelnemers  (aangemaakt ${w.createdAt.slice(0, 10)})`);
}

/** Prints a new one-time set-up link (older unused ones stop working). */
export async function setupLinkCommand(args: string[]): Promise<void> {
  parseArgs({ args, options: {}, strict: true });
  const link = await withCliServicesAsync((services) => issueSetupLink(services));
  console.log(`Open deze link om Stip in te richten: ${link}`);
  console.log('De link werkt één keer; eerdere ongebruikte inrichtingslinks werken niet meer.');
}
