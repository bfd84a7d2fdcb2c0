// SPDX-License-Identifier: EUPL-1.2
/** Invited / opened / commented per role category, the figures of the dashboard and the reactienota's process account. */
import type { CategoryCounts, ConsultationDashboard } from '../../../shared/apiConsultation.js';
import { ROLE_CATEGORIES, roleCategory, type RoleCategory } from '../../../shared/roles.js';
import type { CommentRecord, ConsultationPersonRecord, ConsultationRecord } from '../../store/consultationStore.js';
import type { ServiceContext } from '../serviceContext.js';
import { needsAnswer, progressOf } from './commentProgress.js';

/** The counts per role category (every category present, zeros included). */
export function countsPerCategory(people: readonly ConsultationPersonRecord[], comments: readonly CommentRecord[]): Record<RoleCategory, CategoryCounts> {
  const out = Object.fromEntries(ROLE_CATEGORIES.map((k) => [k, { invited: 0, opened: 0, commented: 0 }])) as Record<RoleCategory, CategoryCounts>;
  const commenters = new Set(comments.filter((c) => c.status === 'active').map((c) => c.personId));
  for (const p of people) {
    const counts = out[roleCategory(p.role)];
    counts.invited++;
    if (p.openedAt !== null) counts.opened++;
    if (commenters.has(p.id)) counts.commented++;
  }
  return out;
}

/** Per category, per passage ('' = general comments) and progress. */
export async function consultationCounts(ctx: ServiceContext, c: ConsultationRecord): Promise<Pick<ConsultationDashboard, 'perCategory' | 'perPassage' | 'progress'>> {
  const store = ctx.stores.consultations;
  const comments = await store.comments(c.id);
  const perPassage: Record<string, number> = {};
  for (const r of comments.filter(needsAnswer)) {
    const key = r.anchor?.passageId ?? '';
    perPassage[key] = (perPassage[key] ?? 0) + 1;
  }
  return { perCategory: countsPerCategory(await store.people(c.id), comments), perPassage, progress: progressOf(comments, await store.answers(c.id)) };
}
