// SPDX-License-Identifier: EUPL-1.2
/** The Dutch (or English) sentence for a reached statement limit: how many, and what to do. */
import type { TFunction } from 'i18next';
import type { StatementLimitReached } from '../../collab/statementLimits.js';

/** The composer's text for a reached limit (`draft`: of one's private drafts), or null when one more fits. */
export function statementLimitText(t: TFunction, reached: StatementLimitReached, draft = false): string | null {
  if (!reached) return null;
  const key = draft ? 'draftPerAuthor' : reached.limit;
  return t(`statementLimit.${key}`, { max: reached.max });
}
