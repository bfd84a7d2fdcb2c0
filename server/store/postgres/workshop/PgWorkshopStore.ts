// SPDX-License-Identifier: EUPL-1.2
/**
 * Workshops and their participants in PostgreSQL (stip_workshops, stip_participants; schema in
 * ../workshopPgSchema.ts): the same records and order as the SQLite WorkshopStore. Insertion order
 * (SQLite's rowid) is the identity column `seq`.
 */
import type { WorkshopLanguage } from '../../../../shared/api.js';
import { customGroupNames } from '../../../../shared/groupNames.js';
import { isRoleGroup, type RoleGroup } from '../../../../shared/docNames.js';
import type { Role } from '../../../../shared/roles.js';
import type { WorkshopStorePort } from '../../storePorts.js';
import type { AttendanceStatus, ParticipantChanges, ParticipantRecord, WorkshopChanges, WorkshopRecord } from '../../workshopStore.js';
import { num, type PgSession } from './pgSession.js';

interface WorkshopRow {
  id: string; gemeente: string; title: string; meeting1: string | null; meeting2: string | null; show_names: boolean; created_at: string;
  group_names: unknown; language: string;
}
interface ParticipantRow {
  id: string; workshop_id: string; name: string; role: string; email: string | null; grp: number | null; author_key: string; created_at: string;
  attendance_m1: string | null; attendance_m2: string | null; role_group: string | null;
}

const attendanceValue = (v: unknown): AttendanceStatus | null => (v === 'present' || v === 'absent' ? v : null);

/** Stored group names (a JSON array); anything else means every group keeps its default. */
const groupNamesOf = (v: unknown): string[] =>
  customGroupNames(Array.isArray(v) ? v.map((n) => (typeof n === 'string' ? n : '')) : null);

/** The stored form of group names: NULL while every group keeps its default. */
function groupNamesColumn(names: readonly string[]): string | null {
  const custom = customGroupNames(names);
  return custom.every((n) => n === '') ? null : JSON.stringify(custom);
}

const toWorkshop = (r: WorkshopRow): WorkshopRecord => ({
  id: r.id, gemeente: r.gemeente, title: r.title, meeting1: r.meeting1, meeting2: r.meeting2, showNames: r.show_names,
  createdAt: num(r.created_at), groupNames: groupNamesOf(r.group_names), language: (r.language === 'en' ? 'en' : 'nl') as WorkshopLanguage,
});

const toParticipant = (r: ParticipantRow): ParticipantRecord => ({
  id: r.id, workshopId: r.workshop_id, name: r.name, role: r.role as Role, email: r.email, group: r.grp, authorKey: r.author_key,
  createdAt: num(r.created_at), attendance: { m1: attendanceValue(r.attendance_m1), m2: attendanceValue(r.attendance_m2) },
  roleGroup: isRoleGroup(r.role_group) ? (r.role_group as RoleGroup) : null,
});

const WORKSHOP_COLUMNS = 'id, gemeente, title, meeting1, meeting2, show_names, created_at, group_names, language';
const PARTICIPANT_COLUMNS = 'id, workshop_id, name, role, email, grp, author_key, created_at, attendance_m1, attendance_m2, role_group';

/** Builds `SET a = $2, b = $3` from the given columns (the row's key is $1). */
function setClause(changes: [column: string, value: unknown][]): { sql: string; values: unknown[] } {
  return { sql: changes.map(([c], i) => `${c} = $${i + 2}`).join(', '), values: changes.map(([, v]) => v) };
}

/** Reads and writes workshops and participants. */
export class PgWorkshopStore implements WorkshopStorePort {
  constructor(private readonly db: PgSession) {}

  async setAttendance(participantId: string, meeting: 1 | 2, status: AttendanceStatus | null): Promise<void> {
    const column = meeting === 1 ? 'attendance_m1' : 'attendance_m2';
    await this.db.query(`UPDATE stip_participants SET ${column} = $2 WHERE id = $1`, [participantId, status]);
  }

  async hasWorkshops(): Promise<boolean> {
    return (await this.db.query('SELECT 1 FROM stip_workshops LIMIT 1')).rowCount !== 0;
  }

  async listWorkshops(): Promise<(WorkshopRecord & { participantCount: number })[]> {
    const { rows } = await this.db.query<WorkshopRow & { participant_count: string }>(`
      SELECT ${WORKSHOP_COLUMNS.split(', ').map((c) => `w.${c}`).join(', ')},
        (SELECT COUNT(*) FROM stip_participants p WHERE p.workshop_id = w.id AND p.role <> 'facilitator') AS participant_count
      FROM stip_workshops w ORDER BY w.created_at DESC, w.seq DESC`);
    return rows.map((r) => ({ ...toWorkshop(r), participantCount: num(r.participant_count) }));
  }

