// SPDX-License-Identifier: EUPL-1.2
/** The contract of SessionStorePort, run by every implementation. */
import { describe, expect, it } from 'vitest';
import type { SessionRecord } from '../workshopSessionStore.js';
import type { WorkshopStorage } from '../storePorts.js';
import { aParticipant, aWorkshop, storageForEachTest, type MakeWorkshopStorage } from './storageSubject.js';

const IDLE = 1000;
const session = (idHash: string, changes: Partial<SessionRecord> = {}): SessionRecord => ({
  idHash, kind: 'participant', participantId: 'p1', expiresAt: 100_000, lastSeenAt: null, workshopId: null, personId: null, ...changes,
});

async function seed(s: WorkshopStorage): Promise<void> {
  await s.workshops.insertWorkshop(aWorkshop('w1'));
  await s.workshops.insertParticipant(aParticipant('p1', 'w1'));
  await s.consultations.insertConsultation({ id: 'c1', workshopId: 'w1', version: 1, intro: '', closesAt: 100, closedEarly: false, repliesAllowed: true, openedAt: 0, publishedAt: null, newVersion: null });
  await s.consultations.insertPerson({ id: 'k1', consultationId: 'c1', workshopId: 'w1', participantId: null, name: 'Kees', role: 'ambtenaar', email: null, source: 'extra', createdAt: 0, openedAt: null });
}

/** Registers the suite for one implementation. */
export function describeSessionStoreContract(make: MakeWorkshopStorage): void {
  describe('the session store port', () => {
    const storage = storageForEachTest(make, { sessionIdleMs: IDLE });

    it('stores a session and finds it by its hash, with every field', async () => {
      const s = storage();
      await seed(s);
      await s.sessions.insert(session('a', { lastSeenAt: 5 }));
      await s.sessions.insert(session('setup', { kind: 'setup', participantId: null }));
      expect(await s.sessions.byHash('a')).toEqual(session('a', { lastSeenAt: 5 }));
      expect(await s.sessions.byHash('setup')).toEqual(session('setup', { kind: 'setup', participantId: null }));
      expect(await s.sessions.byHash('nope')).toBeNull();
    });

    it('ends a session at its expiry or after the idle timeout', () => {
      const s = storage();
      expect(s.sessions.idleMs).toBe(IDLE);
      expect(s.sessions.hasEnded(session('a', { expiresAt: 10 }), 10)).toBe(true);
      expect(s.sessions.hasEnded(session('a', { lastSeenAt: 100 }), 100 + IDLE - 1)).toBe(false);
      expect(s.sessions.hasEnded(session('a', { lastSeenAt: 100 }), 100 + IDLE)).toBe(true);
      expect(s.sessions.hasEnded(session('a'), 50_000)).toBe(false);
    });

    it('records a request at most once a minute', async () => {
      const s = storage();
      await seed(s);
      await s.sessions.insert(session('a'));
      await s.sessions.touch((await s.sessions.byHash('a'))!, 1000);
      expect((await s.sessions.byHash('a'))?.lastSeenAt).toBe(1000);
      await s.sessions.touch((await s.sessions.byHash('a'))!, 50_000);
      expect((await s.sessions.byHash('a'))?.lastSeenAt).toBe(1000);
      await s.sessions.touch((await s.sessions.byHash('a'))!, 61_000);
      expect((await s.sessions.byHash('a'))?.lastSeenAt).toBe(61_000);
    });

    it('ends one session, those of a participant, of a person and the screen sessions of a workshop', async () => {
      const s = storage();
      await seed(s);
      await s.sessions.insert(session('a'));
      await s.sessions.insert(session('b'));
      await s.sessions.insert(session('k-a', { kind: 'consultation', participantId: null, personId: 'k1' }));
      await s.sessions.insert(session('scr', { kind: 'screen', participantId: null, workshopId: 'w1' }));
      await s.sessions.delete('a');
      expect(await s.sessions.byHash('a')).toBeNull();
      expect(await s.sessions.deleteForParticipant('p1')).toBe(1);
      expect(await s.sessions.deleteForPerson('k1')).toEqual(['k-a']);
      expect(await s.sessions.deleteForPerson('k1')).toEqual([]);
      expect(await s.sessions.deleteScreenSessions('w1')).toEqual(['scr']);
      expect(await s.sessions.byHash('scr')).toBeNull();
    });

    it('removes expired and idle sessions only', async () => {
      const s = storage();
      await seed(s);
      await s.sessions.insert(session('expired', { expiresAt: 5000 }));
      await s.sessions.insert(session('idle', { lastSeenAt: 3000 }));
      await s.sessions.insert(session('fresh', { lastSeenAt: 4500 }));
      await s.sessions.insert(session('unseen'));
      expect(await s.sessions.deleteExpired(5000)).toBe(2);
      expect(await s.sessions.byHash('fresh')).not.toBeNull();
      expect(await s.sessions.byHash('unseen')).not.toBeNull();
    });
  });
}
