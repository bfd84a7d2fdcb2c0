/**
 * The statement limits as an update's structs already show them, before Yjs integrates it
 * (updatePrejudge.ts): how many statements a field may still take, in all and per author. A new
 * statement is an item holding a Y.Map under a statements field; its `authorKey` is the first
 * value set in that map, an item whose parent is the map's item. Structs the room already holds
 * (a change sent twice) are not counted again. What the structs cannot show (an author key set
 * later, in another update) is judged after integration (changeJudge.ts).
 */
import * as Y from 'yjs';
import type { StatementRules } from '../../shared/docRules.js';

/** New statements of one field in one update: the map's item id → its author key (when the update sets it). */
type NewStatements = Map<string, string | undefined>;

const idKey = (id: Y.ID) => `${id.client}:${id.clock}`;

/** Whether the room already holds this struct (its clock is below the room's state of its client). */
const alreadyHeld = (doc: Y.Doc, item: Y.Item) => item.id.clock < Y.getState(doc.store, item.id.client);

/** The new statements per statements field, with the author key each sets. */
function newStatementsOf(items: Y.Item[], statementFields: ReadonlySet<string>, doc: Y.Doc): Map<string, NewStatements> {
  const byField = new Map<string, NewStatements>();
  const fieldOf = new Map<string, NewStatements>();
  for (const item of items) {
    const field: unknown = item.parent;
    if (typeof field !== 'string' || !statementFields.has(field) || item.parentSub === null) continue;
    if (!(item.content instanceof Y.ContentType) || alreadyHeld(doc, item)) continue;
    let entries = byField.get(field);
    if (!entries) byField.set(field, entries = new Map());
    entries.set(idKey(item.id), undefined);
    fieldOf.set(idKey(item.id), entries);
  }
  if (fieldOf.size === 0) return byField;
  for (const item of items) {
    const parent: unknown = item.parent;
    if (!(parent instanceof Y.ID) || item.parentSub !== 'authorKey' || !(item.content instanceof Y.ContentAny)) continue;
    const entries = fieldOf.get(idKey(parent));
    const value: unknown = item.content.arr[0];
    if (entries && typeof value === 'string') entries.set(idKey(parent), value);
  }
  return byField;
}

/** Why the update's new statements break a field's limits, or null. */
export function statementLimitBreach(items: Y.Item[], fields: ReadonlyMap<string, StatementRules>, doc: Y.Doc): string | null {
  for (const [field, entries] of newStatementsOf(items, new Set(fields.keys()), doc)) {
    const limits = fields.get(field)!;
    const map = doc.getMap(field);
    if (entries.size > limits.maxPerDocument || map.size + entries.size > limits.maxPerDocument) return `more than ${limits.maxPerDocument} statements`;
    const added = new Map<string, number>();
    for (const author of entries.values()) if (author !== undefined) added.set(author, (added.get(author) ?? 0) + 1);
    if (added.size === 0) continue;
    const held = new Map<string, number>();
    map.forEach((entry) => {
      const author = entry instanceof Y.Map ? entry.get('authorKey') : undefined;
      if (typeof author === 'string' && added.has(author)) held.set(author, (held.get(author) ?? 0) + 1);
    });
    for (const [author, count] of added) {
      if (count + (held.get(author) ?? 0) > limits.maxPerAuthor) return `more than ${limits.maxPerAuthor} statements by one author`;
    }
  }
  return null;
}
