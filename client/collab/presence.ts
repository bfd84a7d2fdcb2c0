// SPDX-License-Identifier: EUPL-1.2
/**
 * Presence: who is in a room now, from the awareness states of all connections. One person with
 * two tabs (or two devices) is one entry (the server's presence key, shared/awareness.ts). The
 * server overwrites each `user` from the session, so name and role can be trusted; when the
 * workshop hides names, others come with `name: ''` and are shown by role and colour only. Colours are made distinct within the room (shared/awareness.ts
 * distinctColors), the same on every screen, so a presence dot matches that person's caret.
 */
import type { Role } from '../../shared/roles.js';
import { ROLES } from '../../shared/roles.js';
import { distinctColors } from '../../shared/awareness.js';

/** One person present in a room; `name` is '' when the workshop hides names (show the role). */
export interface PresentPerson { key: string; name: string; role: Role; color: string; isSelf: boolean }

type UserFields = { name?: unknown; role?: unknown; color?: unknown; key?: unknown };

const isRole = (v: unknown): v is Role => typeof v === 'string' && (ROLES as readonly string[]).includes(v);
const hasKey = (user: UserFields): user is UserFields & { key: string } => typeof user.key === 'string' && user.key !== '';

/** Whether a presence user is someone to show: a role, and a name or (names hidden) a presence key. */
const isShownUser = (user: UserFields | undefined): user is UserFields & { name: string; role: Role } =>
  !!user && typeof user.name === 'string' && isRole(user.role) && (user.name.trim() !== '' || hasKey(user));

/** The key of one person in a room (the presence key, else name, role and own colour), the same on every screen. */
export const presenceKey = (user: UserFields) => (hasKey(user) ? user.key
  : `${String(user.name)}\u0000${String(user.role)}\u0000${typeof user.color === 'string' ? user.color : ''}`);

/** The colour each person shows in a room, distinct within the room (key from presenceKey). */
export function roomColors(states: ReadonlyMap<number, unknown>): Map<string, string> {
  const claims = [];
  for (const state of states.values()) {
    const user = (state as { user?: UserFields } | null)?.user;
    if (!isShownUser(user)) continue;
    claims.push({ key: presenceKey(user), color: typeof user.color === 'string' ? user.color : '' });
  }
  return distinctColors(claims);
}

/** The people in a room, self first, then by name; states without a valid user are skipped. */
export function peopleFromAwareness(states: ReadonlyMap<number, unknown>, selfClientId: number): PresentPerson[] {
  const byKey = new Map<string, PresentPerson>();
  const colors = roomColors(states);
  for (const [clientId, state] of states) {
    const user = (state as { user?: UserFields } | null)?.user;
    if (!isShownUser(user)) continue;
    const key = presenceKey(user);
    const color = colors.get(key) ?? '';
    const existing = byKey.get(key);
    const isSelf = clientId === selfClientId || (existing?.isSelf ?? false);
    // The own tab knows its own name even where others see only the role.
    const name = existing && existing.name !== '' ? existing.name : user.name;
    byKey.set(key, { key, name, role: user.role, color, isSelf });
  }
  return [...byKey.values()].sort((a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name, 'nl')
    || a.role.localeCompare(b.role) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
