// SPDX-License-Identifier: EUPL-1.2
/**
 * Per workshop: whether participants may download the published parts of the dossier.
 *
 *   export_settings (workshop_id → workshops ON DELETE CASCADE PRIMARY KEY,
 *                    participants_may_download INTEGER 0/1)
 *
 * No row means not allowed.
 */
import type { Db } from './database.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS export_settings (
  workshop_id TEXT PRIMARY KEY REFERENCES workshops(id) ON DELETE CASCADE,
  participants_may_download INTEGER NOT NULL DEFAULT 0
);
`;

/** Reads and writes the export settings. */
export class ExportSettingsStore {
  constructor(readonly db: Db) {
    db.exec(SCHEMA);
  }

  /** Whether participants of the workshop may download the published parts. */
  participantsMayDownload(workshopId: string): boolean {
    const row = this.db.prepare('SELECT participants_may_download AS allowed FROM export_settings WHERE workshop_id = ?').get(workshopId) as { allowed: number } | undefined;
    return row?.allowed === 1;
  }

  /** Sets whether participants may download the published parts. */
  setParticipantsMayDownload(workshopId: string, allowed: boolean): void {
    this.db.prepare('INSERT INTO export_settings (workshop_id, participants_may_download) VALUES (?, ?) ON CONFLICT(workshop_id) DO UPDATE SET participants_may_download = excluded.participants_may_download')
      .run(workshopId, allowed ? 1 : 0);
  }
}
