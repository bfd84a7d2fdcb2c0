// SPDX-License-Identifier: EUPL-1.2
/** Frozen versions of a workshop's vision in PostgreSQL (stip_vision_versions; state BYTEA): as the SQLite VisionVersionStore. */
import type { FrozenVisionVersion, VisionVersionRecord } from '../../visionVersionStore.js';
import type { VisionVersionStorePort } from '../../storePorts.js';
import { num, type PgSession } from './pgSession.js';

interface VersionRow { workshop_id: string; number: number; label: string; created_at: string; state?: Buffer }

const toRecord = (r: VersionRow): VisionVersionRecord => ({ workshopId: r.workshop_id, number: r.number, label: r.label, createdAt: num(r.created_at) });

/** Reads and appends frozen vision versions. */
export class PgVisionVersionStore implements VisionVersionStorePort {
  constructor(private readonly db: PgSession) {}

  /**
   * Stores a new version under the next number of the workshop and returns it. Two instances that
   * freeze at once: the primary key (workshop_id, number) or the serializable transaction makes one
   * of them run again, taking the number after the other's.
   */
  append(workshopId: string, label: string, state: Uint8Array, createdAt: number): Promise<VisionVersionRecord> {
    return this.db.atomic(async (tx) => {
      const { rows: [r] } = await tx.query<{ number: number }>(`INSERT INTO stip_vision_versions (workshop_id, number, label, state, created_at)
        SELECT $1, COALESCE(MAX(number), 0) + 1, $2, $3, $4 FROM stip_vision_versions WHERE workshop_id = $1 RETURNING number`,
      [workshopId, label, Buffer.from(state.buffer, state.byteOffset, state.byteLength), createdAt]);
      return { workshopId, number: r.number, label, createdAt };
    });
  }

  async list(workshopId: string): Promise<VisionVersionRecord[]> {
    const { rows } = await this.db.query<VersionRow>('SELECT workshop_id, number, label, created_at FROM stip_vision_versions WHERE workshop_id = $1 ORDER BY number', [workshopId]);
    return rows.map(toRecord);
  }

  async get(workshopId: string, number: number): Promise<FrozenVisionVersion | null> {
    const { rows: [row] } = await this.db.query<VersionRow>('SELECT workshop_id, number, label, created_at, state FROM stip_vision_versions WHERE workshop_id = $1 AND number = $2', [workshopId, number]);
    if (!row?.state) return null;
    return { ...toRecord(row), state: new Uint8Array(row.state.buffer, row.state.byteOffset, row.state.byteLength) };
  }
}
