// SPDX-License-Identifier: EUPL-1.2
/** The contract of UnitOfWork (atomic work over the workshop stores), run by every implementation. */
import { describe, expect, it } from 'vitest';
import { aParticipant, aWorkshop, storageForEachTest, type MakeWorkshopStorage } from './storageSubject.js';

/** Registers the suite for one implementation. */
export function describeUnitOfWorkContract(make: MakeWorkshopStorage): void {
  describe('the unit of work port', () => {
    const storage = storageForEachTest(make);

    it('commits everything the work wrote and passes on its result', async () => {
      const s = storage();
      const result = await s.transaction(async (tx) => {
        await tx.workshops.insertWorkshop(aWorkshop('w1'));
        await tx.workshops.insertParticipant(aParticipant('p1', 'w1'));
        // the work reads its own writes
        return tx.workshops.countParticipants('w1');
      });
      expect(result).toBe(1);
      expect(await s.workshops.getParticipant('p1')).not.toBeNull();
    });

    it('keeps nothing of work that throws, and passes the error on', async () => {
      const s = storage();
      await s.workshops.insertWorkshop(aWorkshop('w1'));
      const failing = s.transaction(async (tx) => {
        await tx.workshops.insertParticipant(aParticipant('p1', 'w1'));
        await tx.audit.append({ workshopId: 'w1', at: 1, actorKind: 'system', actorId: null, actorName: null, action: 'x', objectType: 'y', objectId: null, result: 'ok' });
        throw new Error('halverwege mis');
      });
      await expect(failing).rejects.toThrow('halverwege mis');
      expect(await s.workshops.getParticipant('p1')).toBeNull();
      expect(await s.audit.listForWorkshop('w1', 10)).toEqual([]);
    });

    it('keeps nothing when a store call in the work fails', async () => {
      const s = storage();
      await s.workshops.insertWorkshop(aWorkshop('w1'));
      await expect(s.transaction(async (tx) => {
        await tx.workshops.insertParticipant(aParticipant('p1', 'w1', { authorKey: 'same' }));
        await tx.workshops.insertParticipant(aParticipant('p2', 'w1', { authorKey: 'same' }));
      })).rejects.toThrow();
      expect(await s.workshops.countParticipants('w1')).toBe(0);
    });

    it('does not let concurrent units of work interleave a check and a write', async () => {
      const s = storage();
      await s.workshops.insertWorkshop(aWorkshop('w1'));
      // Each adds a participant only while there is none: every unit succeeds, exactly one adds.
      const addIfEmpty = (id: string) => s.transaction(async (tx) => {
        if ((await tx.workshops.countParticipants('w1')) > 0) return false;
        await tx.workshops.insertParticipant(aParticipant(id, 'w1'));
        return true;
      });
      const results = await Promise.all(['p1', 'p2', 'p3'].map(addIfEmpty));
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await s.workshops.countParticipants('w1')).toBe(1);
    });

    it('serves calls from outside a unit of work while and after it runs', async () => {
      const s = storage();
      await s.workshops.insertWorkshop(aWorkshop('w1'));
      const work = s.transaction(async (tx) => {
        await tx.workshops.insertParticipant(aParticipant('p1', 'w1'));
        await tx.workshops.updateParticipant('p1', { name: 'Af' });
      });
      const outside = s.workshops.getWorkshop('w1');
      await work;
      expect(await outside).not.toBeNull();
      expect((await s.workshops.getParticipant('p1'))?.name).toBe('Af');
    });
  });
}
