// SPDX-License-Identifier: EUPL-1.2
/**
 * The epoch of a collaborative document: which history of the document a copy belongs to.
 *
 * Every stored document has one epoch, a random id of 16 base64url characters (12 bytes), made by
 * the server when its store first holds the document (the SQLite table `doc_epochs`), kept through
 * compaction and restarts, and new after the document was deleted or its store lost (then the
 * server starts a new history, for example by writing the vision's section headings again).
 *
 * The server writes the epoch into the document itself, in a reserved top-level map that only the
 * server changes, so every copy learns it by ordinary sync:
 *
 *   stip : Y.Map     epoch : string      (server-written; a change by a client is undone)
 *
 * A client that connects with a copy of the document names that copy's epoch in the URL,
 * `/collab/<docName>?epoch=<epoch>`; without a copy (or with a copy that has no epoch yet) it sends
 * none. When the named epoch is not the document's, the server opens the socket and closes it at
 * once with CLOSE.historyReset, before it reads any sync message: merging that copy would bring
 * back items of the old history (duplicate headings and statements). The client then offers to
 * save the copy's text and continues with an empty copy.
 */
import type * as Y from 'yjs';

/** Name of the reserved top-level map that holds the epoch. */
export const EPOCH_MAP = 'stip';
/** Key of the epoch in that map. */
export const EPOCH_KEY = 'epoch';
/** Name of the URL parameter with which a client names its copy's epoch. */
export const EPOCH_PARAM = 'epoch';

const EPOCH_PATTERN = /^[A-Za-z0-9_-]{16}$/;

/** Whether a value has the form of an epoch. */
export function isDocEpoch(value: unknown): value is string {
  return typeof value === 'string' && EPOCH_PATTERN.test(value);
}

/** The epoch a copy of a document holds, or null when it has none (a new or empty copy). */
export function readDocEpoch(doc: Y.Doc): string | null {
  if (!doc.share.has(EPOCH_MAP)) return null;
  const value = doc.getMap<unknown>(EPOCH_MAP).get(EPOCH_KEY);
  return isDocEpoch(value) ? value : null;
}
