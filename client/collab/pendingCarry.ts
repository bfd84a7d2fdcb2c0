// SPDX-License-Identifier: EUPL-1.2
/**
 * What a person typed that the server does not have yet, carried from a group room whose change the
 * server refused (a rule changed while it was on its way, or while the device was offline) into
 * the fresh room that replaces it, so nothing typed is lost. `previous` is the stopped room's whole document; `target` the fresh
 * room's document right after its first sync (the server's state). What `previous` holds beyond
 * the server's state is "pending".
 *
 * - Pending that this person may still send goes out as it is (one Yjs update, exact).
 * - When part of it is no longer allowed (the text of someone else's statement after the
 *   facilitator allowed own statements only), the allowed part is done again as new changes (own
 *   texts as a text diff, new own statements, own endorsements, deleting own statements) and the
 *   rest is held: handed back as plain text for the screen to show, never sent.
 * - With `holdAll` (a carried change was refused again) nothing is sent: every changed text is held.
 * - Pending of another history of the document (its epoch differs) is held too.
 */
import * as Y from 'yjs';
import { readDocEpoch } from '../../shared/docEpoch.js';
import {
  addStatement, horizonOf, listStatements, noteEditor, removeStatement, setEndorsement, statementText, type Statement,
} from '../../shared/groupDoc.js';
import type { Role } from '../../shared/roles.js';
import { fragmentLines } from './localCopyText.js';
import { diffText } from './textDiff.js';

/** Who carries the pending changes, and what they may send now. */
export interface CarryRule {
  authorKey: string;
  role: Role;
  /** May change the text of statements others wrote (false once the facilitator allows own statements only). */
  mayEditOthers: boolean;
  /** Send nothing: hold every changed text. */
  holdAll?: boolean;
}

/** A text this person wrote that was not sent: of a statement (its id), or of the horizon (null). */
export interface HeldText { statementId: string | null; text: string }

/** The origin of the carried changes (local: the provider sends them). */
const CARRY_ORIGIN = { carry: 'pending' };

/** Sends what `previous` holds beyond `target` as far as allowed; returns the texts held back. */
export function carryPending(target: Y.Doc, previous: Uint8Array, rule: CarryRule): HeldText[] {
  const pending = Y.diffUpdate(previous, Y.encodeStateVector(target));
  const merged = new Y.Doc();
  Y.applyUpdate(merged, Y.encodeStateAsUpdate(target));
  Y.applyUpdate(merged, pending);
  const before = byId(listStatements(target));
  const after = byId(listStatements(merged));
  const horizonBefore = horizonText(target);
  const horizonAfter = horizonText(merged);
  const mayEditText = (s: Statement) => s.authorKey === rule.authorKey || rule.mayEditOthers;
  const foreignHistory = readDocEpoch(merged) !== readDocEpoch(target);
  const holdAll = rule.holdAll === true || foreignHistory;
  const refusedText = [...after.values()].some((s) => {
    const old = before.get(s.id);
    return old !== undefined && old.text !== s.text && !mayEditText(old);
  });
  if (!holdAll && !refusedText) {
    if (hasChange(pending)) Y.applyUpdate(target, pending, CARRY_ORIGIN);
    merged.destroy();
    return [];
  }
  const held: HeldText[] = [];
  target.transact(() => {
    for (const s of after.values()) {
      const old = before.get(s.id);
      const mine = s.authorKey === rule.authorKey;
      if (!old) {
        if (mine && !holdAll) addStatement(target, { kind: s.kind, text: s.text, authorKey: s.authorKey, authorRole: s.authorRole, id: s.id, createdAt: s.createdAt });
        else if (mine) held.push({ statementId: s.id, text: s.text });
        continue;
      }
      if (old.text !== s.text) {
        if (holdAll || !mayEditText(old)) held.push({ statementId: s.id, text: s.text });
        else redoText(target, old, s.text, rule);
      }
      if (!holdAll && s.endorsedBy.includes(rule.authorKey) !== old.endorsedBy.includes(rule.authorKey)) {
        setEndorsement(target, s.id, rule.authorKey, s.endorsedBy.includes(rule.authorKey));
      }
    }
    if (!holdAll) {
      for (const old of before.values()) if (!after.has(old.id) && old.authorKey === rule.authorKey) removeStatement(target, old.id);
    }
  }, CARRY_ORIGIN);
  if (horizonAfter !== horizonBefore) held.push({ statementId: null, text: horizonAfter });
  merged.destroy();
  return held;
}

/** Changes a statement's text in `doc` to `text` as this person typing it (naming them among its editors). */
function redoText(doc: Y.Doc, statement: Statement, text: string, rule: CarryRule): void {
  const yText = statementText(doc, statement.id);
  const change = diffText(statement.text, text);
  if (!yText || !change) return;
  if (change.deleteCount > 0) yText.delete(change.index, change.deleteCount);
  if (change.insert) yText.insert(change.index, change.insert);
  noteEditor(doc, statement.id, { key: rule.authorKey, role: rule.role });
}

function byId(list: Statement[]): Map<string, Statement> {
  return new Map(list.map((s) => [s.id, s]));
}

function horizonText(doc: Y.Doc): string {
  return fragmentLines(horizonOf(doc)).join('\n');
}

/** Whether an update holds any insert or delete. */
function hasChange(update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  return structs.length > 0 || ds.clients.size > 0;
}
