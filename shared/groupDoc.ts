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
 *   horizon    : Y.XmlFragment                 the group's stip op de horizon (Tiptap)
 *
 * No starting content: an empty document is a group that has written nothing yet. Snapshot:
 * `listStatements` (the horizon through the shared editor schema, shared/editor/schema.ts). The
 * meeting's step, timer and locks are not here but in the live document (shared/liveDoc.ts);
 * statements come in from private drafts by the reveal (shared/draftDoc.ts).
 *
 * Client and server use these functions, so the shape is written down once.
 */
import * as Y from 'yjs';
import type { Role } from './roles.js';
import type { StatementKind } from './statementKinds.js';
import { isStatementKind } from './statementKinds.js';

/** Top-level field names of a group document. */
export const GROUP_FIELDS = { statements: 'statements', horizon: 'horizon' } as const;

/** A statement as plain data (a snapshot of its Y.Map). */
export interface Statement {
  id: string;
  kind: StatementKind;
  text: string;
  authorKey: string;
  authorRole: Role;
  createdAt: number;
  endorsedBy: string[];
}

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

/** Adds a statement and returns its id. */
export function addStatement(
  doc: Y.Doc,
  input: { kind: StatementKind; text: string; authorKey: string; authorRole: Role; id?: string; createdAt?: number },
): string {
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
    statementsOf(doc).set(id, entry);
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
  const endorsements = statementsOf(doc).get(id)?.get('endorsements');
  if (!(endorsements instanceof Y.Map)) return;
  if (endorsed) endorsements.set(authorKey, Date.now());
  else endorsements.delete(authorKey);
}

/** Reads one statement entry as plain data; null when the entry is not a valid statement. */
export function readStatement(entry: Y.Map<unknown>): Statement | null {
  const text = entry.get('text');
  const kind = entry.get('kind');
  const endorsements = entry.get('endorsements');
  if (!(text instanceof Y.Text) || !isStatementKind(kind)) return null;
  return {
    id: String(entry.get('id')),
    kind,
    text: text.toString(),
    authorKey: String(entry.get('authorKey') ?? ''),
    authorRole: entry.get('authorRole') as Role,
    createdAt: Number(entry.get('createdAt') ?? 0),
    endorsedBy: endorsements instanceof Y.Map ? [...endorsements.keys()].sort() : [],
  };
}

/** All valid statements of a group document, oldest first. */
export function listStatements(doc: Y.Doc): Statement[] {
  const out: Statement[] = [];
  statementsOf(doc).forEach((entry) => {
    const s = entry instanceof Y.Map ? readStatement(entry) : null;
    if (s) out.push(s);
  });
  return out.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}
