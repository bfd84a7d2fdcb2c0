/**
 * Presence: who is in a room now, from the awareness states of all connections. One person with
 * two tabs (or two devices) is one entry. The server overwrites each `user` from the session, so
 * name and role can be trusted. Colours are made distinct within the room (shared/awareness.ts
 * distinctColors), the same on every screen, so a presence dot matches that person's caret.
 */
import type { Role } from '../../shared/roles.js';
import { ROLES } from '../../shared/roles.js';
import { distinctColors } from '../../shared/awareness.js';

/** One person present in a room. */
export interface PresentPerson { key: string; name: string; role: Role; color: string; isSelf: boolean }

const isRole = (v: unknown): v is Role => typeof v === 'string' && (ROLES as readonly string[]).includes(v);

/** The key of one person in a room (name, role and own colour), the same on every screen. */
export const presenceKey = (user: { name?: unknown; role?: unknown; color?: unknown }) =>
  `${String(user.name)}\u0000${String(user.role)}\u0000${typeof user.color === 'string' ? user.color : ''}`;

/** The colour each person shows in a room, distinct within the room (key from presenceKey). */
export function roomColors(states: ReadonlyMap<number, unknown>): Map<string, string> {
  const claims = [];
  for (const state of states.values()) {
    const user = (state as { user?: { name?: unknown; role?: unknown; color?: unknown } } | null)?.user;
    if (!user || typeof user.name !== 'string' || user.name.trim() === '' || !isRole(user.role)) continue;
    claims.push({ key: presenceKey(user), color: typeof user.color === 'string' ? user.color : '' });
  }
  return distinctColors(claims);
}

/** The people in a room, self first, then by name; states without a valid user are skipped. */
export function peopleFromAwareness(states: ReadonlyMap<number, unknown>, selfClientId: number): PresentPerson[] {
  const byKey = new Map<string, PresentPerson>();
  const colors = roomColors(states);
  for (const [clientId, state] of states) {
    const user = (state as { user?: unknown } | null)?.user as { name?: unknown; role?: unknown; color?: unknown } | undefined;
    if (!user || typeof user.name !== 'string' || user.name.trim() === '' || !isRole(user.role)) continue;
    const key = presenceKey(user);
    const color = colors.get(key) ?? '';
    const existing = byKey.get(key);
    const isSelf = clientId === selfClientId || (existing?.isSelf ?? false);
    byKey.set(key, { key, name: user.name, role: user.role, color, isSelf });
  }
  return [...byKey.values()].sort((a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name, 'nl'));
}
