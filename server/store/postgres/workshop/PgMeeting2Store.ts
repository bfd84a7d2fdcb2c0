// SPDX-License-Identifier: EUPL-1.2
/**
 * Meeting 2's set-up, role groups and cases in PostgreSQL (stip_meeting2_setups, stip_meeting2_cases,
 * stip_participants.role_group): the same records and order as the SQLite Meeting2Store. The
 * placement and merges are JSONB, read back through the same checks.
 */
import { DEFAULT_ROLE_PLACEMENT, type Meeting2Case, type RolePlacement } from '../../../../shared/apiMeeting2.js';
import { isRoleGroup, type RoleGroup } from '../../../../shared/docNames.js';
import type { RoleGroupMerges } from '../../../../shared/roleGroupFormation.js';
import type { Meeting2Setup } from '../../meeting2Store.js';
import type { Meeting2StorePort } from '../../storePorts.js';
import { num, type PgSession } from './pgSession.js';

function placementOf(v: unknown): RolePlacement {
  const o = (v && typeof v === 'object' ? v : {}) as Partial<Record<string, unknown>>;
  return {
    griffier: isRoleGroup(o.griffier) ? o.griffier : DEFAULT_ROLE_PLACEMENT.griffier,
    gemeentesecretaris: isRoleGroup(o.gemeentesecretaris) ? o.gemeentesecretaris : DEFAULT_ROLE_PLACEMENT.gemeentesecretaris,
  };
}

function mergesOf(v: unknown): RoleGroupMerges {
  const out: RoleGroupMerges = {};
  if (v && typeof v === 'object') for (const [from, into] of Object.entries(v)) if (isRoleGroup(from) && isRoleGroup(into)) out[from] = into;
  return out;
}

/** Reads and writes meeting 2's set-up, role groups and cases. */
export class PgMeeting2Store implements Meeting2StorePort {
  constructor(private readonly db: PgSession) {}

  async getSetup(workshopId: string): Promise<Meeting2Setup | null> {
    const { rows: [row] } = await this.db.query<{ placement: unknown; merges: unknown; created_at: string }>(
      'SELECT placement, merges, created_at FROM stip_meeting2_setups WHERE workshop_id = $1', [workshopId]);
    return row ? { placement: placementOf(row.placement), merges: mergesOf(row.merges), createdAt: num(row.created_at) } : null;
  }

  async saveSetup(workshopId: string, setup: Meeting2Setup): Promise<void> {
    await this.db.query(`INSERT INTO stip_meeting2_setups (workshop_id, placement, merges, created_at) VALUES ($1, $2, $3, $4)
      ON CONFLICT (workshop_id) DO UPDATE SET placement = EXCLUDED.placement, merges = EXCLUDED.merges`,
    [workshopId, JSON.stringify(setup.placement), JSON.stringify(setup.merges), setup.createdAt]);
  }

  async setRoleGroups(groups: ReadonlyMap<string, RoleGroup | null>): Promise<void> {
    if (groups.size === 0) return;
    await this.db.query(`UPDATE stip_participants p SET role_group = g.role_group
      FROM unnest($1::text[], $2::text[]) AS g(id, role_group) WHERE p.id = g.id`, [[...groups.keys()], [...groups.values()]]);
  }

  async listCases(workshopId: string): Promise<Meeting2Case[]> {
    const { rows } = await this.db.query<Meeting2Case>('SELECT id, title, text FROM stip_meeting2_cases WHERE workshop_id = $1 ORDER BY position, created_at', [workshopId]);
    return rows;
  }

  /** Adds a case at the end (the position is computed in the same statement). */
  async insertCase(workshopId: string, c: Meeting2Case, now: number): Promise<void> {
    await this.db.atomic((tx) => tx.query(`INSERT INTO stip_meeting2_cases (id, workshop_id, position, title, text, created_at)
      SELECT $1, $2, COALESCE(MAX(position), 0) + 1, $3, $4, $5 FROM stip_meeting2_cases WHERE workshop_id = $2`,
    [c.id, workshopId, c.title, c.text, now]));
  }

  async updateCase(workshopId: string, c: Meeting2Case): Promise<boolean> {
    return ((await this.db.query('UPDATE stip_meeting2_cases SET title = $3, text = $4 WHERE id = $1 AND workshop_id = $2', [c.id, workshopId, c.title, c.text])).rowCount ?? 0) > 0;
  }

  async deleteCase(workshopId: string, caseId: string): Promise<boolean> {
    return ((await this.db.query('DELETE FROM stip_meeting2_cases WHERE id = $1 AND workshop_id = $2', [caseId, workshopId])).rowCount ?? 0) > 0;
  }
}
