// SPDX-License-Identifier: EUPL-1.2
/**
 * `consultation open <workshopId> --version 1 --closes <ISO-8601> [--all] [--people file.csv]
 * [--intro "…"] [--no-replies] [--json]`: opens the consultation on a frozen version for everyone
 * marked absent at meeting 1 (with --all: every participant), plus the people of the CSV
 * (`naam,rol,email`), and prints each personal link.
 * JSON output: {"consultationId","closesAt","people":[{"name","role","link"}],"errors":[{"line","reason"}]}
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { ConsultationOpenBody, type ConsultationOpenAnswer } from '../../shared/apiConsultation.js';
import { openConsultation } from '../services/consultation/consultationOpener.js';
import { DomainError } from '../services/domainError.js';
import { withCliServicesAsync } from './cliContext.js';
import { CliError } from './cliError.js';
import { idArgumentFirst } from './idArgument.js';

/** What `consultation open --json` prints. */
interface ConsultationOpenOutput {
  consultationId: string;
  closesAt: string;
  people: { name: string; role: string; link: string }[];
  errors: { line: number; reason: string }[];
}

/** The Dutch sentence for a refusal of the opener. */
const REFUSALS: Record<string, string> = {
  'workshop-not-found': 'Deze workshop bestaat niet.',
  'consultation-exists': 'Deze workshop heeft al een consultatie.',
  'version-not-frozen': 'Deze versie van de visie is niet vastgezet. Zet eerst een versie vast.',
  'closes-in-past': 'De sluitingstijd moet in de toekomst liggen.',
};

function readCsv(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? `Het bestand "${file}" bestaat niet.` : `Het bestand "${file}" kan niet worden gelezen (${code}).`);
  }
}

const output = (answer: ConsultationOpenAnswer): ConsultationOpenOutput => ({
  consultationId: answer.consultationId, closesAt: answer.closesAt,
  people: answer.people.map((p) => ({ name: p.name, role: p.role, link: p.link })), errors: answer.errors,
});

/** Runs the command with the arguments after `consultation open`. */
export async function consultationOpenCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: idArgumentFirst(args),
    options: {
      version: { type: 'string' },
      closes: { type: 'string' },
      all: { type: 'boolean', default: false },
      people: { type: 'string' },
      intro: { type: 'string' },
      'no-replies': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: true,
  });
  const workshopId = positionals[0];
  if (!workshopId || positionals.length > 1) throw new CliError('Geef precies één workshop-id op: consultation open <workshopId> --version 1 --closes <datum en tijd>.');
  const parsed = ConsultationOpenBody.safeParse({
    version: Number(values.version ?? '1'), closesAt: values.closes, allParticipants: values.all, intro: values.intro,
    repliesAllowed: !values['no-replies'], csv: values.people !== undefined ? readCsv(values.people) : undefined,
  });
  if (!parsed.success) {
    const field = String(parsed.error.issues[0].path[0] ?? '');
    throw new CliError(field === 'closesAt'
      ? 'Geef de sluitingstijd op met --closes in ISO-8601 met tijdzone, bijvoorbeeld 2026-03-01T17:00:00+01:00.'
      : `Ongeldige waarde voor ${field === 'version' ? '--version (een versienummer)' : field}.`);
  }
  const answer = await withCliServicesAsync(async (services) => {
    if (!(await services.stores.workshops.getWorkshop(workshopId))) throw new CliError(REFUSALS['workshop-not-found']);
    try {
      return await openConsultation(services, workshopId, parsed.data);
    } catch (err) {
      if (err instanceof DomainError && REFUSALS[err.id]) throw new CliError(REFUSALS[err.id]);
      throw err;
    }
  });
  const out = output(answer);
  if (values.json) {
    console.log(JSON.stringify(out, null, 2));
    return;
  }
  console.log(`Consultatie geopend (id ${out.consultationId}), sluit op ${out.closesAt}.`);
  for (const p of out.people) console.log(`  ${p.name} (${p.role}): ${p.link}`);
  for (const e of out.errors) console.log(`  regel ${e.line} niet ingelezen: ${e.reason}`);
}
