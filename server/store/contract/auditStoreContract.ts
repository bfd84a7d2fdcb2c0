// SPDX-License-Identifier: EUPL-1.2
/** The contract of AuditStorePort (the audit log), run by every implementation. */
import { describe, expect, it } from 'vitest';
import type { AuditRecord } from '../auditStore.js';
import { aWorkshop, storageForEachTest, type MakeWorkshopStorage } from './storageSubject.js';

const entry = (workshopId: string | null, action: string): Omit<AuditRecord, 'id'> => ({
  workshopId, at: 5, actorKind: 'participant', actorId: 'p1', actorName: 'Anna', action, objectType: 'participant', objectId: 'p2', result: 'ok',
});

/** Registers the suite for one implementation. */
export function describeAuditStoreContract(make: MakeWorkshopStorage): void {
  describe('the audit store port', () => {
    const storage = storageForEachTest(make);

    it("appends entries with increasing ids and pages through a workshop's, newest first", async () => {
      const s = storage();
      await s.workshops.insertWorkshop(aWorkshop('w1'));
      const ids: number[] = [];
      for (const action of ['a', 'b', 'c', 'd']) ids.push(await s.audit.append(entry('w1', action)));
      await s.audit.append(entry(null, 'workshop.delete'));
      expect(ids).toEqual([...ids].sort((x, y) => x - y));
      expect(new Set(ids).size).toBe(4);
      const first = await s.audit.listForWorkshop('w1', 2);
      expect(first).toEqual([{ id: ids[3], ...entry('w1', 'd') }, { id: ids[2], ...entry('w1', 'c') }]);
      expect((await s.audit.listForWorkshop('w1', 10, ids[2])).map((e) => e.action)).toEqual(['b', 'a']);
      expect(await s.audit.deleteForWorkshop('w1')).toBe(4);
      expect(await s.audit.listForWorkshop('w1', 10)).toEqual([]);
    });

    it('keeps entries not tied to a workshop, with an empty actor', async () => {
      const s = storage();
      const id = await s.audit.append({ ...entry(null, 'workshop.delete'), actorKind: 'system', actorId: null, actorName: null, objectId: null, result: 'forbidden' });
      expect(id).toBeGreaterThan(0);
    });
  });
}
