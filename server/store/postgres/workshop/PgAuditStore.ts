// SPDX-License-Identifier: EUPL-1.2
/** The audit log in PostgreSQL (stip_audit_log; id an increasing identity): as the SQLite AuditStore. */
import type { AuditActorKind, AuditRecord } from '../../auditStore.js';
import type { AuditStorePort } from '../../storePorts.js';
import { num, type PgSession } from './pgSession.js';

interface AuditRow {
  id: string; workshop_id: string | null; at: string; actor_kind: string; actor_id: string | null; actor_name: string | null;
  action: string; object_type: string; object_id: string | null; result: string;
}

const COLUMNS = 'id, workshop_id, at, actor_kind, actor_id, actor_name, action, object_type, object_id, result';

const toRecord = (r: AuditRow): AuditRecord => ({
  id: num(r.id), workshopId: r.workshop_id, at: num(r.at), actorKind: r.actor_kind as AuditActorKind, actorId: r.actor_id,
  actorName: r.actor_name, action: r.action, objectType: r.object_type, objectId: r.object_id, result: r.result,
});

/** Appends and reads audit entries. */
export class PgAuditStore implements AuditStorePort {
  constructor(private readonly db: PgSession) {}

  async append(e: Omit<AuditRecord, 'id'>): Promise<number> {
    const { rows: [r] } = await this.db.query<{ id: string }>(`INSERT INTO stip_audit_log (workshop_id, at, actor_kind, actor_id, actor_name, action, object_type, object_id, result)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [e.workshopId, e.at, e.actorKind, e.actorId, e.actorName, e.action, e.objectType, e.objectId, e.result]);
    return num(r.id);
  }

  async listForWorkshop(workshopId: string, limit: number, beforeId?: number): Promise<AuditRecord[]> {
    const { rows } = beforeId === undefined
      ? await this.db.query<AuditRow>(`SELECT ${COLUMNS} FROM stip_audit_log WHERE workshop_id = $1 ORDER BY id DESC LIMIT $2`, [workshopId, limit])
      : await this.db.query<AuditRow>(`SELECT ${COLUMNS} FROM stip_audit_log WHERE workshop_id = $1 AND id < $2 ORDER BY id DESC LIMIT $3`, [workshopId, beforeId, limit]);
    return rows.map(toRecord);
  }

  async deleteForWorkshop(workshopId: string): Promise<number> {
    return (await this.db.query('DELETE FROM stip_audit_log WHERE workshop_id = $1', [workshopId])).rowCount ?? 0;
  }
}
