/**
 * Copies on this device that the server refused because they belong to an earlier history of
 * their document (close code history-reset, shared/docEpoch.ts). A refused copy is kept, unmerged,
 * until the person chose: first, if they like, save its text as a file; then continue, which
 * deletes the refused copies on this device and reloads the page. The documents then open without
 * a copy (naming no epoch) and get the server's new version.
 */
import type { GroupRoom } from './GroupRoom.js';
import { localCopyFileName, localCopyText, type LocalCopyLabels } from './localCopyText.js';

const refused = new Map<string, GroupRoom>();

/** Notes a room whose copy the server refused (GroupRoom calls this when it stops). */
export function noteRefusedCopy(room: GroupRoom): void {
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
