// SPDX-License-Identifier: EUPL-1.2
/**
 * Opening a consultation and what its personal links open: only the consultation, read-only. A
 * commenter's direct write to the consultation document is refused; no group, draft, live or vision
 * document opens; opening on a version that was never frozen, twice or closing in the past changes
 * nothing; links can be downloaded for mailing and revoked.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { MeAnswer } from '../../shared/api.js';
import type { CommenterView, ConsultationDashboard, ConsultationLinksAnswer } from '../../shared/apiConsultation.js';
import { readConsultation } from '../../shared/consultationDoc.js';
import { consultationDocName, draftDocName, groupDocName, liveDocName, visionDocName } from '../../shared/docNames.js';
import { hashToken } from '../../server/auth/tokens.js';
import { collabClient, startTestServer, type CollabClient, type TestServer } from '../helpers/stipServer.js';
import { consultationSetup, type ConsultationSetup } from './consultationFixture.js';

let server: TestServer;
let s: ConsultationSetup;
const open: CollabClient[] = [];
const connect = (docName: string, cookie: string) => {
  const client = collabClient(server.url, docName, cookie);
  open.push(client);
  return client;
};

beforeAll(async () => {
  server = await startTestServer();
  s = await consultationSetup(server);
});
afterEach(() => {
  for (const c of open.splice(0)) c.destroy();
});
afterAll(async () => {
  await server?.close();
});

const inAWeek = () => new Date(Date.now() + 7 * 24 * 3600_000).toISOString();

describe('opening a consultation', () => {
  it('refuses a version that was never frozen, a closing time in the past and bad CSV-only input, changing nothing', async () => {
    const refusals: [unknown, string][] = [
      [{ version: 2, closesAt: inAWeek() }, 'version-not-frozen'],
      [{ version: 1, closesAt: '2020-01-01T10:00:00Z' }, 'closes-in-past'],
      [{ version: 1, closesAt: 'volgende week' }, 'invalid-body'],
    ];
    for (const [body, error] of refusals) {
      const res = await server.api<{ error: string }>(s.base, { cookie: s.facilitator, body });
      expect(res.body.error, JSON.stringify(body)).toBe(error);
    }
    expect((await server.api<{ error: string }>(s.base, { cookie: s.facilitator })).body.error).toBe('consultation-not-found');
  });

  it('invites the absentees of meeting 1 and the CSV people, each with a personal link; only the facilitator may', async () => {
    const anna = s.seeded.participants.find((p) => p.name === 'Anna')!;
    const body = { version: 1, closesAt: inAWeek(), csv: 'naam,rol,email\nDirk,ambtenaar,dirk@voorbeeld.nl\nZonder rol,,\n' };
    expect((await server.api<{ error: string }>(s.base, { cookie: anna.cookie, body })).body.error).toBe('forbidden');
    const res = await server.api<{ people: { name: string; source: string; link: string }[]; errors: { line: number }[] }>(s.base, { cookie: s.facilitator, body });
    expect(res.status).toBe(201);
    expect(res.body.people.map((p) => `${p.name}:${p.source}`).sort()).toEqual(['Anna:absentee', 'Bert:absentee', 'Dirk:extra']);
    expect(res.body.errors.map((e) => e.line)).toEqual([3]);
    expect(new Set(res.body.people.map((p) => p.link)).size).toBe(3);
    expect((await server.api<{ error: string }>(s.base, { cookie: s.facilitator, body })).body.error).toBe('consultation-exists');
    for (const p of res.body.people) {
      const opening = await server.openLink(p.link);
      expect(opening.location).toBe(`/w/${s.workshopId}/consultatie`);
      s.commenters[p.name] = { name: p.name, link: p.link, cookie: opening.cookie!, personId: '' };
    }
    const dash = await server.api<ConsultationDashboard>(s.base, { cookie: s.facilitator });
    expect(dash.body.perCategory.raad).toEqual({ invited: 1, opened: 1, commented: 0 });
    expect(dash.body.perCategory.ambtenaren).toEqual({ invited: 2, opened: 2, commented: 0 });
  });

  it('gives the mail-merge CSV naam,email,link and the cards', async () => {
    const res = await server.api<ConsultationLinksAnswer>(`${s.base}/links`, { cookie: s.facilitator });
    const lines = res.body.csv.trim().split('\r\n');
    expect(lines[0]).toBe('naam,email,link');
    expect(lines).toContain(`Dirk,dirk@voorbeeld.nl,${s.commenters.Dirk.link}`);
    expect(res.body.cards).toHaveLength(3);
  });
});

describe('what a personal link opens', () => {
  it('is a commenter session that reads the frozen version and nothing of the workshop', async () => {
    const dirk = s.commenters.Dirk.cookie;
    const me = await server.api<MeAnswer>('/api/me', { cookie: dirk });
    expect(me.body.kind).toBe('commenter');
    const view = await server.api<CommenterView>(`${s.base}/me`, { cookie: dirk });
    expect(view.body.version.passages.map((p) => p.passageId)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
    expect(view.body.open).toBe(true);
    for (const path of [`/api/workshops/${s.workshopId}`, `/api/workshops/${s.workshopId}/versions`, `/api/workshops/${s.workshopId}/versions/1`]) {
      expect((await server.api(path, { cookie: dirk })).status, path).toBe(403);
    }
    expect((await server.api<{ error: string }>(s.base, { cookie: dirk })).body.error).toBe('forbidden');
    expect((await server.api<{ error: string }>(`${s.base}/answers`, { cookie: dirk, body: { commentIds: ['x'], answer: 'Ja', status: 'verwerkt' } })).body.error).toBe('forbidden');
    const annaParticipant = s.seeded.participants.find((p) => p.name === 'Anna')!;
    expect((await server.api<{ error: string }>(`${s.base}/me`, { cookie: annaParticipant.cookie })).body.error).toBe('forbidden');
  });

  it('opens no group, draft, live or vision document', async () => {
    const anna = s.seeded.participants.find((p) => p.name === 'Anna')!;
    const docs = [groupDocName(s.workshopId, 1), draftDocName(s.workshopId, 1, anna.id), liveDocName(s.workshopId), visionDocName(s.workshopId)];
    for (const name of docs) expect(await connect(name, s.commenters.Anna.cookie).refused(), name).toBe(403);
  });

  it('reads the consultation live but a direct write over the WebSocket is refused and changes nothing', async () => {
    const facilitator = connect(consultationDocName(s.workshopId), s.facilitator);
    const commenter = connect(consultationDocName(s.workshopId), s.commenters.Bert.cookie);
    await Promise.all([facilitator.synced(), commenter.synced()]);
    expect(readConsultation(commenter.doc).meta?.version).toBe(1);
    commenter.doc.getMap('comments').set('forged', { id: 'forged', number: 99, text: 'Nep' } as never);
    expect((await commenter.closed()).code).toBe(4003);
    const refused = connect(consultationDocName(s.workshopId), s.facilitator);
    await refused.synced();
    expect(refused.doc.getMap('comments').has('forged')).toBe(false);
    const facilitatorWrite = connect(consultationDocName(s.workshopId), s.facilitator);
    await facilitatorWrite.synced();
    facilitatorWrite.doc.getMap('comments').set('forged2', { id: 'forged2' } as never);
    expect((await facilitatorWrite.closed()).code).toBe(4003);
    const after = connect(consultationDocName(s.workshopId), s.facilitator);
    await after.synced();
    expect(after.doc.getMap('comments').size).toBe(0);
    expect(facilitator.doc.getMap('comments').size).toBe(0);
  });

  it('refuses an expired link', async () => {
    const { Anna } = s.commenters;
    const token = Anna.link.split('/').pop()!;
    await server.rows.run('UPDATE links SET expires_at = ? WHERE token_hash = ?', [Date.now() - 1000, hashToken(token)]);
    const opening = await server.openLink(Anna.link);
    expect(opening.cookie).toBeNull();
    expect(opening.location).toContain('link-expired');
    await server.rows.run('UPDATE links SET expires_at = ? WHERE token_hash = ?', [Date.now() + 3600_000, hashToken(token)]);
  });

  it('ends with a revoked link: the link no longer opens and its session is over', async () => {
    const { Bert } = s.commenters;
    const people = (await server.api<ConsultationDashboard>(s.base, { cookie: s.facilitator })).body.people;
    const bert = people.find((p) => p.name === 'Bert')!;
    const revoked = await server.api(`${s.base}/people/${bert.id}/revoke`, { cookie: s.facilitator, method: 'POST' });
    expect(revoked.status).toBe(204);
    expect((await server.api('/api/me', { cookie: Bert.cookie })).status).toBe(401);
    const again = await server.openLink(Bert.link);
    expect(again.cookie).toBeNull();
    expect(again.location).toContain('link-revoked');
    const links = await server.api<ConsultationLinksAnswer>(`${s.base}/links`, { cookie: s.facilitator });
    expect(links.body.cards.map((c) => c.name).sort()).toEqual(['Anna', 'Dirk']);
  });
});
