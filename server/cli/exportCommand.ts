// SPDX-License-Identifier: EUPL-1.2
/**
 * `export <workshopId> --format docx|pdf|md [--version N] [--parts a,b] [--participants] [--at ISO] --out <file>`:
 * writes the workshop's dossier. Reads the stored documents directly (works while the server runs:
 * SQLite readers never block it). `--at` fixes the date the file carries (default: the shown
 * version's freezing time), so the same workshop and version always give the same bytes.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { ImageWithoutAltError } from '../../shared/dossier/richTextBlocks.js';
import { DEFAULT_PARTS, EXPORT_FORMATS, isDossierPart, type DossierPartId, type ExportFormat } from '../../shared/dossier/dossierParts.js';
import { gatherDossierInput } from '../services/export/dossierGatherer.js';
import { renderDossier } from '../services/export/dossierRenderer.js';
import { withCliServicesAsync } from './cliContext.js';
import { CliError } from './cliError.js';
import { idArgumentFirst } from './idArgument.js';

function parseParts(option: string | undefined, participants: boolean): DossierPartId[] {
  const parts = option === undefined ? [...DEFAULT_PARTS] : option.split(',').map((p) => p.trim());
  const unknown = parts.filter((p) => !isDossierPart(p));
  if (unknown.length) throw new CliError(`Onbekend deel "${unknown[0]}". Kies uit: vision, origin, consultation, diff, meeting2, agreements, participants.`);
  return [...new Set([...(parts as DossierPartId[]), ...(participants ? ['participants' as const] : [])])];
}

function parseVersion(option: string | undefined): number | null {
  if (option === undefined) return null;
  if (!/^[1-9][0-9]{0,8}$/.test(option)) throw new CliError('--version moet een versienummer zijn (1, 2, …).');
  return Number(option);
}

function parseAt(option: string | undefined): number | null {
  if (option === undefined) return null;
  const at = Date.parse(option);
  if (Number.isNaN(at)) throw new CliError('--at moet een datum en tijd zijn, bijvoorbeeld 2026-03-12T10:00:00Z.');
  return at;
}

/** Runs the command with the arguments after `export`. */
export async function exportCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: idArgumentFirst(args), allowPositionals: true, strict: true,
    options: { format: { type: 'string' }, version: { type: 'string' }, parts: { type: 'string' }, participants: { type: 'boolean', default: false }, at: { type: 'string' }, out: { type: 'string' } },
  });
  const [workshopId] = positionals;
  if (!workshopId || positionals.length > 1) throw new CliError('Geef één workshop-id op: npm run stip -- export <workshopId> --format docx|pdf|md --out <bestand>.');
  const format = values.format as ExportFormat;
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new CliError('--format moet docx, pdf of md zijn.');
  if (!values.out) throw new CliError('Geef met --out op waar het bestand moet komen.');
  const choice = { parts: parseParts(values.parts, values.participants), version: parseVersion(values.version), at: parseAt(values.at), drafts: true };
  const file = await withCliServicesAsync(async (services, cli) => {
    const workshop = await services.stores.workshops.getWorkshop(workshopId);
    if (!workshop) throw new CliError(`Er is geen workshop met id ${workshopId}.`);
    if (choice.version !== null && !(await services.stores.versions.get(workshopId, choice.version))) throw new CliError(`Versie ${choice.version} van de visie bestaat niet.`);
    const store = await cli.openDocStore();
    try {
      const input = await gatherDossierInput(services, workshop, async (name) => (await store.load(name)).updates, choice);
      return await renderDossier(input, format).catch((err: unknown) => {
        throw err instanceof ImageWithoutAltError ? new CliError(err.message) : err;
      });
    } finally {
      await store.close();
    }
  });
  fs.writeFileSync(values.out, file.bytes);
  console.log(`Dossier geschreven: ${values.out} (${file.bytes.byteLength} bytes).`);
}
