// SPDX-License-Identifier: EUPL-1.2
/**
 * The shape of a meeting-1 group document (`w/<id>/m1/g/<n>`) and the operations on it. Written
 * by the group's members and the facilitator.
 *
 *   statements : Y.Map<statementId, Y.Map>   one entry per statement:
 *       id         string
 *       kind       'openStaan' | 'loslaten' | 'cultuur'
 *       text       Y.Text (co-edited)
 *       authorKey  opaque author id (never the name: names are resolved by the server)
 *       authorRole Role
 *       createdAt  epoch ms
 *       endorsements Y.Map<authorKey, epoch ms>   one entry per person
 *       editors    Y.Map<authorKey, Role>      everyone but the author who changed the text, with
 *                                              the role they had (optional: older statements lack it
 *                                              until someone else first edits them)
 *   horizon    : Y.XmlFragment                 the group's stip op de horizon (Tiptap)
 *
 * Rules (GROUP_RULES, enforced by the server on every change, shared/docRules.ts): only these two
 * fields; a statement has exactly the fields above with these types (`statementProblem`), its text
 * plain and at most maxStatementChars long; at most maxStatementsPerDocument statements, and
 * maxStatementsPerAuthor per author key; the horizon holds only the shared Tiptap schema. Who
 * wrote it is the server's to say: a new statement carries its sender's own author key and role,
 * an endorsement is added or removed only under the sender's own key, the fields of an existing
 * statement other than its text and endorsements never change, and a statement is deleted only
 * by its author or the facilitator. Someone who changes the text of a statement they did not write
 * names themselves among its editors in the same change (own key, own role; an editor is never
 * removed), so "who changed this" is the session's too; when the facilitator allows only own
 * statements to be edited (the live document's `ownStatementsOnly`), only the author and the
 * facilitator change its text.
 *
 * No starting content: an empty document is a group that has written nothing yet. Snapshot:
 * `listStatements` (the horizon through the shared editor schema, shared/editor/schema.ts). The
 * meeting's step, timer and locks are not here but in the live document (shared/liveDoc.ts);
 * statements come in from private drafts by the reveal (shared/draftDoc.ts).
 *
 * Client and server use these functions, so the shape is written down once.
 */
import * as Y from 'yjs';
import type { DocRules } from './docRules.js';
import { DEFAULT_LIMITS } from './limits.js';
import { isRole, type Role } from './roles.js';
import type { StatementKind } from './statementKinds.js';
import { isStatementKind } from './statementKinds.js';

/** Top-level field names of a group document. */
export const GROUP_FIELDS = { statements: 'statements', horizon: 'horizon' } as const;

/** The fields of a statement entry; nothing else may be written into one. */
const STATEMENT_KEYS = ['id', 'kind', 'text', 'authorKey', 'authorRole', 'createdAt', 'endorsements', 'editors'] as const;

/** A statement id or author key the server accepts. */
const SANE_KEY = /^[A-Za-z0-9_-]{1,64}$/;

/** The rules of a group document (enforced by the server, server/collab/changeJudge.ts). */
export const GROUP_RULES: DocRules = {
  fields: {
    [GROUP_FIELDS.statements]: {
      kind: 'statements',
      statements: {
        maxPerDocument: DEFAULT_LIMITS.maxStatementsPerDocument,
        maxPerAuthor: DEFAULT_LIMITS.maxStatementsPerAuthor,
        maxChars: DEFAULT_LIMITS.maxStatementChars,
        editorsNamed: true,
      },
    },
    [GROUP_FIELDS.horizon]: { kind: 'richText' },
  },
};

/** A statement as plain data (a snapshot of its Y.Map); `K` is the kinds its field holds (meeting 1's by default). */
export interface Statement<K extends string = StatementKind> {
  id: string;
  kind: K;
  text: string;
  authorKey: string;
  authorRole: Role;
  createdAt: number;
  endorsedBy: string[];
  /** Everyone but the author who changed the text, with their role then (sorted by key, the same in every copy). */
  editors: StatementEditor[];
}

/** Someone who changed a statement they did not write. */
export interface StatementEditor { key: string; role: Role }

