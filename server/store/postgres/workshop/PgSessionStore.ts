// SPDX-License-Identifier: EUPL-1.2
/** Sessions in PostgreSQL (stip_sessions): the same records and rules as the SQLite WorkshopSessionStore. */
import type { SessionStorePort } from '../../storePorts.js';
import type { LinkKind } from '../../workshopLinkStore.js';
import type { SessionRecord } from '../../workshopSessionStore.js';
import { ms, num, type PgSession } from './pgSession.js';

interface SessionRow { id_hash: string; kind: string; participant_id: string | null; expires_at: string; workshop_id: string | null; last_seen_at: string | null; person_id: string | null }

/** Default idle timeout of a session: 12 hours without a request (as SQLite's). */
const DEFAULT_SESSION_IDLE_MS = 12 * 3600_000;
/** A session's last_seen_at is written at most this often. */
const TOUCH_EVERY_MS = 60_000;

/** Reads and writes sessions. */
export class PgSessionStore implements SessionStorePort {
  /** @param idleMs a session not seen for this long has ended (STIP_SESSION_IDLE_HOURS). */
  constructor(private readonly db: PgSession, readonly idleMs: number = DEFAULT_SESSION_IDLE_MS) {}

  async insert(s: SessionRecord): Promise<void> {
    await this.db.query('INSERT INTO stip_sessions (id_hash, kind, participant_id, expires_at, workshop_id, last_seen_at, person_id) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [s.idHash, s.kind, s.participantId, s.expiresAt, s.workshopId ?? null, s.lastSeenAt ?? null, s.personId ?? null]);
  }

  async byHash(idHash: string): Promise<SessionRecord | null> {
    const { rows: [r] } = await this.db.query<SessionRow>('SELECT id_hash, kind, participant_id, expires_at, workshop_id, last_seen_at, person_id FROM stip_sessions WHERE id_hash = $1', [idHash]);
    return r ? {
      idHash: r.id_hash, kind: r.kind as LinkKind, participantId: r.participant_id, expiresAt: num(r.expires_at),
      workshopId: r.workshop_id, lastSeenAt: ms(r.last_seen_at), personId: r.person_id,
    } : null;
  }

  hasEnded(s: SessionRecord, now: number): boolean {
    return s.expiresAt <= now || (s.lastSeenAt != null && s.lastSeenAt + this.idleMs <= now);
  }

  async touch(s: SessionRecord, now: number): Promise<void> {
    if (s.lastSeenAt != null && now - s.lastSeenAt < TOUCH_EVERY_MS) return;
    await this.db.query('UPDATE stip_sessions SET last_seen_at = $2 WHERE id_hash = $1', [s.idHash, now]);
  }

  async delete(idHash: string): Promise<void> {
    await this.db.query('DELETE FROM stip_sessions WHERE id_hash = $1', [idHash]);
  }

  async deleteForParticipant(participantId: string): Promise<number> {
    return (await this.db.query('DELETE FROM stip_sessions WHERE participant_id = $1', [participantId])).rowCount ?? 0;
  }

  async deleteForPerson(personId: string): Promise<string[]> {
    const { rows } = await this.db.query<{ id_hash: string }>('DELETE FROM stip_sessions WHERE person_id = $1 RETURNING id_hash', [personId]);
    return rows.map((r) => r.id_hash).sort();
  }

  async deleteScreenSessions(workshopId: string): Promise<string[]> {
    const { rows } = await this.db.query<{ id_hash: string }>("DELETE FROM stip_sessions WHERE kind = 'screen' AND workshop_id = $1 RETURNING id_hash", [workshopId]);
    return rows.map((r) => r.id_hash).sort();
  }

  async deleteExpired(now: number): Promise<number> {
    return (await this.db.query('DELETE FROM stip_sessions WHERE expires_at <= $1 OR last_seen_at <= $2', [now, now - this.idleMs])).rowCount ?? 0;
  }
}
