// SPDX-License-Identifier: EUPL-1.2
/**
 * Judges a transaction against its document's rules (shared/docRules.ts), right after Yjs
 * integrated it and before it is stored or sent (Room runs it on `afterTransaction`, while the
 * content of what the transaction deleted can still be read). A refusal makes the room refuse the
 * whole transaction, as an item out of place does (itemPlacement.ts).
 *
 * What is judged, per changed type (`transaction.changed`):
 *   - a top-level field the rules do not name is refused; so is any write by a client to a
 *     server-only document or to the epoch map (shared/docEpoch.ts);
 *   - statements: a new statement has the statement shape and, from a client, the sender's own
 *     author key and role and no endorsement but the sender's; the document and author limits
 *     hold; a deleted statement was the sender's (or the sender is the facilitator); the fields of
 *     an existing statement never change (but an older statement may get its editors map once);
 *     its text stays plain and within its limit; an endorsement is set or removed only under the
 *     sender's own key; a client that changes the text of a statement it did not write may do so
 *     (the facilitator always, a member unless the facilitator allowed own statements only) and
 *     names itself among the editors with its own role in the same change (where the rules ask it:
 *     `editorsNamed`, the meeting-1 groups); an editor entry is
 *     only ever the sender's own, with its own role, and never removed;
 *   - rich text: new nodes and changed attributes and text follow the shared Tiptap schema;
 *   - maps: only the named keys, with plain values (or lists of plain values).
 * The server's own changes are judged too (shape, limits), except for authorship: the server
 * writes as whom it says (the reveal). Cost: what the transaction added, plus one pass over a
 * changed list or statements map.
 */
import * as Y from 'yjs';
import { EPOCH_MAP } from '../../shared/docEpoch.js';
import type { DocRules, FieldRules, MapRules, StatementRules } from '../../shared/docRules.js';
import { editorsProblem, statementProblem, statementTextProblem } from '../../shared/groupDoc.js';
import { attributeProblem, inlineTextProblem, richTextProblem } from '../../shared/editor/richTextRules.js';
import type { Role } from '../../shared/roles.js';

/** Who made a change: the server itself, or a client with the author key and role of its session. */
export type ChangeSender =
  | { server: true }
  | { server: false; authorKey: string | null; role: Role; mayEditOthers?: boolean };

type AnyType = Y.AbstractType<unknown>;

/** A changed type's place: its top-level field and the keys leading to it (null for a list child). */
interface Place { field: string; keys: (string | null)[]; chain: AnyType[] }

class Refusal extends Error {}

/** Defines the typed top-level fields the rules name, so changes to them are read as what they are. */
export function defineRuledFields(doc: Y.Doc, rules: DocRules): void {
  for (const [name, field] of Object.entries(rules.fields)) {
    if (field.kind === 'richText') doc.getXmlFragment(name);
    else doc.getMap(name);
  }
}

/** Why the transaction breaks the rules, or null when it keeps them. */
export function judgeTransaction(tr: Y.Transaction, rules: DocRules, sender: ChangeSender, maxRichTextDepth: number): string | null {
  try {
    const roots = new Map<AnyType, string>();
    for (const [name, type] of tr.doc.share) roots.set(type as AnyType, name);
    for (const [type, keys] of tr.changed) {
      if (type._item?.deleted) continue;
      const place = placeOf(type as AnyType, roots);
      if (!place) continue; // a type no longer in the document
      judgePlace(tr, rules, sender, place, type as AnyType, keys, maxRichTextDepth);
    }
    return null;
  } catch (err) {
    return err instanceof Refusal ? err.message : `change could not be judged: ${String(err)}`;
  }
}

function refuse(why: string): never {
  throw new Refusal(why);
}

function placeOf(type: AnyType, roots: Map<AnyType, string>): Place | null {
  const chain: AnyType[] = [type];
  let t = type;
  while (t._item) {
    t = t._item.parent as AnyType;
    chain.unshift(t);
  }
  const field = roots.get(t);
  if (field === undefined) return null;
  return { field, chain, keys: chain.slice(1).map((c) => c._item!.parentSub) };
}

/** Whether an item was added by this transaction. */
const isNew = (tr: Y.Transaction, item: Y.Item) => item.id.clock >= (tr.beforeState.get(item.id.client) ?? 0);