/** The statements map of a group document. */
export const statementsOf = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>(GROUP_FIELDS.statements);
/** The horizon fragment of a group document (the Tiptap field). */
export const horizonOf = (doc: Y.Doc) => doc.getXmlFragment(GROUP_FIELDS.horizon);

/** Makes a statement id that is unique without coordination. */
function newStatementId(): string {
  const bytes = new Uint8Array(9);
  globalThis.crypto.getRandomValues(bytes);
  return 's_' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** What a new statement is made of; `K` is the kinds its field holds. */
interface NewStatement<K extends string> { kind: K; text: string; authorKey: string; authorRole: Role; id?: string; createdAt?: number }

/** Adds a statement and returns its id. */
export function addStatement(doc: Y.Doc, input: NewStatement<StatementKind>): string {
  return addStatementTo(doc, statementsOf(doc), input);
}

/** Adds a statement to any statements field of a document (one transaction) and returns its id. */
export function addStatementTo<K extends string>(doc: Y.Doc, statements: Y.Map<Y.Map<unknown>>, input: NewStatement<K>): string {
  const id = input.id ?? newStatementId();
  doc.transact(() => {
    const entry = new Y.Map<unknown>();
    entry.set('id', id);
    entry.set('kind', input.kind);
    entry.set('text', new Y.Text(input.text));
    entry.set('authorKey', input.authorKey);
    entry.set('authorRole', input.authorRole);
    entry.set('createdAt', input.createdAt ?? Date.now());
    entry.set('endorsements', new Y.Map<number>());
    entry.set('editors', new Y.Map<Role>());
    statements.set(id, entry);
  });
  return id;
}

/** Removes a statement. */
export function removeStatement(doc: Y.Doc, id: string): void {
  statementsOf(doc).delete(id);
}

/** The co-edited text of a statement, or null if it does not exist. */
export function statementText(doc: Y.Doc, id: string): Y.Text | null {
  const text = statementsOf(doc).get(id)?.get('text');
  return text instanceof Y.Text ? text : null;
}

/** Sets or clears one person's endorsement of a statement (one per person). */
export function setEndorsement(doc: Y.Doc, id: string, authorKey: string, endorsed: boolean): void {
  setEndorsementIn(statementsOf(doc), id, authorKey, endorsed);
}

/** Sets or clears one person's endorsement of a statement in any statements field. */
export function setEndorsementIn(statements: Y.Map<Y.Map<unknown>>, id: string, authorKey: string, endorsed: boolean): void {
  const endorsements = statements.get(id)?.get('endorsements');
  if (!(endorsements instanceof Y.Map)) return;
  if (endorsed) endorsements.set(authorKey, Date.now());
  else endorsements.delete(authorKey);
}

/**
 * Names `editor` (key and role) among the editors of a statement they did not write; call it in
 * the same transaction as the text change (the server refuses the change otherwise). Nothing
 * happens for the author, or when the editor is already listed with this role.
 */
export function noteEditor(doc: Y.Doc, id: string, editor: StatementEditor): void {
  noteEditorIn(statementsOf(doc), id, editor);
}

/** noteEditor for a statements field other than the group's (a meeting-2 role group's ambitions or expectations). */
export function noteEditorIn(statements: Y.Map<Y.Map<unknown>>, id: string, editor: StatementEditor): void {
  const entry = statements.get(id);
  if (!entry || entry.get('authorKey') === editor.key) return;
  let editors = entry.get('editors');
  if (!(editors instanceof Y.Map)) {
    editors = new Y.Map<Role>();
    entry.set('editors', editors);
  }
  const map = editors as Y.Map<unknown>;
  if (map.get(editor.key) !== editor.role) map.set(editor.key, editor.role);
}

/** The editors of a statement entry, valid entries only. */
function readEditors(entry: Y.Map<unknown>): StatementEditor[] {
  const editors = entry.get('editors');
  if (!(editors instanceof Y.Map)) return [];
  const out: StatementEditor[] = [];
  for (const [key, role] of editors.entries()) if (isRole(role)) out.push({ key, role });
  // A map's own order differs between copies (the order changes arrived in), so sort by key.
  return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Reads one statement entry as plain data; null when the entry is not a valid statement. */
export function readStatement(entry: Y.Map<unknown>): Statement | null {
  return readStatementOf(entry, isStatementKind);
}

/** Reads one statement entry of a field whose kinds `isKind` tells; null when it is not a valid statement. */
function readStatementOf<K extends string>(entry: Y.Map<unknown>, isKind: (v: unknown) => v is K): Statement<K> | null {
  const text = entry.get('text');
  const kind = entry.get('kind');
  const endorsements = entry.get('endorsements');
  if (!(text instanceof Y.Text) || !isKind(kind)) return null;
  return {
    id: String(entry.get('id')),
    kind,
    text: text.toString(),
    authorKey: String(entry.get('authorKey') ?? ''),
    authorRole: entry.get('authorRole') as Role,
    createdAt: Number(entry.get('createdAt') ?? 0),
    endorsedBy: endorsements instanceof Y.Map ? [...endorsements.keys()].sort() : [],
    editors: readEditors(entry),
  };
}

/** All valid statements of a group document, oldest first. */
export function listStatements(doc: Y.Doc): Statement[] {
  return listStatementsOf(statementsOf(doc), isStatementKind);
}

/** All valid statements of any statements field whose kinds `isKind` tells, oldest first. */
export function listStatementsOf<K extends string>(statements: Y.Map<Y.Map<unknown>>, isKind: (v: unknown) => v is K): Statement<K>[] {
  const out: Statement<K>[] = [];
  statements.forEach((entry) => {
    const s = entry instanceof Y.Map ? readStatementOf(entry, isKind) : null;
    if (s) out.push(s);
  });
  return out.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

/** Why a statement's text breaks the rules (too long, or not plain text), or null. */
export function statementTextProblem(text: Y.Text, maxChars: number): string | null {
  if (text.length > maxChars) return `statement text longer than ${maxChars} characters`;
  for (const op of text.toDelta() as { insert: unknown; attributes?: unknown }[]) {
    if (typeof op.insert !== 'string' || op.attributes) return 'statement text is not plain text';
  }
  return null;
}

/**
 * Why a statement entry stored under `key` breaks the statement shape, or null when it is sound;
 * `kinds`: the kinds its field holds (meeting 1's when absent).
 */
export function statementProblem(entry: unknown, key: string, maxChars: number, kinds?: readonly string[]): string | null {
  if (!(entry instanceof Y.Map)) return 'statement is not a map';
  for (const field of entry.keys()) {
    if (!(STATEMENT_KEYS as readonly string[]).includes(field)) return `statement has an unknown field "${field.slice(0, 40)}"`;
  }
  if (entry.get('id') !== key || !SANE_KEY.test(key)) return 'statement id is not its key';
  const kind = entry.get('kind');
  if (kinds ? !(typeof kind === 'string' && kinds.includes(kind)) : !isStatementKind(kind)) return 'statement kind unknown';
  const text = entry.get('text');
  if (!(text instanceof Y.Text)) return 'statement text is not a text';
  const textProblem = statementTextProblem(text, maxChars);
  if (textProblem) return textProblem;
  const authorKey = entry.get('authorKey');
  if (typeof authorKey !== 'string' || !SANE_KEY.test(authorKey)) return 'statement author key unsound';
  if (!isRole(entry.get('authorRole'))) return 'statement author role unknown';
  const createdAt = entry.get('createdAt');
  if (typeof createdAt !== 'number' || !Number.isFinite(createdAt) || createdAt < 0) return 'statement creation time unsound';
  const endorsements = entry.get('endorsements');
  if (!(endorsements instanceof Y.Map)) return 'statement endorsements are not a map';
  for (const [by, at] of endorsements.entries()) {
    if (!SANE_KEY.test(by) || typeof at !== 'number' || !Number.isFinite(at)) return 'statement endorsement unsound';
  }
  const editors = entry.get('editors');
  if (editors !== undefined) return editorsProblem(editors);
  return null;
}

/** Why a statement's editors field breaks the shape (a map of author key → role), or null. */
export function editorsProblem(editors: unknown): string | null {
  if (!(editors instanceof Y.Map)) return 'statement editors are not a map';
  for (const [key, role] of editors.entries()) {
    if (!SANE_KEY.test(key) || !isRole(role)) return 'statement editor unsound';
  }
  return null;
}
