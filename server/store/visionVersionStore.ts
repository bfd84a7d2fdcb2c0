// SPDX-License-Identifier: EUPL-1.2
/**
 * Frozen versions of a workshop's vision in SQLite.
 *
 *   vision_versions (workshop_id → workshops ON DELETE CASCADE, number 1, 2, … per workshop,
 *                    label TEXT, state BLOB = Y.encodeStateAsUpdate of `w/<id>/vision` at freezing,
 *                    created_at epoch ms; PRIMARY KEY (workshop_id, number))
 *
 * A version is never changed after it is stored: there is no update statement.
 */
import type { Db } from './database.js';

/** A stored version without its state. */
export interface VisionVersionRecord { workshopId: string; number: number; label: string; createdAt: number }

/** A stored version with the frozen document state. */
export interface FrozenVisionVersion extends VisionVersionRecord { state: Uint8Array }

interface VersionRow { workshop_id: string; number: number; label: string; created_at: number; state?: Buffer }

const SCHEMA = `
CREATE TABLE IF NOT EXISTS vision_versions (
  workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  number INTEGER NOT NULL,
  label TEXT NOT NULL,
  state BLOB NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (workshop_id, number)
);
`;

const toRecord = (r: VersionRow): VisionVersionRecord => ({ workshopId: r.workshop_id, number: r.number, label: r.label, createdAt: r.created_at });

/** Reads and appends frozen vision versions. */
export class VisionVersionStore {
  constructor(readonly db: Db) {
    db.exec(SCHEMA);
  }

  /** Stores a new version under the next number of the workshop and returns it. */
  append(workshopId: string, label: string, state: Uint8Array, createdAt: number): VisionVersionRecord {
    return this.db.transaction(() => {
      const { next } = this.db.prepare('SELECT COALESCE(MAX(number), 0) + 1 AS next FROM vision_versions WHERE workshop_id = ?').get(workshopId) as { next: number };
      this.db.prepare('INSERT INTO vision_versions (workshop_id, number, label, state, created_at) VALUES (?, ?, ?, ?, ?)')
        .run(workshopId, next, label, Buffer.from(state.buffer, state.byteOffset, state.byteLength), createdAt);
      return { workshopId, number: next, label, createdAt };
    })();
  }

  /** The versions of a workshop, oldest first, without their states. */
  list(workshopId: string): VisionVersionRecord[] {
    const rows = this.db.prepare('SELECT workshop_id, number, label, created_at FROM vision_versions WHERE workshop_id = ? ORDER BY number').all(workshopId) as VersionRow[];
    return rows.map(toRecord);
  }

  /** One version with its frozen state, or null. */
  get(workshopId: string, number: number): FrozenVisionVersion | null {
    const row = this.db.prepare('SELECT * FROM vision_versions WHERE workshop_id = ? AND number = ?').get(workshopId, number) as VersionRow | undefined;
    if (!row || !row.state) return null;
    return { ...toRecord(row), state: new Uint8Array(row.state.buffer, row.state.byteOffset, row.state.byteLength) };
  }
}
