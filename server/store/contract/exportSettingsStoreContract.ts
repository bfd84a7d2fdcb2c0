// SPDX-License-Identifier: EUPL-1.2
/** The contract of ExportSettingsStorePort, run by every implementation. */
import { describe, expect, it } from 'vitest';
import { aWorkshop, storageForEachTest, type MakeWorkshopStorage } from './storageSubject.js';

/** Registers the suite for one implementation. */
export function describeExportSettingsStoreContract(make: MakeWorkshopStorage): void {
  describe('the export settings store port', () => {
    const storage = storageForEachTest(make);

    it('does not allow downloads until set, and remembers the setting per workshop', async () => {
      const s = storage();
      await s.workshops.insertWorkshop(aWorkshop('w1'));
      await s.workshops.insertWorkshop(aWorkshop('w2'));
      expect(await s.exportSettings.participantsMayDownload('w1')).toBe(false);
      await s.exportSettings.setParticipantsMayDownload('w1', true);
      expect(await s.exportSettings.participantsMayDownload('w1')).toBe(true);
      expect(await s.exportSettings.participantsMayDownload('w2')).toBe(false);
      await s.exportSettings.setParticipantsMayDownload('w1', false);
      expect(await s.exportSettings.participantsMayDownload('w1')).toBe(false);
    });
  });
}
