// SPDX-License-Identifier: EUPL-1.2
/** Invited / opened / commented per role category: the dashboard's figures and the reactienota's process account (pure). */
import type { CategoryCounts } from '../../../shared/apiConsultation.js';
import { ROLE_CATEGORIES, roleCategory, type RoleCategory } from '../../../shared/roles.js';
import type { CommentRecord, ConsultationPersonRecord } from '../../store/consultationStore.js';

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
