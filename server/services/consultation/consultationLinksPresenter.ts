// SPDX-License-Identifier: EUPL-1.2
/**
 * The personal links for mailing: `naam,email,link` (RFC 4180 quoting, a leading = + - @ defused so a
 * spreadsheet does not run it as a formula) for the municipality's own mail tool — Stip sends no
 * e-mail — and the data of printable cards. Revoked links are left out.
 */
import type { ConsultationLinksAnswer } from '../../../shared/apiConsultation.js';
import type { ConsultationPersonRecord } from '../../store/consultationStore.js';
import type { ServiceContext } from '../serviceContext.js';
import { iso, requireConsultation } from './consultationAccess.js';
import { personLink } from './consultationPeople.js';

/** One CSV cell. */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The CSV and the cards. */
export async function consultationLinks(ctx: ServiceContext, workshopId: string): Promise<ConsultationLinksAnswer> {
  const c = await requireConsultation(ctx, workshopId);
  const people: { person: ConsultationPersonRecord; link: string }[] = [];
  for (const p of await ctx.stores.consultations.people(c.id)) {
    const link = await personLink(ctx, p);
    if (link !== '') people.push({ person: p, link });
  }
  const lines = ['naam,email,link', ...people.map(({ person, link }) => [person.name, person.email ?? '', link].map(cell).join(','))];
  return {
    csv: lines.join('\r\n') + '\r\n',
    cards: people.map(({ person, link }) => ({ name: person.name, role: person.role, link, closesAt: iso(c.closesAt) })),
  };
}
