// SPDX-License-Identifier: EUPL-1.2
/**
 * Workshops and their participants in SQLite.
 *
 *   workshops    (id TEXT PK = 16 base64url chars, gemeente, title, meeting1 'YYYY-MM-DD' NULL,
 *                 meeting2 NULL, show_names 0|1, created_at epoch ms,
 *                 group_names JSON array of 3 strings ('' = default) NULL, language 'nl'|'en'
 *                 (both added by workshopMigrations))
 *   participants (id TEXT PK, workshop_id → workshops, name, role, email NULL, grp 1..3 NULL,
 *                 author_key opaque random (the only author id in shared documents), created_at,
 *                 attendance_m1, attendance_m2 'present' | 'absent' NULL (added by workshopMigrations))
 *
 * A participant's join links and sessions (workshopLinkStore, workshopSessionStore) reference the
 * participant with ON DELETE CASCADE; deleting a participant deletes those rows too (AVG).
 */
import { requireSecureDelete, type Db } from './database.js';
import type { Role } from '../../shared/roles.js';
import type { WorkshopLanguage } from '../../shared/api.js';
import { customGroupNames } from '../../shared/groupNames.js';
import { migrateAttendance, migrateGroupNamesAndLanguage, migrateRoleGroup } from './workshopMigrations.js';
import { isRoleGroup, type RoleGroup } from '../../shared/docNames.js';

/** A stored workshop. */
export interface WorkshopRecord {
  id: string;
  gemeente: string;
  title: string;
  meeting1: string | null;
  meeting2: string | null;
  showNames: boolean;
  createdAt: number;
  /** One name per group (GROUP_COUNT entries), '' where the group keeps its default "Groep n". */
  groupNames: string[];
  /** The language of the workshop's interface for participants and the big screen. */
  language: WorkshopLanguage;
}

/** A stored participant (facilitators included, with role 'facilitator' and no group). */
export interface ParticipantRecord {
  id: string;
  workshopId: string;
  name: string;
  role: Role;
  email: string | null;
  group: number | null;
  authorKey: string;
  createdAt: number;
  /** Attendance per meeting, null while not recorded. */
  attendance?: ParticipantAttendance;
  /** The role group of meeting 2 (null before meeting 2 placed them, and for facilitators). */
  roleGroup?: RoleGroup | null;
}

/** Whether someone was at a meeting. */
export type AttendanceStatus = 'present' | 'absent';
/** A participant's attendance of both meetings (null: not recorded). */
export interface ParticipantAttendance { m1: AttendanceStatus | null; m2: AttendanceStatus | null }

const attendanceValue = (v: unknown): AttendanceStatus | null => (v === 'present' || v === 'absent' ? v : null);

/** Fields of a workshop that can change. */
export type WorkshopChanges = Partial<Pick<WorkshopRecord, 'gemeente' | 'title' | 'meeting1' | 'meeting2' | 'showNames' | 'groupNames' | 'language'>>;
/** Fields of a participant that can change. */
export type ParticipantChanges = Partial<Pick<ParticipantRecord, 'name' | 'role' | 'email' | 'group'>>;

interface WorkshopRow {
  id: string; gemeente: string; title: string; meeting1: string | null; meeting2: string | null; show_names: number; created_at: number;
  group_names?: string | null; language?: string | null;
}
interface ParticipantRow { id: string; workshop_id: string; name: string; role: string; email: string | null; grp: number | null; author_key: string; created_at: number; attendance_m1?: string | null; attendance_m2?: string | null; role_group?: string | null }

const SCHEMA = `
CREATE TABLE IF NOT EXISTS workshops (
  id TEXT PRIMARY KEY,
  gemeente TEXT NOT NULL,
  title TEXT NOT NULL,
  meeting1 TEXT,
  meeting2 TEXT,
  show_names INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS participants (
  id TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  email TEXT,
  grp INTEGER,
  author_key TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS participants_by_workshop ON participants(workshop_id);
`;

/** Stored group names; a missing or unreadable value means every group keeps its default. */
function groupNamesOf(json: string | null | undefined): string[] {
  if (!json) return customGroupNames(null);
  try {
    const parsed: unknown = JSON.parse(json);
    return customGroupNames(Array.isArray(parsed) ? parsed.map((n) => (typeof n === 'string' ? n : '')) : null);
  } catch {
    return customGroupNames(null);
  }
}

/** The stored form of group names: NULL while every group keeps its default. */
function groupNamesColumn(names: readonly string[]): string | null {
  const custom = customGroupNames(names);
  return custom.every((n) => n === '') ? null : JSON.stringify(custom);
}

const toWorkshop = (r: WorkshopRow): WorkshopRecord => ({
  id: r.id, gemeente: r.gemeente, title: r.title, meeting1: r.meeting1, meeting2: r.meeting2,
  showNames: r.show_names === 1, createdAt: r.created_at,
  groupNames: groupNamesOf(r.group_names), language: r.language === 'en' ? 'en' : 'nl',
});

const toParticipant = (r: ParticipantRow): ParticipantRecord => ({
  id: r.id, workshopId: r.workshop_id, name: r.name, role: r.role as Role, email: r.email,
  group: r.grp, authorKey: r.author_key, createdAt: r.created_at,
  attendance: { m1: attendanceValue(r.attendance_m1), m2: attendanceValue(r.attendance_m2) },
  roleGroup: isRoleGroup(r.role_group) ? r.role_group : null,
});

/** Reads and writes workshops and participants. */
export class WorkshopStore {
  constructor(readonly db: Db) {
    db.exec(SCHEMA);
    migrateAttendance(db);
    migrateGroupNamesAndLanguage(db);
    migrateRoleGroup(db);
  }