  async getWorkshop(id: string): Promise<WorkshopRecord | null> {
    const { rows: [row] } = await this.db.query<WorkshopRow>(`SELECT ${WORKSHOP_COLUMNS} FROM stip_workshops WHERE id = $1`, [id]);
    return row ? toWorkshop(row) : null;
  }

  async insertWorkshop(w: WorkshopRecord): Promise<void> {
    await this.db.query(`INSERT INTO stip_workshops (${WORKSHOP_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [w.id, w.gemeente, w.title, w.meeting1, w.meeting2, w.showNames, w.createdAt, groupNamesColumn(w.groupNames), w.language]);
  }

  async updateWorkshop(id: string, c: WorkshopChanges): Promise<void> {
    const changes: [string, unknown][] = [];
    if (c.gemeente !== undefined) changes.push(['gemeente', c.gemeente]);
    if (c.title !== undefined) changes.push(['title', c.title]);
    if (c.meeting1 !== undefined) changes.push(['meeting1', c.meeting1]);
    if (c.meeting2 !== undefined) changes.push(['meeting2', c.meeting2]);
    if (c.showNames !== undefined) changes.push(['show_names', c.showNames]);
    if (c.groupNames !== undefined) changes.push(['group_names', groupNamesColumn(c.groupNames)]);
    if (c.language !== undefined) changes.push(['language', c.language]);
    if (changes.length === 0) return;
    const set = setClause(changes);
    await this.db.query(`UPDATE stip_workshops SET ${set.sql} WHERE id = $1`, [id, ...set.values]);
  }

  async listParticipants(workshopId: string): Promise<ParticipantRecord[]> {
    const { rows } = await this.db.query<ParticipantRow>(
      `SELECT ${PARTICIPANT_COLUMNS} FROM stip_participants WHERE workshop_id = $1 ORDER BY created_at, seq`, [workshopId]);
    return rows.map(toParticipant);
  }

  async getParticipant(id: string): Promise<ParticipantRecord | null> {
    const { rows: [row] } = await this.db.query<ParticipantRow>(`SELECT ${PARTICIPANT_COLUMNS} FROM stip_participants WHERE id = $1`, [id]);
    return row ? toParticipant(row) : null;
  }

  async countParticipants(workshopId: string): Promise<number> {
    const { rows: [r] } = await this.db.query<{ n: string }>('SELECT COUNT(*) AS n FROM stip_participants WHERE workshop_id = $1', [workshopId]);
    return num(r.n);
  }

  async insertParticipant(p: ParticipantRecord): Promise<void> {
    await this.db.query(`INSERT INTO stip_participants (id, workshop_id, name, role, email, grp, author_key, created_at)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, [p.id, p.workshopId, p.name, p.role, p.email, p.group, p.authorKey, p.createdAt]);
  }

  async updateParticipant(id: string, c: ParticipantChanges): Promise<void> {
    const changes: [string, unknown][] = [];
    if (c.name !== undefined) changes.push(['name', c.name]);
    if (c.role !== undefined) changes.push(['role', c.role]);
    if (c.email !== undefined) changes.push(['email', c.email]);
    if (c.group !== undefined) changes.push(['grp', c.group]);
    if (changes.length === 0) return;
    const set = setClause(changes);
    await this.db.query(`UPDATE stip_participants SET ${set.sql} WHERE id = $1`, [id, ...set.values]);
  }

  async setGroups(groups: ReadonlyMap<string, number | null>): Promise<void> {
    if (groups.size === 0) return;
    // One statement: every participant's group changes at once or not at all.
    await this.db.query(`UPDATE stip_participants p SET grp = g.grp
      FROM unnest($1::text[], $2::int[]) AS g(id, grp) WHERE p.id = g.id`, [[...groups.keys()], [...groups.values()]]);
  }

  /**
   * Deletes a participant with their links and sessions (ON DELETE CASCADE does the rest). PostgreSQL
   * has no secure_delete: the dead row versions are removed by (auto)vacuum (docs/deploy.md).
   */
  async deleteParticipant(id: string): Promise<void> {
    await this.db.atomic(async (tx) => {
      await tx.query('DELETE FROM stip_links WHERE participant_id = $1', [id]);
      await tx.query('DELETE FROM stip_sessions WHERE participant_id = $1', [id]);
      await tx.query('DELETE FROM stip_participants WHERE id = $1', [id]);
    });
  }
}
