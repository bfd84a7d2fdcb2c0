// SPDX-License-Identifier: EUPL-1.2
/** The consultation part of the AVG export: every invited person and every comment with its author, and the answers. */
import type { ExportConsultation } from '../../../shared/apiAvg.js';
import type { ServiceContext } from '../serviceContext.js';
import { iso } from './consultationAccess.js';

const isoOrNull = (ms: number | null) => (ms === null ? null : iso(ms));

/** The workshop's consultation for the export; null when it has none. */
export async function consultationExport(ctx: ServiceContext, workshopId: string): Promise<ExportConsultation | null> {
  const store = ctx.stores.consultations;
  const c = await store.ofWorkshop(workshopId);
  if (!c) return null;
  const people = await store.people(c.id);
  const comments = await store.comments(c.id);
  const answers = await store.answers(c.id);
  const names = new Map(people.map((p) => [p.id, p.name]));
  return {
    id: c.id, version: c.version, openedAt: iso(c.openedAt), closesAt: iso(c.closesAt),
    people: people.map((p) => ({ id: p.id, name: p.name, role: p.role, email: p.email, participantId: p.participantId, source: p.source, openedAt: isoOrNull(p.openedAt) })),
    comments: comments.map((r) => ({
      id: r.id, number: r.number, personId: r.personId, authorName: names.get(r.personId) ?? '', parentId: r.parentId, stance: r.stance,
      text: r.text, status: r.status, createdAt: iso(r.createdAt), editedAt: isoOrNull(r.editedAt), quote: r.anchor?.quote ?? null,
    })),
    answers: answers.map((a) => ({ id: a.id, commentIds: a.commentIds, answer: a.answer, status: a.status, answeredAt: iso(a.answeredAt) })),
  };
}
