// SPDX-License-Identifier: EUPL-1.2
/**
 * Every row of one workshop in PostgreSQL, as store/workshopRows.ts does for SQLite: its documents
 * (rows of stip_doc_updates, stip_doc_epochs and stip_doc_leases under `w/<id>/`), its personal rows
 * (every workshop table, the audit log) and the workshop itself, erased in one transaction that also
 * records the workshop's tombstone (../docTombstones.ts), so a room still open on another instance
 * cannot write its documents back.
 *
 * PostgreSQL has no secure_delete: deleted row versions stay in the table files until (auto)vacuum
 * reclaims them; docs/deploy.md says how to run VACUUM after deleting for the AVG.
 */
import type { ErasedWorkshop } from '../../workshopRows.js';
import { workshopDocPrefix } from '../../workshopRows.js';
import { buryScope } from '../docTombstones.js';
import type { WorkshopRowsPort } from '../../storePorts.js';
import { num, type PgSession } from './pgSession.js';

/** The workshop tables that hold rows of one workshop, children before parents (the foreign keys cascade anyway). */
const WORKSHOP_TABLES = [
  'stip_links', 'stip_sessions', 'stip_consultation_answers', 'stip_consultation_comments', 'stip_consultation_people',
  'stip_consultations', 'stip_meeting2_cases', 'stip_meeting2_setups', 'stip_vision_versions', 'stip_export_settings', 'stip_audit_log',
];
/** The document tables (the head row stays: a document's sequence numbers never go back). */
const DOCUMENT_TABLES = ['stip_doc_updates', 'stip_doc_epochs', 'stip_doc_leases'];

async function documentNames(db: PgSession, workshopId: string): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(`SELECT DISTINCT doc_name AS name FROM (
      SELECT doc_name FROM stip_doc_updates WHERE starts_with(doc_name, $1)
      UNION SELECT doc_name FROM stip_doc_epochs WHERE starts_with(doc_name, $1)) d ORDER BY name`, [workshopDocPrefix(workshopId)]);
  return rows.map((r) => r.name);
}

async function deleteDocuments(db: PgSession, workshopId: string): Promise<number> {
  let rows = 0;
  for (const table of DOCUMENT_TABLES) rows += (await db.query(`DELETE FROM ${table} WHERE starts_with(doc_name, $1)`, [workshopDocPrefix(workshopId)])).rowCount ?? 0;
  return rows;
}

/** Finds and erases all rows of a workshop. */
export class PgWorkshopRows implements WorkshopRowsPort {
  constructor(private readonly db: PgSession) {}

  /** Names of the workshop's stored documents (rows already written). */
  documentNames(workshopId: string): Promise<string[]> {
    return documentNames(this.db, workshopId);
  }

  /** Deletes the stored documents of a workshop (and buries it); returns how many documents had rows. */
  eraseDocuments(workshopId: string): Promise<number> {
    return this.db.atomic(async (tx) => {
      await buryScope(tx, workshopDocPrefix(workshopId));
      const documents = (await documentNames(tx, workshopId)).length;
      await deleteDocuments(tx, workshopId);
      return documents;
    });
  }

  /** Deletes the workshop with its documents, participants, links, sessions, audit entries and every other row of it. */
  eraseWorkshop(workshopId: string): Promise<ErasedWorkshop> {
    return this.db.atomic(async (tx) => {
      await buryScope(tx, workshopDocPrefix(workshopId));
      const documents = (await documentNames(tx, workshopId)).length;
      const { rows: [p] } = await tx.query<{ n: string }>('SELECT COUNT(*) AS n FROM stip_participants WHERE workshop_id = $1', [workshopId]);
      let rows = 0;
      for (const table of WORKSHOP_TABLES) {
        const byParticipant = table === 'stip_links' || table === 'stip_sessions'
          ? ' OR participant_id IN (SELECT id FROM stip_participants WHERE workshop_id = $1)' : '';
        rows += (await tx.query(`DELETE FROM ${table} WHERE workshop_id = $1${byParticipant}`, [workshopId])).rowCount ?? 0;
      }
      rows += await deleteDocuments(tx, workshopId);
      rows += (await tx.query('DELETE FROM stip_participants WHERE workshop_id = $1', [workshopId])).rowCount ?? 0;
      rows += (await tx.query('DELETE FROM stip_workshops WHERE id = $1', [workshopId])).rowCount ?? 0;
      return { participants: num(p.n), documents, rows };
    });
  }
}
