// SPDX-License-Identifier: EUPL-1.2
/** The contract of ConsultationStorePort, run by every implementation. */
import { describe, expect, it } from 'vitest';
import type { AnswerRecord, CommentRecord, ConsultationPersonRecord, ConsultationRecord } from '../consultationStore.js';
import type { WorkshopStorage } from '../storePorts.js';
import { aParticipant, aWorkshop, storageForEachTest, type MakeWorkshopStorage } from './storageSubject.js';

const consultation: ConsultationRecord = { id: 'c1', workshopId: 'w1', version: 2, intro: 'Lees mee', closesAt: 100, closedEarly: false, repliesAllowed: true, openedAt: 5, publishedAt: null, newVersion: null };
const person = (id: string, changes: Partial<ConsultationPersonRecord> = {}): ConsultationPersonRecord => ({
  id, consultationId: 'c1', workshopId: 'w1', participantId: null, name: `Naam ${id}`, role: 'ambtenaar', email: null, source: 'extra', createdAt: 1, openedAt: null, ...changes,
});
const comment = (id: string, number: number, changes: Partial<CommentRecord> = {}): CommentRecord => ({
  id, consultationId: 'c1', workshopId: 'w1', personId: 'k1', number, parentId: null, stance: 'eens', text: `Tekst ${id}`, anchor: null, status: 'active', createdAt: 3, editedAt: null, ...changes,
});
const answer = (id: string, commentIds: string[], answeredAt = 0): AnswerRecord => ({ id, consultationId: 'c1', workshopId: 'w1', commentIds, answer: `Antwoord ${id}`, status: 'verwerkt', wherePassageId: null, answeredAt });

async function seed(s: WorkshopStorage): Promise<void> {
  await s.workshops.insertWorkshop(aWorkshop('w1'));
  await s.workshops.insertParticipant(aParticipant('p1', 'w1'));
  await s.consultations.insertConsultation(consultation);
  await s.consultations.insertPerson(person('k1'));
}

/** Registers the suite for one implementation. */
export function describeConsultationStoreContract(make: MakeWorkshopStorage): void {
  describe('the consultation store port', () => {
    const storage = storageForEachTest(make);

    it("stores a workshop's consultation and changes its settings and state", async () => {
      const s = storage();
      await seed(s);
      expect(await s.consultations.ofWorkshop('w1')).toEqual(consultation);
      expect(await s.consultations.ofWorkshop('w2')).toBeNull();
      await s.consultations.updateConsultation('c1', { intro: 'Anders', closesAt: 200, closedEarly: true, repliesAllowed: false, publishedAt: 300, newVersion: 3 });
      expect(await s.consultations.ofWorkshop('w1')).toEqual({ ...consultation, intro: 'Anders', closesAt: 200, closedEarly: true, repliesAllowed: false, publishedAt: 300, newVersion: 3 });
      await s.consultations.updateConsultation('c1', { publishedAt: null });
      expect((await s.consultations.ofWorkshop('w1'))?.publishedAt).toBeNull();
    });

    it('allows one consultation per workshop', async () => {
      const s = storage();
      await seed(s);
      await expect(s.consultations.insertConsultation({ ...consultation, id: 'c2' })).rejects.toThrow();
    });

    it('keeps the invited people in order of invitation and records the first opening only', async () => {
      const s = storage();
      await seed(s);
      await s.consultations.insertPerson(person('k3', { createdAt: 2, source: 'participant', participantId: 'p1', email: 'a@b.nl', role: 'raadslid' }));
      await s.consultations.insertPerson(person('k2', { createdAt: 1, source: 'absentee' }));
      expect((await s.consultations.people('c1')).map((p) => p.id)).toEqual(['k1', 'k2', 'k3']);
      expect(await s.consultations.person('k3')).toEqual(person('k3', { createdAt: 2, source: 'participant', participantId: 'p1', email: 'a@b.nl', role: 'raadslid' }));
      expect(await s.consultations.person('nope')).toBeNull();
      await s.consultations.markOpened('k1', 10);
      await s.consultations.markOpened('k1', 20);
      expect((await s.consultations.person('k1'))?.openedAt).toBe(10);
    });

    it('keeps the person of a removed participant, without the participant', async () => {
      const s = storage();
      await seed(s);
      await s.consultations.insertPerson(person('k2', { participantId: 'p1', source: 'participant' }));
      await s.workshops.deleteParticipant('p1');
      expect(await s.consultations.person('k2')).toMatchObject({ participantId: null, name: 'Naam k2' });
    });

    it('numbers comments, stores them with their anchor, and changes text, stance and status', async () => {
      const s = storage();
      await seed(s);
      expect(await s.consultations.nextNumber('c1')).toBe(1);
      const anchored = comment('a', 1, { anchor: { version: 2, passageId: 'x', start: 1, end: 4, quote: 'ijk', prefix: 'r', suffix: ' é' } });
      await s.consultations.insertComment(anchored);
      await s.consultations.insertComment(comment('r', 2, { parentId: 'a', stance: 'aanvulling' }));
      expect(await s.consultations.nextNumber('c1')).toBe(3);
      expect(await s.consultations.comment('a')).toEqual(anchored);
      expect(await s.consultations.comment('nope')).toBeNull();
      await s.consultations.updateComment({ id: 'a', text: 'Beter', stance: 'oneens', status: 'withdrawn', editedAt: 9 });
      expect(await s.consultations.comment('a')).toEqual({ ...anchored, text: 'Beter', stance: 'oneens', status: 'withdrawn', editedAt: 9 });
      expect((await s.consultations.comments('c1')).map((c) => c.id)).toEqual(['a', 'r']);
      await expect(s.consultations.insertComment(comment('dup', 2))).rejects.toThrow();
    });

    it('gives a comment at most one answer: a new answer takes its comments out of older ones, dropping an emptied one', async () => {
      const s = storage();
      await seed(s);
      for (const [id, n] of [['a', 1], ['b', 2], ['c', 3]] as const) await s.consultations.insertComment(comment(id, n));
      await s.consultations.putAnswer(answer('x', ['a', 'b'], 1));
      await s.consultations.putAnswer({ ...answer('y', ['b'], 2), status: 'deels', wherePassageId: 'p-9' });
      expect(await s.consultations.answers('c1')).toEqual([answer('x', ['a'], 1), { ...answer('y', ['b'], 2), status: 'deels', wherePassageId: 'p-9' }]);
      await s.consultations.putAnswer(answer('z', ['a', 'b', 'c'], 3));
      expect((await s.consultations.answers('c1')).map((a) => [a.id, a.commentIds])).toEqual([['z', ['a', 'b', 'c']]]);
    });
  });
}
