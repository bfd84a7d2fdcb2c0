/**
 * The epoch (shared/docEpoch.ts) of each offline copy on this device, remembered in localStorage
 * as soon as the copy's document learns it. With it a room can open its socket at once, naming the
 * copy's epoch, while the copy itself still loads from IndexedDB (Yjs merges both); without it the
 * room must read the copy first, so the server can refuse a copy of an earlier history before
 * anything of it is sent.
 */
const KEY = 'stip.copyEpochs';

function readAll(): Record<string, string> | null {
  try {
    const value: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? '{}');
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, string>) : {};
  } catch {
    return null;
  }
}

function writeAll(all: Record<string, string>): void {
  try { window.localStorage.setItem(KEY, JSON.stringify(all)); } catch { /* storage full or blocked */ }
}

/**
 * What the socket may name before the copy `name` has loaded: `{ epoch }` when that is known
 * (null: this device never kept a copy of the document, by `copies`, the names of the copies it
 * keeps, or null when unknown), undefined when only the copy itself can tell.
 */
export function epochBeforeCopyLoads(name: string, copies: readonly string[] | null): { epoch: string | null } | undefined {
  const epochs = readAll();
  if (epochs === null || copies === null) return undefined;
  if (typeof epochs[name] === 'string') return { epoch: epochs[name] };
  return copies.includes(name) ? undefined : { epoch: null };
}

/** Remembers the epoch the copy `name` now holds. */
export function rememberCopyEpoch(name: string, epoch: string): void {
  const all = readAll();
  if (all === null || all[name] === epoch) return;
  writeAll({ ...all, [name]: epoch });
}

/** Forgets the epoch of a deleted copy (or of every copy, without a name). */
export function forgetCopyEpoch(name?: string): void {
  if (name === undefined) {
    try { window.localStorage.removeItem(KEY); } catch { /* blocked */ }
    return;
  }
  const all = readAll();
  if (!all || !(name in all)) return;
  const { [name]: _gone, ...rest } = all;
  writeAll(rest);
}