  /** Records (or clears, with null) a participant's attendance of meeting 1 or 2. */
  setAttendance(participantId: string, meeting: 1 | 2, status: AttendanceStatus | null): void {
    const column = meeting === 1 ? 'attendance_m1' : 'attendance_m2';
    this.db.prepare(`UPDATE participants SET ${column} = ? WHERE id = ?`).run(status, participantId);
  }

  /** Runs `fn` in one transaction (nested calls join the outer one). */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  /** Whether any workshop exists (decides whether a set-up link is printed on start). */
  hasWorkshops(): boolean {
    return this.db.prepare('SELECT 1 FROM workshops LIMIT 1').get() !== undefined;
  }

  /** All workshops, newest first, with their number of non-facilitator participants. */
  listWorkshops(): (WorkshopRecord & { participantCount: number })[] {
    const rows = this.db.prepare(`
      SELECT w.*, (SELECT COUNT(*) FROM participants p WHERE p.workshop_id = w.id AND p.role <> 'facilitator') AS participant_count
      FROM workshops w ORDER BY w.created_at DESC, w.rowid DESC`).all() as (WorkshopRow & { participant_count: number })[];
    return rows.map((r) => ({ ...toWorkshop(r), participantCount: r.participant_count }));
  }

  /** One workshop, or null. */
  getWorkshop(id: string): WorkshopRecord | null {
    const row = this.db.prepare('SELECT * FROM workshops WHERE id = ?').get(id) as WorkshopRow | undefined;
    return row ? toWorkshop(row) : null;
  }

  /** Stores a new workshop. */
  insertWorkshop(w: WorkshopRecord): void {
    this.db.prepare(`INSERT INTO workshops (id, gemeente, title, meeting1, meeting2, show_names, created_at, group_names, language)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
      w.id, w.gemeente, w.title, w.meeting1, w.meeting2, w.showNames ? 1 : 0, w.createdAt, groupNamesColumn(w.groupNames), w.language,
    );
  }

  /** Changes some fields of a workshop. */
  updateWorkshop(id: string, c: WorkshopChanges): void {
    const sets: string[] = [];
    const values: (string | number | null)[] = [];
    if (c.gemeente !== undefined) { sets.push('gemeente = ?'); values.push(c.gemeente); }
    if (c.title !== undefined) { sets.push('title = ?'); values.push(c.title); }
    if (c.meeting1 !== undefined) { sets.push('meeting1 = ?'); values.push(c.meeting1); }
    if (c.meeting2 !== undefined) { sets.push('meeting2 = ?'); values.push(c.meeting2); }
    if (c.showNames !== undefined) { sets.push('show_names = ?'); values.push(c.showNames ? 1 : 0); }
    if (c.groupNames !== undefined) { sets.push('group_names = ?'); values.push(groupNamesColumn(c.groupNames)); }
    if (c.language !== undefined) { sets.push('language = ?'); values.push(c.language); }
    if (sets.length === 0) return;
    this.db.prepare(`UPDATE workshops SET ${sets.join(', ')} WHERE id = ?`).run(...values, id);
  }

  /** The participants of a workshop (facilitators included), in the order they were added. */
  listParticipants(workshopId: string): ParticipantRecord[] {
    const rows = this.db.prepare('SELECT * FROM participants WHERE workshop_id = ? ORDER BY created_at, rowid').all(workshopId) as ParticipantRow[];
    return rows.map(toParticipant);
  }

  /** One participant, or null. */
  getParticipant(id: string): ParticipantRecord | null {
    const row = this.db.prepare('SELECT * FROM participants WHERE id = ?').get(id) as ParticipantRow | undefined;
    return row ? toParticipant(row) : null;
  }

  /** Number of participants of a workshop (facilitators included). */
  countParticipants(workshopId: string): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM participants WHERE workshop_id = ?').get(workshopId) as { n: number }).n;
  }

  /** Stores a new participant. */
  insertParticipant(p: ParticipantRecord): void {
    this.db.prepare(`INSERT INTO participants (id, workshop_id, name, role, email, grp, author_key, created_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(p.id, p.workshopId, p.name, p.role, p.email, p.group, p.authorKey, p.createdAt);
  }

  /** Changes some fields of a participant. */
  updateParticipant(id: string, c: ParticipantChanges): void {
    const sets: string[] = [];
    const values: (string | number | null)[] = [];
    if (c.name !== undefined) { sets.push('name = ?'); values.push(c.name); }
    if (c.role !== undefined) { sets.push('role = ?'); values.push(c.role); }
    if (c.email !== undefined) { sets.push('email = ?'); values.push(c.email); }
    if (c.group !== undefined) { sets.push('grp = ?'); values.push(c.group); }
    if (sets.length === 0) return;
    this.db.prepare(`UPDATE participants SET ${sets.join(', ')} WHERE id = ?`).run(...values, id);
  }

  /** Sets the group of many participants at once. */
  setGroups(groups: ReadonlyMap<string, number | null>): void {
    const stmt = this.db.prepare('UPDATE participants SET grp = ? WHERE id = ?');
    this.transaction(() => { for (const [id, g] of groups) stmt.run(g, id); });
  }

  /**
   * Deletes a participant with their links and sessions: nothing of them remains. `secure_delete`
   * (set by openDatabase, checked here) overwrites the freed database pages, so the name and
   * e-mail do not linger in the file.
   */
  deleteParticipant(id: string): void {
    requireSecureDelete(this.db);
    this.transaction(() => {
      this.db.prepare('DELETE FROM links WHERE participant_id = ?').run(id);
      this.db.prepare('DELETE FROM sessions WHERE participant_id = ?').run(id);
      this.db.prepare('DELETE FROM participants WHERE id = ?').run(id);
    });
  }
}
