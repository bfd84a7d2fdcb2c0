// SPDX-License-Identifier: EUPL-1.2
/** The contract of WorkshopStorePort (workshops and participants), run by every implementation. */
import { describe, expect, it } from 'vitest';
import { aParticipant, aWorkshop, storageForEachTest, type MakeWorkshopStorage } from './storageSubject.js';

/** Registers the suite for one implementation. */
export function describeWorkshopStoreContract(make: MakeWorkshopStorage): void {
  describe('the workshop store port', () => {
    const storage = storageForEachTest(make);

    it('stores a workshop and reads it back with every field', async () => {
      const s = storage();
      expect(await s.workshops.hasWorkshops()).toBe(false);
      const w = aWorkshop('w1', { meeting1: '2026-03-01', showNames: true, groupNames: ['Noord', '', 'Zuid'], language: 'en' });
      await s.workshops.insertWorkshop(w);
      expect(await s.workshops.hasWorkshops()).toBe(true);
      expect(await s.workshops.getWorkshop('w1')).toEqual(w);
      expect(await s.workshops.getWorkshop('nope')).toBeNull();
    });

    it('lists workshops newest first (ties: last stored first) with their non-facilitator count', async () => {
      const s = storage();
      await s.workshops.insertWorkshop(aWorkshop('a', { createdAt: 1 }));
      await s.workshops.insertWorkshop(aWorkshop('b', { createdAt: 2 }));
      await s.workshops.insertWorkshop(aWorkshop('c', { createdAt: 2 }));
      await s.workshops.insertParticipant(aParticipant('p1', 'a'));
      await s.workshops.insertParticipant(aParticipant('p2', 'a', { role: 'facilitator' }));
      const list = await s.workshops.listWorkshops();
      expect(list.map((w) => [w.id, w.participantCount])).toEqual([['c', 0], ['b', 0], ['a', 1]]);
      expect(list[2]).toMatchObject(aWorkshop('a', { createdAt: 1 }));
    });

    it('changes only the given fields of a workshop', async () => {
      const s = storage();
      await s.workshops.insertWorkshop(aWorkshop('w1'));
      await s.workshops.updateWorkshop('w1', {});
      await s.workshops.updateWorkshop('w1', { title: 'Nieuw', meeting2: '2026-04-01', showNames: true, groupNames: ['', 'Oost', ''], language: 'en' });
      expect(await s.workshops.getWorkshop('w1')).toEqual(aWorkshop('w1', { title: 'Nieuw', meeting2: '2026-04-01', showNames: true, groupNames: ['', 'Oost', ''], language: 'en' }));
      await s.workshops.updateWorkshop('w1', { meeting2: null, groupNames: ['', '', ''] });
      expect(await s.workshops.getWorkshop('w1')).toMatchObject({ meeting2: null, groupNames: ['', '', ''], title: 'Nieuw' });
    });

    it('stores participants in the order they were added, with attendance and role group empty', async () => {
      const s = storage();
      await s.workshops.insertWorkshop(aWorkshop('w1'));
      await s.workshops.insertWorkshop(aWorkshop('w2'));
      await s.workshops.insertParticipant(aParticipant('p2', 'w1', { createdAt: 5 }));
      await s.workshops.insertParticipant(aParticipant('p1', 'w1', { createdAt: 5, email: 'a@b.nl', group: 2 }));
      await s.workshops.insertParticipant(aParticipant('p0', 'w1', { createdAt: 4 }));
      await s.workshops.insertParticipant(aParticipant('q', 'w2'));
      expect((await s.workshops.listParticipants('w1')).map((p) => p.id)).toEqual(['p0', 'p2', 'p1']);
      expect(await s.workshops.countParticipants('w1')).toBe(3);
      expect(await s.workshops.getParticipant('p1')).toEqual({ ...aParticipant('p1', 'w1', { createdAt: 5, email: 'a@b.nl', group: 2 }), attendance: { m1: null, m2: null }, roleGroup: null });
      expect(await s.workshops.getParticipant('nope')).toBeNull();
    });

    it('refuses a second participant with the same author key', async () => {
      const s = storage();
      await s.workshops.insertWorkshop(aWorkshop('w1'));
      await s.workshops.insertParticipant(aParticipant('p1', 'w1', { authorKey: 'k' }));
      await expect(s.workshops.insertParticipant(aParticipant('p2', 'w1', { authorKey: 'k' }))).rejects.toThrow();
      expect(await s.workshops.countParticipants('w1')).toBe(1);
    });

    it('changes a participant, their groups and their attendance', async () => {
      const s = storage();
      await s.workshops.insertWorkshop(aWorkshop('w1'));
      await s.workshops.insertParticipant(aParticipant('p1', 'w1'));
      await s.workshops.insertParticipant(aParticipant('p2', 'w1', { group: 1 }));
      await s.workshops.updateParticipant('p1', { name: 'Anna', role: 'raadslid', email: 'anna@gouda.nl', group: 3 });
      await s.workshops.updateParticipant('p1', {});
      await s.workshops.setGroups(new Map([['p1', 1], ['p2', null]]));
      await s.workshops.setAttendance('p1', 1, 'present');
      await s.workshops.setAttendance('p1', 2, 'absent');
      await s.workshops.setAttendance('p2', 2, 'present');
      await s.workshops.setAttendance('p2', 2, null);
      expect(await s.workshops.getParticipant('p1')).toMatchObject({ name: 'Anna', role: 'raadslid', email: 'anna@gouda.nl', group: 1, attendance: { m1: 'present', m2: 'absent' } });
      expect(await s.workshops.getParticipant('p2')).toMatchObject({ group: null, attendance: { m1: null, m2: null } });
    });

    it('deletes a participant with their links and sessions, nothing else', async () => {
      const s = storage();
      await s.workshops.insertWorkshop(aWorkshop('w1'));
      await s.workshops.insertParticipant(aParticipant('p1', 'w1'));
      await s.workshops.insertParticipant(aParticipant('p2', 'w1'));
      for (const p of ['p1', 'p2']) {
        await s.links.insert({ tokenHash: `l-${p}`, tokenEnc: 'enc', kind: 'participant', participantId: p, createdAt: 1, expiresAt: 10, revokedAt: null, usedAt: null });
        await s.sessions.insert({ idHash: `s-${p}`, kind: 'participant', participantId: p, expiresAt: 10 });
      }
      await s.workshops.deleteParticipant('p1');
      expect(await s.workshops.getParticipant('p1')).toBeNull();
      expect(await s.links.byHash('l-p1')).toBeNull();
      expect(await s.sessions.byHash('s-p1')).toBeNull();
      expect(await s.links.byHash('l-p2')).not.toBeNull();
      expect(await s.sessions.byHash('s-p2')).not.toBeNull();
    });
  });
}
