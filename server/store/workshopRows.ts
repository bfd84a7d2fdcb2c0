// SPDX-License-Identifier: EUPL-1.2
/**
 * Every row of one workshop in the SQLite file, found by shape rather than by a fixed list of
 * tables, so tables added later are covered too:
 *
 *   documents      rows of any table with a `doc_name` column whose name starts with `w/<id>/`
 *                  (collab_updates: the workshop's Yjs documents)
 *   personal rows  rows of any table with a `participant_id` column that belong to one of its
 *                  participants (links, sessions, …), and of any table with a `workshop_id`
 *                  column (audit_log, vision_versions, screen links, …)
 *   the workshop   its participants row(s), then its workshops row
 *
 * Erasing runs in one transaction on a connection with `secure_delete` on (openDatabase sets it;
 * erasing checks it), so freed pages are overwritten with zeros and what was typed does not
 * linger in the file.
 */
import { requireSecureDelete, type Db } from './database.js';

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The prefix of every document name of a workshop. */
export const workshopDocPrefix = (workshopId: string) => `w/${workshopId}/`;

/** User tables of the database with their column names. */
function tablesWithColumns(db: Db): Map<string, Set<string>> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[];
  const out = new Map<string, Set<string>>();
  for (const { name } of tables) {
    const columns = db.prepare(`PRAGMA table_info(${quote(name)})`).all() as { name: string }[];
    out.set(name, new Set(columns.map((c) => c.name)));
  }
  return out;
}

/** Names of the workshop's stored documents (rows already written; the store flushes within its window). */
export function workshopDocumentNames(db: Db, workshopId: string): string[] {
  const prefix = workshopDocPrefix(workshopId);
  const names = new Set<string>();
  for (const [table, columns] of tablesWithColumns(db)) {
    if (!columns.has('doc_name')) continue;
    const rows = db.prepare(`SELECT DISTINCT doc_name AS name FROM ${quote(table)} WHERE substr(doc_name, 1, ?) = ?`).all(prefix.length, prefix) as { name: string }[];
    for (const r of rows) names.add(r.name);
  }
  return [...names].sort();
}

function withSecureDelete<T>(db: Db, fn: () => T): T {
  requireSecureDelete(db);
  return db.transaction(fn)();
}

/** Deletes the stored documents of a workshop; returns how many documents had rows. */
export function eraseWorkshopDocuments(db: Db, workshopId: string): number {
  const prefix = workshopDocPrefix(workshopId);
  const documents = workshopDocumentNames(db, workshopId).length;
  withSecureDelete(db, () => {
    for (const [table, columns] of tablesWithColumns(db)) {
      if (columns.has('doc_name')) db.prepare(`DELETE FROM ${quote(table)} WHERE substr(doc_name, 1, ?) = ?`).run(prefix.length, prefix);
    }
  });
  return documents;
}

/** What erasing a workshop removed. */
export interface ErasedWorkshop { participants: number; documents: number; rows: number }

/** Deletes the workshop with its documents, participants, links, sessions, audit entries and every other row of it. */
export function eraseWorkshop(db: Db, workshopId: string): ErasedWorkshop {
  const prefix = workshopDocPrefix(workshopId);
  return withSecureDelete(db, () => {
    const documents = workshopDocumentNames(db, workshopId).length;
    const tables = tablesWithColumns(db);
    const participants = (db.prepare('SELECT COUNT(*) AS n FROM participants WHERE workshop_id = ?').get(workshopId) as { n: number }).n;
    let rows = 0;
    for (const [table, columns] of tables) {
      if (table === 'participants' || table === 'workshops') continue;
      if (columns.has('participant_id')) {
        rows += db.prepare(`DELETE FROM ${quote(table)} WHERE participant_id IN (SELECT id FROM participants WHERE workshop_id = ?)`).run(workshopId).changes;
      }
      if (columns.has('workshop_id')) rows += db.prepare(`DELETE FROM ${quote(table)} WHERE workshop_id = ?`).run(workshopId).changes;
      if (columns.has('doc_name')) rows += db.prepare(`DELETE FROM ${quote(table)} WHERE substr(doc_name, 1, ?) = ?`).run(prefix.length, prefix).changes;
    }
    rows += db.prepare('DELETE FROM participants WHERE workshop_id = ?').run(workshopId).changes;
    rows += db.prepare('DELETE FROM workshops WHERE id = ?').run(workshopId).changes;
    return { participants, documents, rows };
  });
}

/** Moves the freed pages' old frames out of the write-ahead log (best effort: readers may hold it). */
export function truncateWriteAheadLog(db: Db): void {
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } catch {
    // A busy database checkpoints later by itself.
  }
}
