// SPDX-License-Identifier: EUPL-1.2
/**
 * What happens after a room stopped (closeHandling.stopBehaviour): follow the session to its new
 * screen (the caller says how: the screens and their paths are the routes' business, not collab's),
 * or reload the page (first dropping the local copy when it holds a refused change).
 * A reload loop is prevented: after two automatic reloads of the same document within a few
 * minutes, the page stays and offers a button instead.
 */
import { stopBehaviour, type RoomStop } from './closeHandling.js';
import type { DocRoom } from './DocRoom.js';

/** Seconds the explanation stays visible before an automatic reload. */
const RELOAD_DELAY_MS = 4_000;
const LOOP_WINDOW_MS = 5 * 60_000;
const MAX_AUTO_RELOADS = 2;
const KEY = 'stip.autoReloads';

/** Whether an automatic reload of this document is still allowed (and counts it). */
export function takeAutoReload(docName: string, now = Date.now(), storage: Storage = window.sessionStorage): boolean {
  let log: Record<string, number[]> = {};
  try { log = JSON.parse(storage.getItem(KEY) ?? '{}') as Record<string, number[]>; } catch { log = {}; }
  const recent = (log[docName] ?? []).filter((t) => now - t < LOOP_WINDOW_MS);
  if (recent.length >= MAX_AUTO_RELOADS) return false;
  log[docName] = [...recent, now];
  try { storage.setItem(KEY, JSON.stringify(log)); } catch { /* blocked */ }
  return true;
}

/** Reloads the page, first dropping the local copy when asked. */
export async function reloadRoom(room: DocRoom, clearLocalCopy: boolean): Promise<void> {
  if (clearLocalCopy) await room.clearLocalCopy().catch(() => undefined);
  window.location.reload();
}

/** Runs the follow-up of a stop (`followSession`: go where the session now belongs); returns whether an automatic reload was scheduled. */
export function runStopEffects(stop: RoomStop, room: DocRoom, followSession: (room: DocRoom) => void): boolean {
  const behaviour = stopBehaviour(stop);
  if (behaviour.followSession) {
    followSession(room);
    return false;
  }
  if (behaviour.reload === 'none' || !takeAutoReload(room.docName)) return false;
  setTimeout(() => void reloadRoom(room, behaviour.reload === 'clearAndReload'), RELOAD_DELAY_MS);
  return true;
}
