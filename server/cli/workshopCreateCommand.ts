// SPDX-License-Identifier: EUPL-1.2
/**
 * `workshop create --gemeente "…" [--title "…"] [--participants file.csv] [--show-names] [--json]`:
 * creates the workshop and its facilitator, imports the CSV (balanced groups), prints every link.
 * JSON output: {"workshopId","gemeente","facilitatorLink","participants":[{"name","role","group","link"}],"errors":[{"line","reason"}]}
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { WorkshopCreateBody } from '../../shared/api.js';
import { importParticipants } from '../services/workshop/participantImporter.js';
import { createWorkshop } from '../services/workshop/workshopCreator.js';
import { workshopDetail } from '../services/workshop/workshopPresenter.js';
import type { ParticipantRecord } from '../store/workshopStore.js';
import { participantLink } from '../services/workshop/linkIssuer.js';
import type { ServiceContext } from '../services/serviceContext.js';
import { withCliServicesAsync } from './cliContext.js';
import { CliError } from './cliError.js';

/** What `workshop create --json` prints. */
export interface WorkshopCreateOutput {
  workshopId: string;
  gemeente: string;
  facilitatorLink: string;
  participants: { name: string; role: string; group: number | null; link: string }[];
  errors: { line: number; reason: string }[];
}

function readCsv(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? `Het bestand "${file}" bestaat niet.` : `Het bestand "${file}" kan niet worden gelezen (${code}).`);
  }
}

async function create(services: ServiceContext, body: WorkshopCreateBody, csv: string | null): Promise<WorkshopCreateOutput> {
  const workshop = await createWorkshop(services, body);
  const result = csv !== null ? await importParticipants(services, workshop.id, csv) : { added: [] as ParticipantRecord[], errors: [] };
  const participants: WorkshopCreateOutput['participants'] = [];
  for (const { id } of result.added) {
    const p = (await services.stores.workshops.getParticipant(id))!;
    participants.push({ name: p.name, role: p.role, group: p.group, link: await participantLink(services, p.id) });
  }
  return {
    workshopId: workshop.id,
    gemeente: workshop.gemeente,
    facilitatorLink: (await workshopDetail(services, workshop)).facilitatorLink,
    participants,
    errors: result.errors,
  };
}

function printSummary(out: WorkshopCreateOutput): void {
  console.log(`Workshop aangemaakt voor gemeente ${out.gemeente} (id ${out.workshopId}).`);
  console.log(`Link voor de procesbegeleider: ${out.facilitatorLink}`);
  console.log(`${out.participants.length} deelnemers toegevoegd.`);
  for (const group of [1, 2, 3]) {
    const members = out.participants.filter((p) => p.group === group);
    if (members.length === 0) continue;
    console.log(`\nGroep ${group} (${members.length} personen):`);
    for (const p of members) console.log(`  ${p.name} (${p.role}): ${p.link}`);
  }
  if (out.errors.length > 0) {
    console.log('\nDeze regels zijn niet ingelezen:');
    for (const e of out.errors) console.log(`  regel ${e.line}: ${e.reason}`);
  }
}

/** Runs the command with the arguments after `workshop create`. */
export async function workshopCreateCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      gemeente: { type: 'string' },
      title: { type: 'string' },
      participants: { type: 'string' },
      'show-names': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (!values.gemeente?.trim()) throw new CliError('Geef de naam van de gemeente op met --gemeente "Naam".');
  const parsed = WorkshopCreateBody.safeParse({ gemeente: values.gemeente, title: values.title, showNames: values['show-names'] });
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new CliError(`Ongeldige waarde voor --${String(first.path[0] ?? 'gemeente')}: ${first.message}`);
  }
  const csv = values.participants !== undefined ? readCsv(values.participants) : null;
  const out = await withCliServicesAsync((services) => create(services, parsed.data, csv));
  if (values.json) console.log(JSON.stringify(out, null, 2));
  else printSummary(out);
}
