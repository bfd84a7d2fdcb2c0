// SPDX-License-Identifier: EUPL-1.2
/**
 * Random operations on a meeting-1 group document, as participants make them (through the
 * shared/groupDoc.ts functions and the horizon's Tiptap shape: paragraphs of Y.XmlText), and a
 * canonical fingerprint of a document so copies can be compared exactly.
 */
import * as Y from 'yjs';
import {
  addStatement, horizonOf, readStatement, removeStatement, setEndorsement, statementsOf, statementText,
} from '../../shared/groupDoc.js';
import type { Role } from '../../shared/roles.js';
import { STATEMENT_KINDS } from '../../shared/statementKinds.js';
import type { Prng } from './prng.js';

/** Who performs operations: the author key and role written into statements. */
export interface OpAuthor { key: string; role: Role }

const WORDS = [
  'wij', 'staan', 'open', 'voor', 'inwoners', 'laten', 'los', 'de', 'regie', 'samen', 'met', 'raad',
  'college', 'ambtenaren', 'vertrouwen', 'luisteren', 'eerder', 'betrekken', 'ruimte', 'initiatief', 'é', '🙂',
];

/** Weights of the operations (statements and horizon). */
const OP_WEIGHTS = {
  addStatement: 14,
  editStatement: 28,
  deleteStatement: 5,
  endorse: 14,
  addParagraph: 8,
  typeInHorizon: 20,
  deleteInHorizon: 6,
  removeParagraph: 2,
  formatHorizon: 3,
} as const;

/** The name of a random operation. */
export type GroupOp = keyof typeof OP_WEIGHTS;

function words(rng: Prng, min = 1, max = 4): string {
  const n = rng.int(min, max);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(rng.pick(WORDS));
  return out.join(' ') + (rng.chance(0.3) ? '. ' : ' ');
}

/** Ids of well-formed statements (what a client lists), in a stable order so a seed picks the same one on every run. */
function statementIds(doc: Y.Doc): string[] {
  const ids: string[] = [];
  statementsOf(doc).forEach((entry, id) => { if (entry instanceof Y.Map && readStatement(entry)) ids.push(id); });
  return ids.sort();
}

/**
 * A text's characters as UTF-16 code units (embeds count one), as Yjs indexes them. Operations
 * keep their indices off the middle of a surrogate pair (an emoji), as an editor does: Yjs turns a
 * split pair into two U+FFFD on the splitting copy only, so that copy alone would differ.
 */
function unitsOf(text: Y.Text): string {
  return (text.toDelta() as { insert: unknown }[]).map((d) => (typeof d.insert === 'string' ? d.insert : ' ')).join('');
}

/** `at`, moved back one when it would fall between the two halves of a surrogate pair. */
function onCodePoint(units: string, at: number): number {
  const before = units.charCodeAt(at - 1);
  return at > 0 && at < units.length && before >= 0xd800 && before <= 0xdbff ? at - 1 : at;
}

/** A range [at, at+len) of `text` whose ends lie on code points; null when it would be empty. */
function rangeIn(text: Y.Text, rng: Prng, maxLen: number): { at: number; len: number } | null {
  const units = unitsOf(text);
  const at = onCodePoint(units, rng.int(0, units.length - 1));
  const end = onCodePoint(units, Math.min(at + rng.int(1, maxLen), units.length));
  const len = end > at ? end - at : onCodePoint(units, Math.min(at + 2, units.length)) - at;
  return len > 0 ? { at, len } : null;
}

/** A random insert position of `text` on a code point. */
function insertPointIn(text: Y.Text, rng: Prng): number {
  const units = unitsOf(text);
  return onCodePoint(units, rng.int(0, units.length));
}

function paragraphText(p: Y.XmlElement): Y.XmlText {
  const first = p.get(0);
  if (first instanceof Y.XmlText) return first;
  const text = new Y.XmlText();
  p.insert(0, [text]);
  return text;
}

function randomParagraph(doc: Y.Doc, rng: Prng): Y.XmlElement | null {
  const fragment = horizonOf(doc);
  if (fragment.length === 0) return null;
  const node = fragment.get(rng.int(0, fragment.length - 1));
  return node instanceof Y.XmlElement ? node : null;
}

