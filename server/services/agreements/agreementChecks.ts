// SPDX-License-Identifier: EUPL-1.2
/**
 * The checks an agreement must pass before the register changes, each refused with its own error
 * id (shared/apiErrors.ts) so the client can say exactly what is wrong: a text, at least one owning
 * group, and no new review moment before today (Dutch calendar day).
 */
import { dutchToday } from '../../../shared/agreementReview.js';
import type { RoleGroup } from '../../../shared/docNames.js';
import { ROLE_GROUPS } from '../../../shared/docNames.js';
import { DomainError } from '../domainError.js';

/** The trimmed text, or refuses `agreement-text-missing`. */
export function checkedText(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) throw new DomainError('agreement-text-missing', 'An agreement needs a text', [{ path: 'text', message: 'required' }]);
  return trimmed;
}

/** The owning groups without repeats, in the order of ROLE_GROUPS, or refuses `agreement-owner-missing`. */
export function checkedOwners(owners: readonly RoleGroup[]): RoleGroup[] {
  const unique = ROLE_GROUPS.filter((g) => owners.includes(g));
  if (unique.length === 0) throw new DomainError('agreement-owner-missing', 'An agreement needs at least one owning role group', [{ path: 'owners', message: 'required' }]);
  return unique;
}

/**
 * The review moments without repeats, earliest first. A moment that is new (not in `kept`) must not
 * lie before today; one the agreement already had may stay, so an agreement can still be edited
 * after its first review.
 */
export function checkedMoments(moments: readonly string[], kept: readonly string[], now: number): string[] {
  const today = dutchToday(now);
  const past = moments.filter((d) => d < today && !kept.includes(d));
  if (past.length > 0) {
    throw new DomainError('review-moment-past', `A review moment lies in the past: ${past.join(', ')}`, [{ path: 'reviewMoments', message: `before ${today}` }]);
  }
  return [...new Set(moments)].sort();
}
