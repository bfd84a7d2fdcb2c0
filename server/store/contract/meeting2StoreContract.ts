// SPDX-License-Identifier: EUPL-1.2
/** The contract of Meeting2StorePort (set-up, role groups, cases), run by every implementation. */
import { describe, expect, it } from 'vitest';
import { aParticipant, aWorkshop, storageForEachTest, type MakeWorkshopStorage } from './storageSubject.js';

/** Registers the suite for one implementation. */
export function describeMeeting2StoreContract(make: MakeWorkshopStorage): void {
  describe('the meeting 2 store port', () => {
    const storage = storageForEachTest(make);

    it('stores the set-up and changes it, keeping when it was created', async () => {
      const s = storage();
      await s.workshops.insertWorkshop(aWorkshop('w1'));
      expect(await s.meeting2.getSetup('w1')).toBeNull();
      await s.meeting2.saveSetup('w1', { placement: { griffier: 'raad', gemeentesecretaris: 'college' }, merges: {}, createdAt: 5 });
      await s.meeting2.saveSetup('w1', { placement: { griffier: 'ambtenaren', gemeentesecretaris: 'ambtenaren' }, merges: { college: 'raad' }, createdAt: 9 });
      expect(await s.meeting2.getSetup('w1')).toEqual({ placement: { griffier: 'ambtenaren', gemeentesecretaris: 'ambtenaren' }, merges: { college: 'raad' }, createdAt: 5 });
    });

    it("sets participants' role groups", async () => {
      const s = storage();
      await s.workshops.insertWorkshop(aWorkshop('w1'));
      await s.workshops.insertParticipant(aParticipant('p1', 'w1'));
      await s.workshops.insertParticipant(aParticipant('p2', 'w1'));
      await s.meeting2.setRoleGroups(new Map([['p1', 'raad'], ['p2', 'college']]));
      await s.meeting2.setRoleGroups(new Map([['p2', null]]));
      expect((await s.workshops.getParticipant('p1'))?.roleGroup).toBe('raad');
      expect((await s.workshops.getParticipant('p2'))?.roleGroup).toBeNull();
    });

    it("keeps a workshop's cases in order; changes and removes only its own", async () => {
      const s = storage();
      await s.workshops.insertWorkshop(aWorkshop('w1'));
      await s.workshops.insertWorkshop(aWorkshop('w2'));
      await s.meeting2.insertCase('w1', { id: 'b', title: 'B', text: 'tb' }, 5);
      await s.meeting2.insertCase('w1', { id: 'a', title: 'A', text: 'ta' }, 1);
      await s.meeting2.insertCase('w2', { id: 'c', title: 'C', text: 'tc' }, 1);
      expect(await s.meeting2.listCases('w1')).toEqual([{ id: 'b', title: 'B', text: 'tb' }, { id: 'a', title: 'A', text: 'ta' }]);
      expect(await s.meeting2.updateCase('w1', { id: 'a', title: 'A2', text: 'ta2' })).toBe(true);
      expect(await s.meeting2.updateCase('w1', { id: 'c', title: 'X', text: 'x' })).toBe(false);
      expect(await s.meeting2.deleteCase('w1', 'c')).toBe(false);
      expect(await s.meeting2.deleteCase('w1', 'b')).toBe(true);
      expect(await s.meeting2.listCases('w1')).toEqual([{ id: 'a', title: 'A2', text: 'ta2' }]);
      expect(await s.meeting2.listCases('w2')).toEqual([{ id: 'c', title: 'C', text: 'tc' }]);
    });
  });
}
