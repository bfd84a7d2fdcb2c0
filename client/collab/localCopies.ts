// SPDX-License-Identifier: EUPL-1.2
/**
 * This device's offline copies of documents: one IndexedDB database per document name (via
 * y-indexeddb), named `stip/<docName>`. The names are remembered in localStorage so "Uitloggen op
 * dit apparaat" can delete every copy, also in browsers without `indexedDB.databases()`.
 */
const PREFIX = 'stip/';
const KEY = 'stip.localCopies';

/** The IndexedDB name of a document's local copy. */
export const localCopyName = (docName: string) => PREFIX + docName;

/** The names of the copies this device keeps, or null when localStorage cannot tell. */
export function localCopyNames(): string[] | null {
  try {
    const list: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return null;
  }
}

const remembered = (): string[] => localCopyNames() ?? [];

/** Notes that a local copy exists. */
export function rememberLocalCopy(name: string): void {
  const list = remembered();
  if (list.includes(name)) return;
  try { window.localStorage.setItem(KEY, JSON.stringify([...list, name])); } catch { /* storage full or blocked */ }
}

/**
 * Deletes one database; resolves when it is gone, failed, or waits for another tab that still has
 * it open (the browser deletes it once that tab closes it; a new open waits for that).
 */
function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

/** Deletes this device's copy of one document (its room must have let go of it first). */
export async function deleteLocalCopy(docName: string): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  await deleteDatabase(localCopyName(docName));
}

/** Deletes every local copy on this device (open rooms must be closed first). */
export async function clearAllLocalCopies(): Promise<void> {
  const names = new Set(remembered());
  try {
    const dbs = typeof indexedDB.databases === 'function' ? await indexedDB.databases() : [];
    for (const db of dbs) if (db.name?.startsWith(PREFIX)) names.add(db.name);
  } catch { /* not supported */ }
  await Promise.all([...names].map(deleteDatabase));
  try { window.localStorage.removeItem(KEY); } catch { /* blocked */ }
}