/** Runs one operation (given, or picked at random); returns what it did, for failure reports. */
export function runGroupOp(doc: Y.Doc, rng: Prng, author: OpAuthor, serial: string, op: GroupOp = rng.weighted(OP_WEIGHTS)): string {
  const ids = statementIds(doc);
  if (ids.length === 0 && (op === 'editStatement' || op === 'deleteStatement' || op === 'endorse')) op = 'addStatement';
  switch (op) {
    case 'addStatement': {
      const id = addStatement(doc, { id: `s_${serial}`, kind: rng.pick(STATEMENT_KINDS), text: words(rng), authorKey: author.key, authorRole: author.role, createdAt: rng.int(1, 1_000_000) });
      return `add ${id}`;
    }
    case 'editStatement': {
      const id = rng.pick(ids);
      const text = statementText(doc, id);
      if (!text) return `edit ${id} (no text)`;
      const range = text.length > 0 && (text.length > 200 || rng.chance(0.35)) ? rangeIn(text, rng, 6) : null;
      if (range) {
        text.delete(range.at, range.len);
        return `edit ${id} delete ${range.at}+${range.len}`;
      }
      const at = insertPointIn(text, rng);
      text.insert(at, words(rng, 1, 2));
      return `edit ${id} insert at ${at}`;
    }
    case 'deleteStatement': {
      const id = rng.pick(ids);
      removeStatement(doc, id);
      return `delete ${id}`;
    }
    case 'endorse': {
      const id = rng.pick(ids);
      const on = rng.chance(0.65);
      setEndorsement(doc, id, author.key, on);
      return `${on ? 'endorse' : 'unendorse'} ${id}`;
    }
    case 'addParagraph': {
      const fragment = horizonOf(doc);
      const p = new Y.XmlElement('paragraph');
      p.insert(0, [new Y.XmlText(words(rng))]);
      const at = rng.int(0, fragment.length);
      fragment.insert(at, [p]);
      return `horizon add paragraph at ${at}`;
    }
    case 'typeInHorizon': {
      const p = randomParagraph(doc, rng);
      if (!p) return runGroupOp(doc, rng, author, serial, 'addParagraph');
      const text = paragraphText(p);
      const at = insertPointIn(text, rng);
      text.insert(at, words(rng, 1, 2));
      return `horizon type at ${at}`;
    }
    case 'deleteInHorizon': {
      const p = randomParagraph(doc, rng);
      if (!p) return 'horizon delete (empty)';
      const text = paragraphText(p);
      const range = text.length === 0 ? null : rangeIn(text, rng, 8);
      if (!range) return 'horizon delete (empty paragraph)';
      text.delete(range.at, range.len);
      return `horizon delete ${range.at}+${range.len}`;
    }
    case 'removeParagraph': {
      const fragment = horizonOf(doc);
      if (fragment.length === 0) return 'horizon remove paragraph (empty)';
      const at = rng.int(0, fragment.length - 1);
      fragment.delete(at, 1);
      return `horizon remove paragraph ${at}`;
    }
    case 'formatHorizon': {
      const p = randomParagraph(doc, rng);
      if (!p) return 'horizon format (empty)';
      const text = paragraphText(p);
      const range = text.length === 0 ? null : rangeIn(text, rng, 10);
      if (!range) return 'horizon format (empty paragraph)';
      const mark = rng.pick(['bold', 'italic']);
      text.format(range.at, range.len, { [mark]: rng.chance(0.75) ? {} : null });
      return `horizon ${mark} ${range.at}+${range.len}`;
    }
  }
}

function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value !== null && typeof value === 'object' && !(value instanceof Uint8Array)) {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeysDeep((value as Record<string, unknown>)[k])]));
  }
  return value;
}

/** A document's content as canonical JSON: statements (keys sorted), horizon XML, meta. */
export function canonicalGroupState(doc: Y.Doc): string {
  try {
    return JSON.stringify(sortKeysDeep({
      statements: statementsOf(doc).toJSON(),
      horizon: horizonOf(doc).toString(),
      meta: doc.getMap('meta').toJSON(),
    }));
  } catch (err) {
    return `unreadable: ${String(err)}`;
  }
}

/** Everything that must be equal between converged copies. */
export interface DocFingerprint {
  /** Y.encodeStateVector, hex. */
  stateVector: string;
  /** Y.encodeSnapshot(Y.snapshot(doc)) (state vector and delete set), hex. */
  snapshot: string;
  /** Updates waiting for missing predecessors (none once everyone has everything). */
  pending: boolean;
  content: string;
}

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

/** The fingerprint of a document. */
export function fingerprintOf(doc: Y.Doc): DocFingerprint {
  return {
    stateVector: hex(Y.encodeStateVector(doc)),
    snapshot: hex(Y.encodeSnapshot(Y.snapshot(doc))),
    pending: doc.store.pendingStructs !== null || doc.store.pendingDs !== null,
    content: canonicalGroupState(doc),
  };
}

/** The clock a document has reached for one client id (0 when it has nothing of it). */
export function clockOf(doc: Y.Doc, clientId: number): number {
  return Y.decodeStateVector(Y.encodeStateVector(doc)).get(clientId) ?? 0;
}
