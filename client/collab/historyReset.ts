// SPDX-License-Identifier: EUPL-1.2
/**
 * Copies on this device that the server refused because they belong to an earlier history of
 * their document (close code history-reset, shared/docEpoch.ts). A refused copy is kept, unmerged,
 * until the person chose: first, if they like, save its text as a file; then continue, which
 * deletes the refused copies on this device and reloads the page. The documents then open without
 * a copy (naming no epoch) and get the server's new version.
 */
import type * as Y from 'yjs';
import { localCopyFileName, localCopyText, type LocalCopyLabels } from './localCopyText.js';

/** What this module needs of a room whose copy was refused (DocRoom is one; no import back, so no circle). */
export interface RefusedCopy {
  readonly docName: string;
  readonly doc: Y.Doc;
  /** Deletes this device's copy of the document. */
  clearLocalCopy(): Promise<void>;
}

const refused = new Map<string, RefusedCopy>();

/** Notes a room whose copy the server refused (DocRoom calls this when it stops). */
export function noteRefusedCopy(room: RefusedCopy): void {
  refused.set(room.docName, room);
}

/** Names of the documents whose copies were refused on this page. */
export function refusedDocNames(): string[] {
  return [...refused.keys()];
}

/** The saved-text file of every refused copy on this page: its name and its text. */
export function refusedCopiesFile(labels: LocalCopyLabels, now: Date): { fileName: string; text: string } {
  const copies = [...refused.values()].map((room) => ({ docName: room.docName, doc: room.doc }));
  return { fileName: localCopyFileName(now), text: localCopyText(copies, labels) };
}

/** Deletes every refused copy on this device, then reloads the page to open the new version. */
export async function continueWithNewVersion(): Promise<void> {
  for (const room of refused.values()) await room.clearLocalCopy().catch(() => undefined);
  refused.clear();
  window.location.reload();
}
