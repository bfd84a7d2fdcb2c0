// SPDX-License-Identifier: EUPL-1.2
/**
 * Keeps open documents outside React: a screen acquires a room by document name and releases it
 * when it unmounts. The room is destroyed a moment after its last holder left, so a quick
 * unmount/mount (React strict mode, a re-render) keeps the same provider and socket.
 *
 * A screen's documents can be opened before the screen renders (`holdDocRoomEarly`, e.g. while
 * the group room's code still evaluates): the registry holds such a room itself until the first
 * screen acquires it the same way, which takes it over (its access check, stop follow-up and
 * presence) and ends the early hold; or until EARLY_HOLD_MS passed without any screen asking.
 */
import { DocRoom, type DocRoomOptions } from './DocRoom.js';

const RELEASE_DELAY_MS = 1_500;
/** How long a room opened early waits for its screen. */
const EARLY_HOLD_MS = 5_000;

interface Entry {
  room: DocRoom;
  holders: number;
  timer: ReturnType<typeof setTimeout> | null;
  /** The registry's own hold of a room opened early (counted in `holders`), until a screen takes it over. */
  early: ReturnType<typeof setTimeout> | null;
}

const entries = new Map<string, Entry>();
const keys = new WeakMap<DocRoom, string>();

/** One entry per document and way of opening it (with or without presence and offline copy, read-only or not). */
const entryKey = (docName: string, options: Pick<DocRoomOptions, 'presence' | 'localCopy' | 'readOnly'>) =>
  `${docName}${options.presence === false ? '#quiet' : ''}${options.localCopy === false ? '#nocopy' : ''}${options.readOnly ? '#readonly' : ''}`;

/** The entry of a document opened this way, opening it if needed (without counting a holder). */
function openEntry(docName: string, options: DocRoomOptions): Entry {
  const key = entryKey(docName, options);
  let entry = entries.get(key);
  if (!entry || entry.room.getState().phase === 'stopped') {
    if (entry) destroyEntry(key, entry);
    entry = { room: new DocRoom(docName, options), holders: 0, timer: null, early: null };
    entries.set(key, entry);
    keys.set(entry.room, key);
  }
  if (entry.timer) clearTimeout(entry.timer);
  entry.timer = null;
  return entry;
}

/** Returns the open room of a document, opening it if needed, and counts the caller as a holder. */
export function acquireDocRoom(docName: string, options: DocRoomOptions): DocRoom {
  const entry = openEntry(docName, options);
  entry.holders++;
  if (entry.early) {
    clearTimeout(entry.early);
    entry.early = null;
    entry.room.takeOver(options);
    entry.holders--; // the early hold ends: the screen holds it now
  }
  return entry.room;
}

/**
 * Opens a document now for a screen about to render, with the options the screen's hook will ask
 * for; nothing when that document is already open this way.
 */
export function holdDocRoomEarly(docName: string, options: DocRoomOptions): void {
  if (entries.has(entryKey(docName, options))) return;
  const entry = openEntry(docName, options);
  entry.holders++;
  entry.early = setTimeout(() => {
    entry.early = null;
    releaseDocRoom(entry.room);
  }, EARLY_HOLD_MS);
}

/**
 * The room of a document already open this way (e.g. opened early), or null; opens nothing and
 * holds nothing, so a screen's first render can show it before its effect acquires it.
 */
export function openDocRoomOf(docName: string, options: Pick<DocRoomOptions, 'presence' | 'localCopy' | 'readOnly'>): DocRoom | null {
  const entry = entries.get(entryKey(docName, options));
  return entry && entry.room.getState().phase !== 'stopped' ? entry.room : null;
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
  if (entry.early) clearTimeout(entry.early);
  if (entries.get(key) === entry) entries.delete(key);
  entry.room.destroy();
}
