/**
 * Presence: who is in a room now, from the awareness states of all connections. One person with
 * two tabs (or two devices) is one entry. The server overwrites each `user` from the session, so
 * name and role can be trusted.
 */
import type { Role } from '../../shared/roles.js';
import { ROLES } from '../../shared/roles.js';

/** One person present in a room. */
export interface PresentPerson { key: string; name: string; role: Role; color: string; isSelf: boolean }

const isRole = (v: unknown): v is Role => typeof v === 'string' && (ROLES as readonly string[]).includes(v);

/** The people in a room, self first, then by name; states without a valid user are skipped. */
export function peopleFromAwareness(states: ReadonlyMap<number, unknown>, selfClientId: number): PresentPerson[] {
  const byKey = new Map<string, PresentPerson>();
  for (const [clientId, state] of states) {
    const user = (state as { user?: unknown } | null)?.user as { name?: unknown; role?: unknown; color?: unknown } | undefined;
    if (!user || typeof user.name !== 'string' || user.name.trim() === '' || !isRole(user.role)) continue;
    const color = typeof user.color === 'string' ? user.color : '';
    const key = `${user.name}\u0000${user.role}\u0000${color}`;
    const existing = byKey.get(key);
    const isSelf = clientId === selfClientId || (existing?.isSelf ?? false);
    byKey.set(key, { key, name: user.name, role: user.role, color, isSelf });
  }
  return [...byKey.values()].sort((a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name, 'nl'));
}
