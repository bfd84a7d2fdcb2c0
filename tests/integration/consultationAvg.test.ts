// SPDX-License-Identifier: EUPL-1.2
/**
 * AVG and the consultation: the export holds every invited person and every comment with its author;
 * deleting the workshop, and the retention sweep, leave nothing of commenters or their comments.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkshopExport } from '../../shared/apiAvg.js';
import { startTestServer, type TestServer } from '../helpers/stipServer.js';
import { anchorOn, consultationSetup, type ConsultationSetup } from './consultationFixture.js';

const DAY = 24 * 3600_000;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stip-consultation-avg-'));
let server: TestServer;
let deleted: ConsultationSetup;
let expired: ConsultationSetup;
const DELETED_TEXT = 'Geheime reactie die weg moet';
const EXPIRED_TEXT = 'Oude reactie die verloopt';

beforeAll(async () => {
  server = await startTestServer({ dataDir });
  deleted = await consultationSetup(server, { open: true, gemeente: 'Wisdorp' });
  expired = await consultationSetup(server, { open: true, gemeente: 'Ouddorp' });
  for (const [s, text] of [[deleted, DELETED_TEXT], [expired, EXPIRED_TEXT]] as const) {
    const res = await server.api(`${s.base}/comments`, { cookie: s.commenters.Dirk.cookie, body: { stance: 'oneens', text, anchor: anchorOn('p3', 'kaders') } });
    expect(res.status).toBe(201);
  }
});
afterAll(async () => {
  await server?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('the AVG export', () => {
  it('holds every commenter and every comment with its author', async () => {
    const res = await server.api<WorkshopExport>(`/api/workshops/${deleted.workshopId}/export`, { cookie: deleted.facilitator });
    const consultation = res.body.consultation!;
    expect(consultation.people.map((p) => p.name).sort()).toEqual(['Anna', 'Bert', 'Dirk']);
    expect(consultation.people.find((p) => p.name === 'Dirk')).toMatchObject({ email: 'dirk@voorbeeld.nl', source: 'extra', participantId: null });
    expect(consultation.comments).toEqual([expect.objectContaining({ number: 1, authorName: 'Dirk', text: DELETED_TEXT, quote: 'kaders' })]);
  });
});

describe('deleting the workshop', () => {
  it('removes commenters, their links, sessions and comments', async () => {
    expect((await server.rows.mentioning(DELETED_TEXT)).length).toBeGreaterThan(0);
    const res = await server.api(`/api/workshops/${deleted.workshopId}`, { method: 'DELETE', cookie: deleted.facilitator, body: { confirm: 'Wisdorp' } });
    expect(res.status).toBe(200);
    expect(await server.rows.mentioning(DELETED_TEXT)).toEqual([]);
    expect(await server.rows.mentioning(deleted.workshopId)).toEqual([]);
    for (const c of Object.values(deleted.commenters)) {
      expect(await server.rows.mentioning(c.personId || c.link.split('/').pop()!)).toEqual([]);
      expect((await server.api('/api/me', { cookie: c.cookie })).status).toBe(401);
    }
    expect((await server.rows.mentioning('dirk@voorbeeld.nl')).length).toBeGreaterThan(0);
  });
});

describe('retention', () => {
  it('sweeps an expired workshop with its consultation', async () => {
    await server.rows.run('UPDATE workshops SET created_at = ?, meeting1 = ? WHERE id = ?', [Date.now() - 400 * DAY, '2024-01-15', expired.workshopId]);
    await server.close();
    server = await startTestServer({ dataDir, retentionDays: 365 });
    while (await server.app.services.stores.workshops.getWorkshop(expired.workshopId)) await new Promise((r) => setTimeout(r, 20));
    expect(await server.rows.mentioning(EXPIRED_TEXT)).toEqual([]);
    expect(await server.rows.mentioning('dirk@voorbeeld.nl')).toEqual([]);
    expect(Number((await server.rows.get<{ n: number }>('SELECT COUNT(*) AS n FROM consultation_people'))!.n)).toBe(0);
  });
});
