// SPDX-License-Identifier: EUPL-1.2
/**
 * Whether this person may add one more statement to a document, by the limits the server enforces
 * (shared/docRules.ts: the group's 400 in all and 40 per author, a draft's 40). The composer checks
 * this before sending: a statement past a limit would be refused by the server and close this
 * person's connection, so it is better never sent.
 */
import type { DocRules, StatementRules } from '../../shared/docRules.js';
import { DRAFT_RULES } from '../../shared/draftDoc.js';
import { GROUP_FIELDS, GROUP_RULES, type Statement } from '../../shared/groupDoc.js';

/** Which limit stops a new statement: the author's own count, or the document's; null when one more fits. */
export type StatementLimitReached = { limit: 'perAuthor' | 'perDocument'; max: number } | null;

function statementRulesOf(rules: DocRules): StatementRules {
  const field = rules.fields[GROUP_FIELDS.statements];
  if (field?.kind !== 'statements') throw new Error('no statements field in these rules');
  return field.statements;
}

/** The statement limits of a group document. */
export const GROUP_STATEMENT_LIMITS = statementRulesOf(GROUP_RULES);
/** The statement limits of a private draft. */
export const DRAFT_STATEMENT_LIMITS = statementRulesOf(DRAFT_RULES);

/** Which limit, if any, one more statement by `authorKey` would pass in a document holding `statements`. */
export function statementLimitReached(statements: readonly Statement[], authorKey: string, limits: StatementRules): StatementLimitReached {
  const own = statements.reduce((n, s) => n + (s.authorKey === authorKey ? 1 : 0), 0);
  if (own >= limits.maxPerAuthor) return { limit: 'perAuthor', max: limits.maxPerAuthor };
  if (statements.length >= limits.maxPerDocument) return { limit: 'perDocument', max: limits.maxPerDocument };
  return null;
}
