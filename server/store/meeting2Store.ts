// SPDX-License-Identifier: EUPL-1.2
/**
 * Meeting 2 in SQLite: its set-up and its cases. Each participant's role group is the column
 * `participants.role_group` (workshopMigrations.migrateRoleGroup), set here.
 *
 *   meeting2_setups (workshop_id PK → workshops, placement JSON RolePlacement,
 *                    merges JSON { group: group it joined }, created_at epoch ms)
 *   meeting2_cases  (id PK, workshop_id → workshops, position, title, text, created_at)
 *
 * Both carry `workshop_id`, so deleting a workshop erases them (store/workshopRows.ts).
 */
import { DEFAULT_ROLE_PLACEMENT, type Meeting2Case, type RolePlacement } from '../../shared/apiMeeting2.js';
import { isRoleGroup, type RoleGroup } from '../../shared/docNames.js';
import type { RoleGroupMerges } from '../../shared/roleGroupFormation.js';
import type { Db } from './database.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meeting2_setups (
  workshop_id TEXT PRIMARY KEY REFERENCES workshops(id) ON DELETE CASCADE,
  placement TEXT NOT NULL,
  merges TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS meeting2_cases (
  id TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  title TEXT NOT NULL,
  text TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS meeting2_cases_by_workshop ON meeting2_cases(workshop_id);
`;

/** Meeting 2's stored set-up. */
export interface Meeting2Setup { placement: RolePlacement; merges: RoleGroupMerges; createdAt: number }

function parseJson(text: string): unknown {
  try { return JSON.parse(text); } catch { return null; }
}

function placementOf(text: string): RolePlacement {
  const v = parseJson(text) as Partial<Record<string, unknown>> | null;
  return {
    griffier: isRoleGroup(v?.griffier) ? v.griffier : DEFAULT_ROLE_PLACEMENT.griffier,
    gemeentesecretaris: isRoleGroup(v?.gemeentesecretaris) ? v.gemeentesecretaris : DEFAULT_ROLE_PLACEMENT.gemeentesecretaris,
  };
}

function mergesOf(text: string): RoleGroupMerges {
  const v = parseJson(text);
  const out: RoleGroupMerges = {};
  if (v && typeof v === 'object') for (const [from, into] of Object.entries(v)) if (isRoleGroup(from) && isRoleGroup(into)) out[from] = into;
  return out;
}

/** Reads and writes meeting 2's set-up, role groups and cases. */
export class Meeting2Store {
  constructor(readonly db: Db) {
    db.exec(SCHEMA);
  }

  /** The set-up of a workshop's meeting 2, or null before it was created. */
  getSetup(workshopId: string): Meeting2Setup | null {
    const row = this.db.prepare('SELECT * FROM meeting2_setups WHERE workshop_id = ?').get(workshopId) as
      { placement: string; merges: string; created_at: number } | undefined;
    return row ? { placement: placementOf(row.placement), merges: mergesOf(row.merges), createdAt: row.created_at } : null;
  }

  /** Stores the set-up (created or changed). */
  saveSetup(workshopId: string, setup: Meeting2Setup): void {
    this.db.prepare(`INSERT INTO meeting2_setups (workshop_id, placement, merges, created_at) VALUES (?, ?, ?, ?)
      ON CONFLICT(workshop_id) DO UPDATE SET placement = excluded.placement, merges = excluded.merges`)
      .run(workshopId, JSON.stringify(setup.placement), JSON.stringify(setup.merges), setup.createdAt);
  }

  /** Sets the role group of many participants at once (null: none). */
  setRoleGroups(groups: ReadonlyMap<string, RoleGroup | null>): void {
    const stmt = this.db.prepare('UPDATE participants SET role_group = ? WHERE id = ?');
    this.db.transaction(() => { for (const [id, g] of groups) stmt.run(g, id); })();
  }

  /** The cases of a workshop, in order. */
  listCases(workshopId: string): Meeting2Case[] {
    return this.db.prepare('SELECT id, title, text FROM meeting2_cases WHERE workshop_id = ? ORDER BY position, created_at').all(workshopId) as Meeting2Case[];
  }

  /** Adds a case at the end. */
  insertCase(workshopId: string, c: Meeting2Case, now: number): void {
    const { n } = this.db.prepare('SELECT COALESCE(MAX(position), 0) + 1 AS n FROM meeting2_cases WHERE workshop_id = ?').get(workshopId) as { n: number };
    this.db.prepare('INSERT INTO meeting2_cases (id, workshop_id, position, title, text, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(c.id, workshopId, n, c.title, c.text, now);
  }

  /** Changes a case; false when the workshop has no such case. */
  updateCase(workshopId: string, c: Meeting2Case): boolean {
    return this.db.prepare('UPDATE meeting2_cases SET title = ?, text = ? WHERE id = ? AND workshop_id = ?').run(c.title, c.text, c.id, workshopId).changes > 0;
  }

  /** Removes a case; false when the workshop has no such case. */
  deleteCase(workshopId: string, caseId: string): boolean {
    return this.db.prepare('DELETE FROM meeting2_cases WHERE id = ? AND workshop_id = ?').run(caseId, workshopId).changes > 0;
  }
}
