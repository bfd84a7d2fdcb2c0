// SPDX-License-Identifier: EUPL-1.2
/**
 * A room stopped because its rights changed (a lock or unlock: close code permission-changed) is
 * reopened in place with the new rights (as is a room whose change was refused, when it carries what
 * was typed over); this guard allows that a few times per minute, so a
 * server that keeps closing does not make a loop.
 */
import type { RoomStop } from './closeHandling.js';

const REOPEN_WINDOW_MS = 60_000;
const MAX_REOPENS = 6;

/** Whether another reopen is allowed now, given the times of earlier ones (and counts this one). */
export function mayReopen(log: number[], now = Date.now()): boolean {
  while (log.length && now - log[0] > REOPEN_WINDOW_MS) log.shift();
  if (log.length >= MAX_REOPENS) return false;
  log.push(now);
  return true;
}

/**
 * Whether a room that stopped for `stop` is opened again instead of staying stopped: after a rights
 * change always, after a history reset only without an offline copy (nothing on this device to keep),
 * after a refused change only when the room `carries` what was typed into the new one (pendingCarry.ts).
 */
export function reopensAfter(stop: RoomStop, localCopy: boolean, carries = false): boolean {
  return stop === 'permissionChanged' || (stop === 'historyReset' && !localCopy) || (stop === 'badChange' && carries);
}
