// SPDX-License-Identifier: EUPL-1.2
/**
 * One participant's private statements in step 1 (`w/<id>/m1/g/<n>/draft/<participantId>`):
 * read and written only by its author (and read by the facilitator) until the reveal.
 *
 *   statements : Y.Map<statementId, Y.Map>   the statement shape of the group document
 *                                            (shared/groupDoc.ts: statementsOf, addStatement, …)
 *
 * Rules (DRAFT_RULES, enforced by the server): only the statements field, with the statement
 * rules of the group document and at most maxDraftStatements statements: a draft is one person's.
 *
 * No starting content. Snapshot: `readDraft` (every entry key, and the statements worth revealing).
 *
 * The reveal (draft -> group) is performed by the server alone: when the meeting's step leaves
 * 'write' (`stepRevealsDrafts`), or for one group on the facilitator's explicit request.
 *   - An entry is revealed when it is a valid statement whose id equals its key, is a sane id
 *     ([A-Za-z0-9_-]{1,64}) and whose text is more than white space.
 *   - It is added to the group document with the same id, kind and creation time (the reveal's
 *     time when missing or odd), its text cut to maxStatementChars, no endorsements, and the
 *     author key and role of the draft's owner as the server knows them (never the draft's own).
 *   - A statement id already in the group document is not added again, so an interrupted reveal
 *     can run again; afterwards every entry of the draft is removed, revealed or not.
 *   - The group document's rules bound the reveal (`planReveal`): no more statements are added than
 *     the document and the author may still hold; the rest is skipped (and the server says so).
 */
import * as Y from 'yjs';
import type { DocRules } from './docRules.js';
import { addStatement, GROUP_FIELDS, GROUP_RULES, readStatement, statementsOf, type Statement } from './groupDoc.js';
import { DEFAULT_LIMITS } from './limits.js';
import type { MethodStep } from './method.js';
import type { Role } from './roles.js';

/** What one draft holds: every entry key, and the entries that are statements worth revealing. */
export interface DraftContent { keys: string[]; statements: Statement[] }

/** Who owns a draft, as the server knows them: the author stamped on every revealed statement. */
export interface DraftOwner { authorKey: string; role: Role }

const SANE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The rules of a draft document (enforced by the server, server/collab/changeJudge.ts). */
export const DRAFT_RULES: DocRules = {
  fields: {
    [GROUP_FIELDS.statements]: {
      kind: 'statements',
      statements: {
        maxPerDocument: DEFAULT_LIMITS.maxDraftStatements,
        maxPerAuthor: DEFAULT_LIMITS.maxDraftStatements,
        maxChars: DEFAULT_LIMITS.maxStatementChars,
      },
    },
  },
};

/** What the reveal of one draft adds to the group document, and how many it skips for the limits. */
export interface RevealPlan { take: Statement[]; skipped: number }

/** The statements the group document lacks that its limits still allow for this owner (GROUP_RULES). */
export function planReveal(group: Y.Doc, owner: DraftOwner, statements: Statement[]): RevealPlan {
  const field = GROUP_RULES.fields[GROUP_FIELDS.statements];
  if (field.kind !== 'statements') throw new Error('group statements rules missing');
  const existing = statementsOf(group);
  let total = 0;
  let own = 0;
  existing.forEach((entry) => {
    total++;
    if (entry instanceof Y.Map && entry.get('authorKey') === owner.authorKey) own++;
  });
  const fresh = statements.filter((s) => !existing.has(s.id));
  const room = Math.max(0, Math.min(field.statements.maxPerDocument - total, field.statements.maxPerAuthor - own));
  return { take: fresh.slice(0, room), skipped: Math.max(0, fresh.length - room) };
}

/** Whether a change of the meeting's step reveals the drafts: it leaves 'write' for another step. */
export const stepRevealsDrafts = (from: MethodStep | null, to: MethodStep | null) => from === 'write' && to !== null && to !== 'write';

/** Reads a draft document: its entry keys and the statements the reveal copies. */
export function readDraft(doc: Y.Doc): DraftContent {
  const keys: string[] = [];
  const statements: Statement[] = [];
  statementsOf(doc).forEach((entry, key) => {
    keys.push(key);
    const s = entry instanceof Y.Map ? readStatement(entry) : null;
    if (s && s.id === key && SANE_ID.test(s.id) && s.text.trim() !== '') statements.push(s);
  });
  return { keys, statements };
}

/** Adds the revealed statements the group document lacks (within its limits), as the owner's; returns how many were added. */
export function revealInto(group: Y.Doc, owner: DraftOwner, statements: Statement[], now: number): number {
  let added = 0;
  group.transact(() => {
    for (const s of planReveal(group, owner, statements).take) {
      addStatement(group, {
        id: s.id,
        kind: s.kind,
        text: s.text.slice(0, DEFAULT_LIMITS.maxStatementChars),
        authorKey: owner.authorKey,
        authorRole: owner.role,
        createdAt: Number.isFinite(s.createdAt) && s.createdAt > 0 ? s.createdAt : now,
      });
      added++;
    }
  });
  return added;
}

/** Removes the given entries from a draft (after the reveal: every key `readDraft` saw). */
export function clearDraft(doc: Y.Doc, keys: string[]): void {
  doc.transact(() => {
    const map = statementsOf(doc);
    for (const key of keys) map.delete(key);
  });
}
