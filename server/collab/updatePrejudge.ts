// SPDX-License-Identifier: EUPL-1.2
/**
 * Judges what an update's structs show before Yjs integrates it, so the commonest breaches are
 * refused without touching the room (no reset): an item whose parent is a top-level field the
 * document's rules do not name (or a server-only document or field written by a client), and
 * more new statements than the document, or their author, may still have (a flood, a member's
 * 41st statement), and statement text past its limit (statementPrejudge.ts). Everything else is judged
 * right after integration (changeJudge.ts). Runs after updateGuard.ts bounded the update's cost.
 */
import * as Y from 'yjs';
import { EPOCH_MAP } from '../../shared/docEpoch.js';
import type { DocRules, StatementRules } from '../../shared/docRules.js';
import { statementLimitBreach } from './statementPrejudge.js';

/** Why the update breaks the rules as its structs already show, or null when it must be integrated to tell. */
export function prejudgeUpdate(update: Uint8Array, rules: DocRules, doc: Y.Doc, fromServer: boolean): string | null {
  if (rules.serverOnly && !fromServer) return 'only the server writes this document';
  const items: Y.Item[] = [];
  const decoded = Y.decodeUpdate(update);
  for (const struct of decoded.structs) {
    if (!(struct instanceof Y.Item)) continue;
    items.push(struct);
    const field: unknown = struct.parent; // a decoded item names a top-level field by its name
    if (typeof field !== 'string') continue;
    if (field === EPOCH_MAP) {
      if (!fromServer) return 'only the server writes the epoch';
      continue;
    }
    const fieldRules = rules.fields[field] as DocRules['fields'][string] | undefined;
    if (!fieldRules) return `unknown field "${field.slice(0, 40)}"`;
  }
  const statementFields = statementsFieldsOf(rules);
  return statementFields.size > 0 ? statementLimitBreach(items, statementFields, doc, decoded.ds) : null;
}

/** The statements fields of a document's rules. */
function statementsFieldsOf(rules: DocRules): Map<string, StatementRules> {
  const fields = new Map<string, StatementRules>();
  for (const [name, field] of Object.entries(rules.fields)) if (field.kind === 'statements') fields.set(name, field.statements);
  return fields;
}
