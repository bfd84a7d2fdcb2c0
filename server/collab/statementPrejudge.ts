// SPDX-License-Identifier: EUPL-1.2
/**
 * The statement limits as an update's structs already show them, before Yjs integrates it
 * (updatePrejudge.ts): how many statements a field may still take, in all and per author. A new
 * statement is an item holding a Y.Map under a statements field; its `authorKey` is the first
 * value set in that map, an item whose parent is the map's item. Structs the room already holds
 * (a change sent twice) are not counted again. What the structs cannot show (an author key set
 * later, in another update) is judged after integration (changeJudge.ts).
 *
 * Text typed into an existing statement is prejudged too: two people typing in one statement at
 * the same time can together pass its character limit, an honest race that would otherwise reset
 * the room. Characters an update inserts are traced to their Y.Text through their parent or their
 * origin (in the room, or earlier in the same update); the text's length, plus what the update
 * inserts, minus what its delete set removes of it, must stay within the limit.
 */
import * as Y from 'yjs';
import type { StatementRules } from '../../shared/docRules.js';

/** An update's delete set: per client, the clock ranges it deletes (Y.decodeUpdate(...).ds). */
export interface DeleteRanges { clients: Map<number, { clock: number; len: number }[]> }

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

/** The item the room holds at `id`, or null (not held yet, or garbage-collected). */
function heldItem(doc: Y.Doc, id: Y.ID): Y.Item | null {
  if (id.clock >= Y.getState(doc.store, id.client)) return null;
  const struct = Y.getItem(doc.store, id) as unknown;
  return struct instanceof Y.Item ? struct : null;
}

/** The statements field a Y.Text is the text of (statements → entry → `text`), or null. */
function statementFieldOf(text: unknown, fields: ReadonlyMap<string, StatementRules>, doc: Y.Doc): string | null {
  if (!(text instanceof Y.Text) || text._item?.parentSub !== 'text') return null;
  const entry = text._item.parent as Y.AbstractType<unknown>;
  if (!(entry instanceof Y.Map) || !entry._item) return null;
  for (const field of fields.keys()) if (entry._item.parent === doc.getMap(field)) return field;
  return null;
}

/** The update's item holding `id`, by binary search over its client's items (in clock order), or undefined. */
function itemAt(byClient: Map<number, Y.Item[]>, id: Y.ID): Y.Item | undefined {
  const list = byClient.get(id.client);
  if (!list) return undefined;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const item = list[mid];
    if (id.clock < item.id.clock) hi = mid - 1;
    else if (id.clock >= item.id.clock + item.length) lo = mid + 1;
    else return item;
  }
  return undefined;
}

/**
 * Why characters the update types into existing statement texts pass their limit, or null. One pass
 * in the update's order: an item whose origin is an earlier item of the same update goes where that
 * one went; one pointing further ahead is left to the judgement after integration.
 */
function textGrowthBreach(items: Y.Item[], fields: ReadonlyMap<string, StatementRules>, doc: Y.Doc, deletes: DeleteRanges): string | null {
  const byClient = new Map<number, Y.Item[]>();
  for (const item of items) {
    let list = byClient.get(item.id.client);
    if (!list) byClient.set(item.id.client, list = []);
    list.push(item);
  }
  const typeOf = new Map<Y.Item, unknown>(); // an update's item → the held type it goes into
  const added = new Map<Y.Text, number>();
  for (const item of items) {
    let type: unknown = null;
    const parent: unknown = item.parent;
    if (parent instanceof Y.ID) {
      const held = heldItem(doc, parent);
      type = held?.content instanceof Y.ContentType ? held.content.type : null;
    } else if (parent === null) {
      for (const origin of [item.origin, item.rightOrigin]) {
        if (!origin || type) continue;
        const held = heldItem(doc, origin);
        const earlier = held ? undefined : itemAt(byClient, origin);
        type = held ? held.parent : earlier ? (typeOf.get(earlier) ?? null) : null;
      }
    }
    typeOf.set(item, type);
    if (!(item.content instanceof Y.ContentString) || alreadyHeld(doc, item)) continue;
    if (type instanceof Y.Text && statementFieldOf(type, fields, doc) !== null) added.set(type, (added.get(type) ?? 0) + item.content.str.length);
  }
  for (const [text, count] of added) {
    const max = fields.get(statementFieldOf(text, fields, doc)!)!.maxChars;
    if (text.length + count > max && text.length + count - deletedFrom(doc, deletes, text) > max) return `statement text longer than ${max} characters`;
  }
  return null;
}

/** How many of `text`'s present characters the update's delete set removes. */
function deletedFrom(doc: Y.Doc, deletes: DeleteRanges, text: Y.Text): number {
  let count = 0;
  for (const [client, ranges] of deletes.clients) {
    const structs = doc.store.clients.get(client);
    if (!structs) continue;
    for (const { clock, len } of ranges) {
      const end = Math.min(clock + len, Y.getState(doc.store, client));
      if (clock >= end) continue;
      for (let i = Y.findIndexSS(structs, clock); i < structs.length && structs[i].id.clock < end; i++) {
        const struct = structs[i];
        if (!(struct instanceof Y.Item) || struct.deleted || struct.parent !== text || !(struct.content instanceof Y.ContentString)) continue;
        count += Math.min(end, struct.id.clock + struct.length) - Math.max(clock, struct.id.clock);
      }
    }
  }
  return count;
}

/** Why the update's new statements or statement texts break a field's limits, or null. */
export function statementLimitBreach(items: Y.Item[], fields: ReadonlyMap<string, StatementRules>, doc: Y.Doc, deletes: DeleteRanges): string | null {
  return newStatementBreach(items, fields, doc) ?? textGrowthBreach(items, fields, doc, deletes);
}

/** Why the update's new statements break a field's limits, or null. */
function newStatementBreach(items: Y.Item[], fields: ReadonlyMap<string, StatementRules>, doc: Y.Doc): string | null {
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
