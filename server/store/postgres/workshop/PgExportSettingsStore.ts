// SPDX-License-Identifier: EUPL-1.2
/** Per workshop: whether participants may download the published dossier, in PostgreSQL (stip_export_settings). No row: not allowed. */
import type { ExportSettingsStorePort } from '../../storePorts.js';
import type { PgSession } from './pgSession.js';

/** Reads and writes the export settings. */
export class PgExportSettingsStore implements ExportSettingsStorePort {
  constructor(private readonly db: PgSession) {}

  async participantsMayDownload(workshopId: string): Promise<boolean> {
    const { rows: [r] } = await this.db.query<{ allowed: boolean }>('SELECT participants_may_download AS allowed FROM stip_export_settings WHERE workshop_id = $1', [workshopId]);
    return r?.allowed === true;
  }

  async setParticipantsMayDownload(workshopId: string, allowed: boolean): Promise<void> {
    await this.db.query(`INSERT INTO stip_export_settings (workshop_id, participants_may_download) VALUES ($1, $2)
      ON CONFLICT (workshop_id) DO UPDATE SET participants_may_download = EXCLUDED.participants_may_download`, [workshopId, allowed]);
  }
}