function judgePlace(tr: Y.Transaction, rules: DocRules, sender: ChangeSender, place: Place, type: AnyType, keys: Set<string | null>, maxDepth: number): void {
  if (place.field === EPOCH_MAP && place.keys.length === 0) {
    if (!sender.server) refuse('only the server writes the epoch');
    return;
  }
  const field = rules.fields[place.field] as FieldRules | undefined;
  if (!field) refuse(`unknown field "${place.field.slice(0, 40)}"`);
  if (rules.serverOnly && !sender.server) refuse('only the server writes this document');
  switch (field.kind) {
    case 'statements': return judgeStatements(tr, field.statements, sender, place, type, keys);
    case 'richText': return judgeRichText(tr, place, type, keys, maxDepth);
    case 'map': return judgeMap(tr, field.map, place, type, keys);
  }
}

// ── statements ──────────────────────────────────────────────────────────────────────────────

/** The value of a map key as its latest item holds it, even when that item was just deleted. */
function rawValue(map: AnyType, key: string): unknown {
  const item = map._map.get(key);
  if (!item) return undefined;
  const content = item.content.getContent();
  return content[content.length - 1];
}

function judgeStatements(tr: Y.Transaction, limits: StatementRules, sender: ChangeSender, place: Place, type: AnyType, keys: Set<string | null>): void {
  const depth = place.keys.length;
  if (depth === 0) return judgeStatementEntries(tr, limits, sender, type, keys);
  const statement = place.chain[1];
  if (statement._item && isNew(tr, statement._item)) return; // judged whole as a new statement
  if (depth === 1) return judgeEditorsAdded(tr, sender, statement, keys);
  if (depth === 2 && place.keys[1] === 'text') {
    if ([...keys].some((k) => k !== null)) refuse('statement text has no attributes');
    const problem = statementTextProblem(type as unknown as Y.Text, limits.maxChars);
    if (problem) refuse(problem);
    judgeTextEditor(sender, statement, limits.editorsNamed === true);
    return;
  }
  if (depth === 2 && place.keys[1] === 'editors') {
    for (const key of keys) {
      if (key === null) refuse('editors are a map');
      const map = type as unknown as Y.Map<unknown>;
      if (!map.has(key)) refuse('an editor is never removed');
      if (sender.server) {
        const problem = editorsProblem(map);
        if (problem) refuse(problem);
      } else if (key !== sender.authorKey || map.get(key) !== sender.role) refuse('editor under another person\'s key or role');
    }
    return;
  }
  if (depth === 2 && place.keys[1] === 'endorsements') {
    for (const key of keys) {
      if (key === null) refuse('endorsements are a map');
      if (!sender.server && key !== sender.authorKey) refuse('endorsement under another person\'s key');
      const map = type as unknown as Y.Map<unknown>;
      if (map.has(key)) {
        const at = map.get(key);
        if (typeof at !== 'number' || !Number.isFinite(at)) refuse('endorsement is not a time');
      }
    }
    return;
  }
  refuse('unknown statement field');
}

/** A statement from before editors were kept gets its editors map once, holding only the sender. */
function judgeEditorsAdded(tr: Y.Transaction, sender: ChangeSender, statement: AnyType, keys: Set<string | null>): void {
  if (keys.size !== 1 || !keys.has('editors')) refuse('the fields of a statement never change');
  const item = statement._map.get('editors');
  if (!item || item.deleted || !isNew(tr, item) || item.left) refuse('the fields of a statement never change');
  const editors = rawValue(statement, 'editors');
  const problem = editorsProblem(editors);
  if (problem) refuse(problem);
  if (sender.server) return;
  for (const [key, role] of (editors as Y.Map<unknown>).entries()) {
    if (key !== sender.authorKey || role !== sender.role) refuse('editor under another person\'s key or role');
  }
}

/** A client changing the text of a statement it did not write: allowed by the setting, and named among its editors. */
function judgeTextEditor(sender: ChangeSender, statement: AnyType, editorsNamed: boolean): void {
  if (sender.server || rawValue(statement, 'authorKey') === sender.authorKey) return;
  if (sender.role !== 'facilitator' && sender.mayEditOthers === false) refuse('statement edited by someone who did not write it (own statements only)');
  if (!editorsNamed || sender.authorKey === null) return; // a kind that does not ask it, or the set-up session: nobody to name
  const editors = rawValue(statement, 'editors');
  if (!(editors instanceof Y.Map) || editors.get(sender.authorKey) !== sender.role) refuse('statement edited without naming its editor');
}

