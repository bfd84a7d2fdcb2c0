// SPDX-License-Identifier: EUPL-1.2
/**
 * Sessions in SQLite.
 *
 *   sessions (id_hash TEXT PK = sha256 hex of the cookie value, kind 'participant' | 'setup',
 *             participant_id → participants NULL (set-up sessions), expires_at epoch ms,
 *             workshop_id → workshops NULL (set for 'screen' sessions: the plenary screen of a workshop),
 *             last_seen_at epoch ms NULL (last request of the session, at most a minute stale; NULL on
 *             sessions made before it existed: counted from their first request),
 *             person_id → consultation_people NULL (set for 'consultation' sessions: a commenter))
 * A session ends at expires_at, or earlier when it has not been seen for `idleMs` (the idle timeout).
 */
import type { Db } from './database.js';
import type { LinkKind } from './workshopLinkStore.js';
import { migrateConsultationSessions, migrateScreenSessions, sessionsTableSql } from './workshopMigrations.js';

/** A stored session. */
export interface SessionRecord {
  idHash: string;
  kind: LinkKind;
  participantId: string | null;
  expiresAt: number;
  /** When the session was last used (epoch ms); null when not recorded yet. */
  lastSeenAt?: number | null;
  /** The workshop of a 'screen' session; null (or absent) for other sessions. */
  workshopId?: string | null;
  /** The consultation person of a 'consultation' session; null (or absent) for other sessions. */
  personId?: string | null;
}

interface SessionRow { id_hash: string; kind: string; participant_id: string | null; expires_at: number; workshop_id?: string | null; last_seen_at?: number | null; person_id?: string | null }

/** Default idle timeout of a session: 12 hours without a request. */
const DEFAULT_SESSION_IDLE_MS = 12 * 3600_000;
/** A session's last_seen_at is written at most this often. */
const TOUCH_EVERY_MS = 60_000;

const SCHEMA = `${sessionsTableSql()}
CREATE INDEX IF NOT EXISTS sessions_by_participant ON sessions(participant_id);
`;

/** Reads and writes sessions. */
export class WorkshopSessionStore {
  /** @param idleMs a session not seen for this long has ended (STIP_SESSION_IDLE_HOURS). */
  constructor(readonly db: Db, readonly idleMs: number = DEFAULT_SESSION_IDLE_MS) {
    db.exec(SCHEMA);
    migrateScreenSessions(db);
    const columns = db.prepare('PRAGMA table_info(sessions)').all() as { name: string }[];
    if (!columns.some((c) => c.name === 'last_seen_at')) db.exec('ALTER TABLE sessions ADD COLUMN last_seen_at INTEGER');
    migrateConsultationSessions(db);
  }

  /** Stores a new session. */
  insert(s: SessionRecord): void {
    this.db.prepare('INSERT INTO sessions (id_hash, kind, participant_id, expires_at, workshop_id, last_seen_at, person_id) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(s.idHash, s.kind, s.participantId, s.expiresAt, s.workshopId ?? null, s.lastSeenAt ?? null, s.personId ?? null);
  }

  /** The session with this id hash, or null. */
  byHash(idHash: string): SessionRecord | null {
    const row = this.db.prepare('SELECT * FROM sessions WHERE id_hash = ?').get(idHash) as SessionRow | undefined;
    return row ? { idHash: row.id_hash, kind: row.kind as LinkKind, participantId: row.participant_id, expiresAt: row.expires_at, workshopId: row.workshop_id ?? null, lastSeenAt: row.last_seen_at ?? null, personId: row.person_id ?? null } : null;
  }

  /** Whether the session has ended at `now`: expired, or not seen for the idle timeout. */
  hasEnded(s: SessionRecord, now: number): boolean {
    return s.expiresAt <= now || (s.lastSeenAt != null && s.lastSeenAt + this.idleMs <= now);
  }

  /** Records a request of the session (written at most once a minute). */
  touch(s: SessionRecord, now: number): void {
    if (s.lastSeenAt != null && now - s.lastSeenAt < TOUCH_EVERY_MS) return;
    this.db.prepare('UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?').run(now, s.idHash);
  }

  /** Ends one session. */
  delete(idHash: string): void {
    this.db.prepare('DELETE FROM sessions WHERE id_hash = ?').run(idHash);
  }

  /** Ends every session of a participant; returns how many. */
  deleteForParticipant(participantId: string): number {
    return this.db.prepare('DELETE FROM sessions WHERE participant_id = ?').run(participantId).changes;
  }

  /** Ends every session of a consultation person; returns their id hashes. */
  deleteForPerson(personId: string): string[] {
    const rows = this.db.prepare('SELECT id_hash FROM sessions WHERE person_id = ?').all(personId) as { id_hash: string }[];
    this.db.prepare('DELETE FROM sessions WHERE person_id = ?').run(personId);
    return rows.map((r) => r.id_hash);
  }

  /** Ends every screen session of a workshop; returns their id hashes. */
  deleteScreenSessions(workshopId: string): string[] {
    const rows = this.db.prepare("SELECT id_hash FROM sessions WHERE kind = 'screen' AND workshop_id = ?").all(workshopId) as { id_hash: string }[];
    this.db.prepare("DELETE FROM sessions WHERE kind = 'screen' AND workshop_id = ?").run(workshopId);
    return rows.map((r) => r.id_hash);
  }

  /** Removes expired and idle sessions; returns how many. */
  deleteExpired(now: number): number {
    return this.db.prepare('DELETE FROM sessions WHERE expires_at <= ? OR last_seen_at <= ?').run(now, now - this.idleMs).changes;
  }
}
