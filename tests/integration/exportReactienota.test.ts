// SPDX-License-Identifier: EUPL-1.2
/**
 * The reactienota in the dossier before it is published: the facilitator's export shows the draft
 * under a clear "nog niet gepubliceerd"; a participant's export (downloads allowed) shows only the
 * process account (counts per role category, no names) and the same notice, never a draft answer
 * or a comment. After publication both show the answers.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsultationComment } from '../../shared/consultationDoc.js';
import { exportThroughApi } from '../helpers/exportDownload.js';
import { stipCli } from '../helpers/stipCli.js';
import { startTestServer, type TestServer } from '../helpers/stipServer.js';
import { anchorOn, consultationSetup, type ConsultationSetup } from './consultationFixture.js';

let server: TestServer;
let s: ConsultationSetup;
const DRAFT = 'Concept-antwoord: we kijken er nog naar.';
const COMMENT = 'Wanneer is het begin precies?';

beforeAll(async () => {
  server = await startTestServer();
  s = await consultationSetup(server, { open: true });
  const posted = await server.api<ConsultationComment>(`${s.base}/comments`, { cookie: s.commenters.Anna.cookie, body: { stance: 'aanvulling', text: COMMENT, anchor: anchorOn('p1', 'vanaf het begin') } });
  expect(posted.status).toBe(201);
  expect((await server.api(`${s.base}/answers`, { cookie: s.facilitator, body: { commentIds: [posted.body.id], answer: DRAFT, status: 'deels', wherePassageId: 'p1' } })).status).toBe(201);
  expect((await server.api(`/api/workshops/${s.workshopId}/dossier/settings`, { method: 'PUT', cookie: s.facilitator, body: { participantsMayDownload: true } })).status).toBe(200);
});
afterAll(async () => {
  await server?.close();
});

const markdown = async (cookie: string) => (await exportThroughApi(server, s.workshopId, cookie, { format: 'md', parts: ['consultation'] })).bytes.toString('utf8');
const participant = () => s.seeded.participants.find((p) => p.name === 'Cor')!.cookie;

describe('the reactienota in the dossier', () => {
  it('is the facilitator\'s draft under "nog niet gepubliceerd" before publication', async () => {
    const md = await markdown(s.facilitator);
    expect(md).toContain('*Nog niet gepubliceerd: dit is het concept van de procesbegeleider.*');
    expect(md).toContain(`Antwoord: ${DRAFT}`);
    expect(md).toContain(COMMENT);
    expect(md).toContain('Conclusie: tekst deels aangepast.');
    expect(md).toContain('| Raad | 1 | 1 |');
    expect(md).not.toContain('Anna');
  });

  it('shows participants only the process account before publication, and the answers after it', async () => {
    const before = await markdown(participant());
    expect(before).toContain('*Nog niet gepubliceerd: de reactienota volgt als de procesbegeleider haar publiceert.*');
    expect(before).toContain('| Raad | 1 | 1 |');
    for (const hidden of [DRAFT, COMMENT, 'Anna']) expect(before).not.toContain(hidden);
    expect((await server.api(`${s.base}/reactienota/publish`, { cookie: s.facilitator, method: 'POST' })).status).toBe(200);
    const after = await markdown(participant());
    expect(after).toContain(`Antwoord: ${DRAFT}`);
    expect(after).not.toContain('Nog niet gepubliceerd');
  });

  it('comes out of the CLI the same as from the API (the CLI has no live documents)', async () => {
    const api = await markdown(s.facilitator);
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'stip-nota-')), 'nota.md');
    const run = stipCli(['export', s.workshopId, '--format', 'md', '--parts', 'consultation', '--out', out], server);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toBe(api);
    fs.rmSync(path.dirname(out), { recursive: true, force: true });
  });
});
