// SPDX-License-Identifier: EUPL-1.2
/**
 * The audit log in SQLite: one row per facilitator action (and per refused attempt at one).
 *
 *   audit_log (id INTEGER PK (increasing), workshop_id TEXT NULL (NULL: not tied to a workshop,
 *              e.g. the record that a workshop was deleted), at epoch ms,
 *              actor_kind 'setup' | 'participant' | 'screen' | 'commenter' | 'system', actor_id NULL (participant or consultation person id),
 *              actor_name NULL, action e.g. 'participant.add', object_type e.g. 'participant',
 *              object_id NULL, result 'ok' or an API error id)      index (workshop_id, id)
 *
 * Rows of a workshop are personal data of that workshop: exported with it and deleted with it.
 * No tokens, cookies or e-mail addresses are ever written here.
 */
import type { Db } from './database.js';

/** Who did something. */
export type AuditActorKind = 'setup' | 'participant' | 'screen' | 'commenter' | 'system';

/** A stored audit entry. */
export interface AuditRecord {
  id: number;
  workshopId: string | null;
  at: number;
  actorKind: AuditActorKind;
  actorId: string | null;
  actorName: string | null;
  action: string;
  objectType: string;
  objectId: string | null;
  result: string;
}

interface AuditRow {
  id: number; workshop_id: string | null; at: number; actor_kind: string; actor_id: string | null; actor_name: string | null;
  action: string; object_type: string; object_id: string | null; result: string;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS audit_log (
  id INTEGER PRIMARY KEY,
  workshop_id TEXT,
  at INTEGER NOT NULL,
  actor_kind TEXT NOT NULL,
  actor_id TEXT,
  actor_name TEXT,
  action TEXT NOT NULL,
  object_type TEXT NOT NULL,
  object_id TEXT,
  result TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_log_by_workshop ON audit_log (workshop_id, id);
`;

const toRecord = (r: AuditRow): AuditRecord => ({
  id: r.id, workshopId: r.workshop_id, at: r.at, actorKind: r.actor_kind as AuditActorKind, actorId: r.actor_id,
  actorName: r.actor_name, action: r.action, objectType: r.object_type, objectId: r.object_id, result: r.result,
});

/** Appends and reads audit entries. */
export class AuditStore {
  constructor(readonly db: Db) {
    db.exec(SCHEMA);
  }

  /** Appends one entry and returns its id. */
  append(e: Omit<AuditRecord, 'id'>): number {
    const info = this.db.prepare(`INSERT INTO audit_log (workshop_id, at, actor_kind, actor_id, actor_name, action, object_type, object_id, result)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(e.workshopId, e.at, e.actorKind, e.actorId, e.actorName, e.action, e.objectType, e.objectId, e.result);
    return Number(info.lastInsertRowid);
  }

  /** A workshop's entries, newest first; at most `limit`, only those older than `beforeId` when given. */
  listForWorkshop(workshopId: string, limit: number, beforeId?: number): AuditRecord[] {
    const rows = (beforeId === undefined
      ? this.db.prepare('SELECT * FROM audit_log WHERE workshop_id = ? ORDER BY id DESC LIMIT ?').all(workshopId, limit)
      : this.db.prepare('SELECT * FROM audit_log WHERE workshop_id = ? AND id < ? ORDER BY id DESC LIMIT ?').all(workshopId, beforeId, limit)) as AuditRow[];
    return rows.map(toRecord);
  }

  /** Deletes a workshop's entries; returns how many. */
  deleteForWorkshop(workshopId: string): number {
    return this.db.prepare('DELETE FROM audit_log WHERE workshop_id = ?').run(workshopId).changes;
  }
}
