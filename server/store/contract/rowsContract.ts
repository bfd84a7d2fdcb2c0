// SPDX-License-Identifier: EUPL-1.2
/** The contract of WorkshopRowsPort (a workshop's rows as a whole: erasing, listing documents), run by every implementation. */
import { describe, expect, it } from 'vitest';
import type { WorkshopStorage } from '../storePorts.js';
import { aParticipant, aWorkshop, storageForEachTest, type MakeWorkshopStorage } from './storageSubject.js';

/** A workshop with a row in every workshop table. */
async function seedFull(s: WorkshopStorage, w: string): Promise<void> {
  await s.workshops.insertWorkshop(aWorkshop(w));
  await s.workshops.insertParticipant(aParticipant(`${w}-p1`, w));
  await s.workshops.insertParticipant(aParticipant(`${w}-p2`, w, { role: 'facilitator' }));
  await s.links.insert({ tokenHash: `${w}-l`, tokenEnc: 'e', kind: 'participant', participantId: `${w}-p1`, createdAt: 1, expiresAt: 10, revokedAt: null, usedAt: null });
  await s.links.insert({ tokenHash: `${w}-scr`, tokenEnc: 'e', kind: 'screen', participantId: null, workshopId: w, createdAt: 1, expiresAt: 10, revokedAt: null, usedAt: null });
  await s.sessions.insert({ idHash: `${w}-s`, kind: 'participant', participantId: `${w}-p1`, expiresAt: 10 });
  await s.consultations.insertConsultation({ id: `${w}-c`, workshopId: w, version: 1, intro: '', closesAt: 10, closedEarly: false, repliesAllowed: true, openedAt: 0, publishedAt: null, newVersion: null });
  await s.consultations.insertPerson({ id: `${w}-k`, consultationId: `${w}-c`, workshopId: w, participantId: null, name: 'K', role: 'ambtenaar', email: 'k@x.nl', source: 'extra', createdAt: 0, openedAt: null });
  await s.consultations.insertComment({ id: `${w}-cm`, consultationId: `${w}-c`, workshopId: w, personId: `${w}-k`, number: 1, parentId: null, stance: 'eens', text: 'T', anchor: null, status: 'active', createdAt: 0, editedAt: null });
  await s.meeting2.insertCase(w, { id: `${w}-case`, title: 'C', text: 'c' }, 0);
  await s.versions.append(w, 'v', new Uint8Array([1]), 0);
  await s.audit.append({ workshopId: w, at: 0, actorKind: 'system', actorId: null, actorName: null, action: 'x', objectType: 'y', objectId: null, result: 'ok' });
  await s.exportSettings.setParticipantsMayDownload(w, true);
}

/** Registers the suite for one implementation. */
export function describeRowsContract(make: MakeWorkshopStorage): void {
  describe('the workshop rows port', () => {
    const storage = storageForEachTest(make);

    it('erases a workshop with every row of it, and nothing of another workshop', async () => {
      const s = storage();
      await seedFull(s, 'w1');
      await seedFull(s, 'w2');
      const erased = await s.rows.eraseWorkshop('w1');
      expect(erased).toMatchObject({ participants: 2, documents: 0 });
      expect(erased.rows).toBeGreaterThan(10);
      expect(await s.workshops.getWorkshop('w1')).toBeNull();
      expect(await s.workshops.getParticipant('w1-p1')).toBeNull();
      expect(await s.links.byHash('w1-l')).toBeNull();
      expect(await s.links.byHash('w1-scr')).toBeNull();
      expect(await s.sessions.byHash('w1-s')).toBeNull();
      expect(await s.consultations.ofWorkshop('w1')).toBeNull();
      expect(await s.consultations.person('w1-k')).toBeNull();
      expect(await s.consultations.comment('w1-cm')).toBeNull();
      expect(await s.meeting2.listCases('w1')).toEqual([]);
      expect(await s.versions.list('w1')).toEqual([]);
      expect(await s.audit.listForWorkshop('w1', 10)).toEqual([]);
      expect(await s.exportSettings.participantsMayDownload('w1')).toBe(false);
      expect(await s.workshops.countParticipants('w2')).toBe(2);
      expect(await s.links.byHash('w2-l')).not.toBeNull();
      expect(await s.consultations.comment('w2-cm')).not.toBeNull();
      expect(await s.versions.list('w2')).toHaveLength(1);
      expect(await s.audit.listForWorkshop('w2', 10)).toHaveLength(1);
    });

    it('lists no documents of a workshop that stored none, and erases none', async () => {
      const s = storage();
      await seedFull(s, 'w1');
      expect(await s.rows.documentNames('w1')).toEqual([]);
      expect(await s.rows.eraseDocuments('w1')).toBe(0);
      expect(await s.workshops.getWorkshop('w1')).not.toBeNull();
    });
  });
}
