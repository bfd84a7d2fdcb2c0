// SPDX-License-Identifier: EUPL-1.2
/**
 * Keeps open documents outside React: a screen acquires a room by document name and releases it
 * when it unmounts. The room is destroyed a moment after its last holder left, so a quick
 * unmount/mount (React strict mode, a re-render) keeps the same provider and socket.
 */
import { DocRoom, type DocRoomOptions } from './DocRoom.js';

const RELEASE_DELAY_MS = 1_500;

interface Entry { room: DocRoom; holders: number; timer: ReturnType<typeof setTimeout> | null }

const entries = new Map<string, Entry>();
const keys = new WeakMap<DocRoom, string>();

/** One entry per document and way of opening it (with or without presence and offline copy, read-only or not). */
const entryKey = (docName: string, options: DocRoomOptions) =>
  `${docName}${options.presence === false ? '#quiet' : ''}${options.localCopy === false ? '#nocopy' : ''}${options.readOnly ? '#readonly' : ''}`;

/** Returns the open room of a document, opening it if needed, and counts the caller as a holder. */
export function acquireDocRoom(docName: string, options: DocRoomOptions): DocRoom {
  const key = entryKey(docName, options);
  let entry = entries.get(key);
  if (!entry || entry.room.getState().phase === 'stopped') {
    if (entry) destroyEntry(key, entry);
    entry = { room: new DocRoom(docName, options), holders: 0, timer: null };
    entries.set(key, entry);
    keys.set(entry.room, key);
  }
  if (entry.timer) clearTimeout(entry.timer);
  entry.timer = null;
  entry.holders++;
  return entry.room;
}

/** Gives a room back; the last holder's release closes it after a short delay. */
export function releaseDocRoom(room: DocRoom): void {
  const key = keys.get(room) ?? room.docName;
  const entry = entries.get(key);
  if (!entry || entry.room !== room) return;
  entry.holders = Math.max(0, entry.holders - 1);
  if (entry.holders > 0) return;
  entry.timer = setTimeout(() => {
    if (entry.holders === 0) destroyEntry(key, entry);
  }, RELEASE_DELAY_MS);
}

/** Closes every room at once (logout). */
export function destroyAllDocRooms(): void {
  for (const [key, entry] of [...entries]) destroyEntry(key, entry);
}

function destroyEntry(key: string, entry: Entry): void {
  if (entry.timer) clearTimeout(entry.timer);
  if (entries.get(key) === entry) entries.delete(key);
  entry.room.destroy();
}
