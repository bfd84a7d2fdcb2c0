// SPDX-License-Identifier: EUPL-1.2
/**
 * All rows of one workshop, wherever the store keeps them: its documents' names, and erasing the
 * workshop with everything of it (AVG). SQLite: store/workshopRows.ts on the database file (found by
 * the tables' shape, secure_delete on, the write-ahead log truncated afterwards); PostgreSQL:
 * store/postgres/workshop/PgWorkshopRows.ts (with a tombstone no instance writes past).
 */
import type { Db } from './database.js';
import { eraseWorkshop, eraseWorkshopDocuments, truncateWriteAheadLog, workshopDocumentNames, type ErasedWorkshop } from './workshopRows.js';

/** Finds and erases all rows of a workshop. */
export interface WorkshopRowsPort {
  /** Names of the workshop's stored documents (rows already written). */
  documentNames(workshopId: string): Promise<string[]>;
  /** Deletes the workshop with its documents, participants, links, sessions, audit entries and every other row of it. */
  eraseWorkshop(workshopId: string): Promise<ErasedWorkshop>;
  /** Deletes the stored documents of a workshop (those flushed after it was erased); returns how many had rows. */
  eraseDocuments(workshopId: string): Promise<number>;
}

/** The workshop rows in the SQLite file. */
export function sqliteWorkshopRows(db: Db): WorkshopRowsPort {
  return {
    documentNames: async (workshopId) => workshopDocumentNames(db, workshopId),
    eraseWorkshop: async (workshopId) => eraseWorkshop(db, workshopId),
    eraseDocuments: async (workshopId) => {
      const documents = eraseWorkshopDocuments(db, workshopId);
      truncateWriteAheadLog(db);
      return documents;
    },
  };
}
