/**
 * Sessions in SQLite.
 *
 *   sessions (id_hash TEXT PK = sha256 hex of the cookie value, kind 'participant' | 'setup',
 *             participant_id → participants NULL (set-up sessions), expires_at epoch ms,
 *             workshop_id → workshops NULL (set for 'screen' sessions: the plenary screen of a workshop))
 */
import type { Db } from './database.js';
import type { LinkKind } from './workshopLinkStore.js';
import { migrateScreenSessions, sessionsTableSql } from './workshopMigrations.js';

/** A stored session. */
export interface SessionRecord {
  idHash: string;
  kind: LinkKind;
  participantId: string | null;
  expiresAt: number;
  /** The workshop of a 'screen' session; null (or absent) for other sessions. */
  workshopId?: string | null;
}

interface SessionRow { id_hash: string; kind: string; participant_id: string | null; expires_at: number; workshop_id?: string | null }

const SCHEMA = `${sessionsTableSql()}
CREATE INDEX IF NOT EXISTS sessions_by_participant ON sessions(participant_id);
`;

/** Reads and writes sessions. */
export class WorkshopSessionStore {
  constructor(readonly db: Db) {
    db.exec(SCHEMA);
    migrateScreenSessions(db);
  }

  /** Stores a new session. */
  insert(s: SessionRecord): void {
    this.db.prepare('INSERT INTO sessions (id_hash, kind, participant_id, expires_at, workshop_id) VALUES (?, ?, ?, ?, ?)')
      .run(s.idHash, s.kind, s.participantId, s.expiresAt, s.workshopId ?? null);
  }

  /** The session with this id hash, or null. */
  byHash(idHash: string): SessionRecord | null {
    const row = this.db.prepare('SELECT * FROM sessions WHERE id_hash = ?').get(idHash) as SessionRow | undefined;
    return row ? { idHash: row.id_hash, kind: row.kind as LinkKind, participantId: row.participant_id, expiresAt: row.expires_at, workshopId: row.workshop_id ?? null } : null;
  }

  /** Ends one session. */
  delete(idHash: string): void {
    this.db.prepare('DELETE FROM sessions WHERE id_hash = ?').run(idHash);
  }

  /** Ends every session of a participant; returns how many. */
  deleteForParticipant(participantId: string): number {
    return this.db.prepare('DELETE FROM sessions WHERE participant_id = ?').run(participantId).changes;
  }

  /** Ends every screen session of a workshop; returns their id hashes. */
  deleteScreenSessions(workshopId: string): string[] {
    const rows = this.db.prepare("SELECT id_hash FROM sessions WHERE kind = 'screen' AND workshop_id = ?").all(workshopId) as { id_hash: string }[];
    this.db.prepare("DELETE FROM sessions WHERE kind = 'screen' AND workshop_id = ?").run(workshopId);
    return rows.map((r) => r.id_hash);
  }

  /** Removes expired sessions; returns how many. */
  deleteExpired(now: number): number {
    return this.db.prepare('DELETE FROM sessions WHERE expires_at <= ?').run(now).changes;
  }
}
