// SPDX-License-Identifier: EUPL-1.2
/** The contract of VisionVersionStorePort (frozen vision versions), run by every implementation. */
import { describe, expect, it } from 'vitest';
import { aWorkshop, storageForEachTest, type MakeWorkshopStorage } from './storageSubject.js';

/** Registers the suite for one implementation. */
export function describeVisionVersionStoreContract(make: MakeWorkshopStorage): void {
  describe('the vision version store port', () => {
    const storage = storageForEachTest(make);

    it('numbers versions per workshop and gives back the frozen state byte for byte', async () => {
      const s = storage();
      await s.workshops.insertWorkshop(aWorkshop('w1'));
      await s.workshops.insertWorkshop(aWorkshop('w2'));
      const state = new Uint8Array([0, 1, 2, 255, 0]);
      expect(await s.versions.append('w1', 'Eerste', state, 10)).toEqual({ workshopId: 'w1', number: 1, label: 'Eerste', createdAt: 10 });
      expect((await s.versions.append('w1', 'Tweede', new Uint8Array([7]), 20)).number).toBe(2);
      expect((await s.versions.append('w2', 'Ander', new Uint8Array(0), 30)).number).toBe(1);
      expect(await s.versions.list('w1')).toEqual([
        { workshopId: 'w1', number: 1, label: 'Eerste', createdAt: 10 },
        { workshopId: 'w1', number: 2, label: 'Tweede', createdAt: 20 },
      ]);
      const frozen = await s.versions.get('w1', 1);
      expect(frozen).toMatchObject({ workshopId: 'w1', number: 1, label: 'Eerste', createdAt: 10 });
      expect([...frozen!.state]).toEqual([...state]);
      expect(frozen!.state).toBeInstanceOf(Uint8Array);
      expect(await s.versions.get('w1', 3)).toBeNull();
    });

    it('gives two versions frozen at the same time different numbers', async () => {
      const s = storage();
      await s.workshops.insertWorkshop(aWorkshop('w1'));
      const made = await Promise.all([1, 2, 3].map((i) => s.versions.append('w1', `v${i}`, new Uint8Array([i]), i)));
      expect(made.map((v) => v.number).sort()).toEqual([1, 2, 3]);
    });
  });
}
