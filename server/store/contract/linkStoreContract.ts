// SPDX-License-Identifier: EUPL-1.2
/** The contract of LinkStorePort (join, set-up, screen and consultation links), run by every implementation. */
import { describe, expect, it } from 'vitest';
import type { LinkRecord } from '../workshopLinkStore.js';
import type { WorkshopStorage } from '../storePorts.js';
import { aParticipant, aWorkshop, storageForEachTest, type MakeWorkshopStorage } from './storageSubject.js';

const link = (tokenHash: string, changes: Partial<LinkRecord> = {}): LinkRecord => ({
  tokenHash, tokenEnc: `enc-${tokenHash}`, kind: 'participant', participantId: 'p1', createdAt: 1, expiresAt: 100, revokedAt: null, usedAt: null, workshopId: null, personId: null, ...changes,
});

async function seed(s: WorkshopStorage): Promise<void> {
  await s.workshops.insertWorkshop(aWorkshop('w1'));
  await s.workshops.insertWorkshop(aWorkshop('w2'));
  await s.workshops.insertParticipant(aParticipant('p1', 'w1'));
  await s.consultations.insertConsultation({ id: 'c1', workshopId: 'w1', version: 1, intro: '', closesAt: 100, closedEarly: false, repliesAllowed: true, openedAt: 0, publishedAt: null, newVersion: null });
  await s.consultations.insertPerson({ id: 'k1', consultationId: 'c1', workshopId: 'w1', participantId: null, name: 'Kees', role: 'ambtenaar', email: null, source: 'extra', createdAt: 0, openedAt: null });
}

/** Registers the suite for one implementation. */
export function describeLinkStoreContract(make: MakeWorkshopStorage): void {
  describe('the link store port', () => {
    const storage = storageForEachTest(make);

    it('stores a link and finds it by its hash, with every field', async () => {
      const s = storage();
      await seed(s);
      await s.links.insert(link('a'));
      await s.links.insert(link('setup', { kind: 'setup', participantId: null }));
      expect(await s.links.byHash('a')).toEqual(link('a'));
      expect(await s.links.byHash('setup')).toEqual(link('setup', { kind: 'setup', participantId: null }));
      expect(await s.links.byHash('nope')).toBeNull();
    });

    it("finds a participant's newest live link (ties: last stored), not revoked or expired ones", async () => {
      const s = storage();
      await seed(s);
      await s.links.insert(link('old', { createdAt: 1 }));
      await s.links.insert(link('tie1', { createdAt: 2 }));
      await s.links.insert(link('tie2', { createdAt: 2 }));
      await s.links.insert(link('expired', { createdAt: 3, expiresAt: 50 }));
      expect((await s.links.liveForParticipant('p1', 60))?.tokenHash).toBe('tie2');
      expect(await s.links.revokeForParticipant('p1', 70)).toBe(4);
      expect(await s.links.revokeForParticipant('p1', 71)).toBe(0);
      expect(await s.links.liveForParticipant('p1', 80)).toBeNull();
      expect((await s.links.byHash('old'))?.revokedAt).toBe(70);
    });

    it('marks a one-time link used once only, and records the uses of a reusable link', async () => {
      const s = storage();
      await seed(s);
      await s.links.insert(link('setup', { kind: 'setup', participantId: null }));
      expect(await s.links.markUsedOnce('setup', 5)).toBe(true);
      expect(await s.links.markUsedOnce('setup', 6)).toBe(false);
      expect((await s.links.byHash('setup'))?.usedAt).toBe(5);
      await s.links.insert(link('a'));
      await s.links.touch('a', 7);
      await s.links.touch('a', 8);
      expect((await s.links.byHash('a'))?.usedAt).toBe(8);
    });

    it('revokes only the set-up links not used yet', async () => {
      const s = storage();
      await seed(s);
      await s.links.insert(link('used', { kind: 'setup', participantId: null, usedAt: 3 }));
      await s.links.insert(link('fresh', { kind: 'setup', participantId: null }));
      await s.links.insert(link('a'));
      expect(await s.links.revokeUnusedSetupLinks(9)).toBe(1);
      expect((await s.links.byHash('fresh'))?.revokedAt).toBe(9);
      expect((await s.links.byHash('used'))?.revokedAt).toBeNull();
      expect((await s.links.byHash('a'))?.revokedAt).toBeNull();
    });

    it("finds and revokes a workshop's screen links", async () => {
      const s = storage();
      await seed(s);
      await s.links.insert(link('s1', { kind: 'screen', participantId: null, workshopId: 'w1', createdAt: 1 }));
      await s.links.insert(link('s2', { kind: 'screen', participantId: null, workshopId: 'w1', createdAt: 2 }));
      await s.links.insert(link('other', { kind: 'screen', participantId: null, workshopId: 'w2', createdAt: 3 }));
      expect((await s.links.liveScreenLink('w1', 50))?.tokenHash).toBe('s2');
      expect(await s.links.liveScreenLink('w1', 100)).toBeNull();
      expect(await s.links.revokeScreenLinks('w1', 60)).toBe(2);
      expect(await s.links.liveScreenLink('w1', 61)).toBeNull();
      expect((await s.links.liveScreenLink('w2', 61))?.tokenHash).toBe('other');
    });

    it("keeps a consultation person's links: the newest (revoked or not), revoking, and the shared expiry", async () => {
      const s = storage();
      await seed(s);
      await s.links.insert(link('k-a', { kind: 'consultation', participantId: null, workshopId: 'w1', personId: 'k1', createdAt: 1 }));
      await s.links.insert(link('k-b', { kind: 'consultation', participantId: null, workshopId: 'w1', personId: 'k1', createdAt: 2 }));
      expect(await s.links.revokeForPerson('k1', 5)).toBe(2);
      expect(await s.links.latestForPerson('k1')).toMatchObject({ tokenHash: 'k-b', revokedAt: 5, personId: 'k1', workshopId: 'w1' });
      expect(await s.links.latestForPerson('nobody')).toBeNull();
      expect(await s.links.setConsultationExpiry('w1', 500)).toBe(2);
      expect((await s.links.byHash('k-a'))?.expiresAt).toBe(500);
      expect(await s.links.setConsultationExpiry('w2', 500)).toBe(0);
    });
  });
}