function judgeStatementEntries(tr: Y.Transaction, limits: StatementRules, sender: ChangeSender, map: AnyType, keys: Set<string | null>): void {
  const authors = new Set<string>();
  for (const key of keys) {
    if (key === null) refuse('statements are a map');
    const latest = map._map.get(key) ?? null;
    if (latest && !latest.deleted && isNew(tr, latest)) {
      const entry = rawValue(map, key);
      const problem = statementProblem(entry, key, limits.maxChars, limits.kinds);
      if (problem) refuse(problem);
      const statement = entry as Y.Map<unknown>;
      const authorKey = statement.get('authorKey') as string;
      if (!sender.server) {
        if (authorKey !== sender.authorKey) refuse('statement written in another person\'s name');
        if (statement.get('authorRole') !== sender.role) refuse('statement written with another role');
        for (const by of (statement.get('endorsements') as Y.Map<unknown>).keys()) {
          if (by !== sender.authorKey) refuse('endorsement under another person\'s key');
        }
        const editors = statement.get('editors');
        if (editors instanceof Y.Map && editors.size > 0) refuse('a new statement has no editors');
      }
      authors.add(authorKey);
    }
    let old = latest;
    while (old && isNew(tr, old)) old = old.left;
    if (old && old.deleted && Y.isDeleted(tr.deleteSet, old.id)) judgeDeletion(sender, old);
  }
  if (authors.size > 0) judgeCounts(map as unknown as Y.Map<unknown>, limits, authors);
}

function judgeDeletion(sender: ChangeSender, old: Y.Item): void {
  if (sender.server || sender.role === 'facilitator') return;
  const content = old.content.getContent();
  const statement = content[content.length - 1];
  const author = statement instanceof Y.Map ? rawValue(statement as unknown as AnyType, 'authorKey') : undefined;
  if (author !== sender.authorKey) refuse('statement deleted by someone who did not write it');
}

function judgeCounts(map: Y.Map<unknown>, limits: StatementRules, authors: Set<string>): void {
  let total = 0;
  const perAuthor = new Map<string, number>();
  map.forEach((entry) => {
    total++;
    const key = entry instanceof Y.Map ? entry.get('authorKey') : undefined;
    if (typeof key === 'string' && authors.has(key)) perAuthor.set(key, (perAuthor.get(key) ?? 0) + 1);
  });
  if (total > limits.maxPerDocument) refuse(`more than ${limits.maxPerDocument} statements`);
  for (const count of perAuthor.values()) if (count > limits.maxPerAuthor) refuse(`more than ${limits.maxPerAuthor} statements by one author`);
}

// ── rich text ───────────────────────────────────────────────────────────────────────────────

function judgeRichText(tr: Y.Transaction, place: Place, type: AnyType, keys: Set<string | null>, maxDepth: number): void {
  const depthLeft = maxDepth - place.keys.length;
  if (type instanceof Y.XmlText) {
    if ([...keys].some((k) => k !== null)) refuse('attribute on rich text');
    const problem = inlineTextProblem(type);
    if (problem) refuse(problem);
    return;
  }
  if (!(type instanceof Y.XmlElement) && !(type instanceof Y.XmlFragment)) refuse('rich text holds something other than nodes');
  const element = type instanceof Y.XmlElement ? type : null;
  for (const key of keys) {
    if (key === null) continue;
    if (!element) refuse('attribute on a rich-text field');
    const problem = attributeProblem(element.nodeName, key, element.getAttribute(key));
    if (problem) refuse(problem);
  }
  if (!keys.has(null)) return;
  for (let item = type._start; item; item = item.right) {
    if (item.deleted || !isNew(tr, item)) continue;
    const content = item.content.getContent();
    for (const child of content) {
      const problem = richTextProblem(child, depthLeft);
      if (problem) refuse(problem);
    }
  }
}

// ── maps ────────────────────────────────────────────────────────────────────────────────────

const isPlain = (value: unknown) => !(value instanceof Y.AbstractType) && !(value instanceof Y.Doc);

function judgeMap(tr: Y.Transaction, rules: MapRules, place: Place, type: AnyType, keys: Set<string | null>): void {
  if (place.keys.length === 0) {
    for (const key of keys) {
      if (key === null) refuse('field is a map');
      if (rules.keys && !rules.keys.includes(key)) refuse(`unknown key "${key.slice(0, 40)}"`);
      const item = type._map.get(key);
      if (!item || item.deleted || !isNew(tr, item)) continue;
      const value = rawValue(type, key);
      if (rules.values === 'plain' && !isPlain(value)) refuse('map value is not plain data');
      if (rules.values === 'lists' && !(value instanceof Y.Array && value.toArray().every(isPlain))) refuse('map value is not a list of plain data');
    }
    return;
  }
  if (rules.values === 'lists' && place.keys.length === 1 && type instanceof Y.Array) {
    if ([...keys].some((k) => k !== null) || !type.toArray().every(isPlain)) refuse('list holds something other than plain data');
    return;
  }
  refuse('map holds a nested type');
}
