// SPDX-License-Identifier: EUPL-1.2
/**
 * AVG and the agreements register: the export carries every agreement with its progress and
 * intervisie notes and their authors' names; deleting the workshop leaves none of them in the
 * store; the retention sweep deletes them with an expired workshop, but keeps a workshop whose
 * agreements are still in use (a review moment ahead).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkshopExport } from '../../shared/apiAvg.js';
import type { Agreement } from '../../shared/agreementsDoc.js';
import { appendIntervisie, appendProgress, putAgreement } from '../../shared/agreementsDoc.js';
import { agreementsDocName } from '../../shared/docNames.js';
import { sweepRetention } from '../../server/services/privacy/retentionSweeper.js';
import { startTestServer, type SeededParticipant, type SeededWorkshop, type TestServer } from '../helpers/stipServer.js';

const DAY = 86_400_000;
const PROGRESS_NOTE = 'Voortgang-notitie-van-Rita-7319';
const INTERVISIE_NOTE = 'Intervisie-gesprek-van-Tom-5521';
let server: TestServer;
let seeded: SeededWorkshop;

beforeAll(async () => {
  server = await startTestServer();
  seeded = await server.seedWorkshop({
    gemeente: 'Privacydorp',
    participants: [{ name: 'Rita Raad', role: 'raadslid' }, { name: 'Tom Teamleider', role: 'ambtenaar' }],
  });
  const cookie = seeded.facilitator.cookie;
  const moment = new Date(Date.now() + 30 * DAY).toISOString().slice(0, 10);
  const made = await server.api<Agreement>(`/api/workshops/${seeded.workshopId}/agreements`, { cookie, body: { text: 'De raad vraagt eerst.', owners: ['raad'], reviewMoments: [moment] } });
  expect(made.status).toBe(201);
  const aid = made.body.id;
  expect((await server.api(`/api/workshops/${seeded.workshopId}/agreements/${aid}/progress`, { cookie: person('Rita Raad').cookie, body: { reviewMoment: moment, state: 'opKoers', note: PROGRESS_NOTE } })).status).toBe(201);
  await server.api(`/api/workshops/${seeded.workshopId}/team-leaders/${person('Tom Teamleider').id}`, { method: 'PUT', cookie, body: { teamLeader: true } });
  expect((await server.api(`/api/workshops/${seeded.workshopId}/agreements/${aid}/intervisie`, { cookie: person('Tom Teamleider').cookie, body: { text: INTERVISIE_NOTE } })).status).toBe(201);
});
afterAll(async () => {
  await server?.close();
});

const person = (name: string): SeededParticipant => seeded.participants.find((p) => p.name === name)!;

describe('the AVG export', () => {
  it('carries every agreement with its progress and intervisie notes, authors named, even when the workshop shows roles only', async () => {
    const res = await server.api<WorkshopExport>(`/api/workshops/${seeded.workshopId}/export`, { cookie: seeded.facilitator.cookie });
    expect(res.status).toBe(200);
    const [agreement] = res.body.agreements.agreements;
    expect(agreement).toMatchObject({ number: 1, text: 'De raad vraagt eerst.', owners: ['raad'] });
    expect(agreement.progress).toEqual([expect.objectContaining({ note: PROGRESS_NOTE, state: 'opKoers', byKey: person('Rita Raad').authorKey, byName: 'Rita Raad', byRole: 'raadslid' })]);
    expect(agreement.intervisie).toEqual([expect.objectContaining({ text: INTERVISIE_NOTE, byName: 'Tom Teamleider', byRole: 'ambtenaar' })]);
    expect(res.body.agreements.teamLeaders).toEqual([{ authorKey: person('Tom Teamleider').authorKey, name: 'Tom Teamleider' }]);
    expect(res.body.otherDocuments.map((d) => d.name)).not.toContain(agreementsDocName(seeded.workshopId));
  });

  it('is not for participants', async () => {
    expect((await server.api(`/api/workshops/${seeded.workshopId}/export`, { cookie: person('Rita Raad').cookie })).status).toBe(403);
  });
});

describe('retention', () => {
  /** A workshop whose meetings and creation lie 400 days back, with one agreement reviewed on `moment`. */
  async function oldWorkshop(gemeente: string, moment: string, note: string): Promise<string> {
    const s = await server.seedWorkshop({ gemeente, participants: [{ name: `Lid van ${gemeente}`, role: 'raadslid' }] });
    const at = Date.now() - 400 * DAY;
    await server.app.services.documents.change(agreementsDocName(s.workshopId), (doc) => {
      putAgreement(doc, { id: 'a_0000000000000001', number: 1, text: `Afspraak ${gemeente}`, owners: ['raad'], reviewMoments: [moment], status: 'vastgesteld', sources: [], createdAt: at, updatedAt: at });
      appendProgress(doc, 'a_0000000000000001', { id: 'v_0000000000000001', at, reviewMoment: moment, state: 'nietGelukt', note, byKey: s.participants[0].authorKey, byRole: 'raadslid' });
      appendIntervisie(doc, 'a_0000000000000001', { id: 'i_0000000000000001', at, text: `${note}-intervisie`, byKey: s.participants[0].authorKey, byRole: 'raadslid' });
    });
    await server.rows.run('UPDATE workshops SET created_at = ? WHERE id = ?', [at, s.workshopId]);
    return s.workshopId;
  }

  it('deletes an expired workshop with its agreements’ notes, and keeps one whose review moment is still ahead', async () => {
    const expired = await oldWorkshop('Verlopendorp', new Date(Date.now() - 390 * DAY).toISOString().slice(0, 10), 'Oude-notitie-4410');
    const inUse = await oldWorkshop('Bezigdorp', new Date(Date.now() + 20 * DAY).toISOString().slice(0, 10), 'Lopende-notitie-8820');
    const deleted = await sweepRetention(server.app.services, 365);
    expect(deleted).toEqual([expired]);
    expect(await server.rows.mentioning('Oude-notitie-4410')).toEqual([]);
    expect(await server.app.services.stores.workshops.getWorkshop(inUse)).not.toBeNull();
    expect(await server.app.services.stores.workshops.getWorkshop(seeded.workshopId)).not.toBeNull();
  });
});

describe('deleting the workshop', () => {
  it('leaves none of its progress or intervisie notes in the store', async () => {
    // Stored first (the store writes each accepted update within its flush window).
    await expect.poll(async () => (await server.rows.mentioning(PROGRESS_NOTE)).length).toBeGreaterThan(0);
    const res = await server.api(`/api/workshops/${seeded.workshopId}`, { method: 'DELETE', cookie: seeded.facilitator.cookie, body: { confirm: 'Privacydorp' } });
    expect(res.status).toBe(200);
    expect(await server.rows.mentioning(PROGRESS_NOTE)).toEqual([]);
    expect(await server.rows.mentioning(INTERVISIE_NOTE)).toEqual([]);
  });
});
