// SPDX-License-Identifier: EUPL-1.2
/**
 * Who may use the meeting routes, the plenary screen's link and rights, and attendance. Real
 * sessions from really opened links; document rights over real upgrades.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { MeAnswer, ParticipantView, WorkshopDetail } from '../../shared/api.js';
import type { ScreenLinkAnswer } from '../../shared/apiMeeting.js';
import {
  agreementsDocName, consultationDocName, draftDocName, groupDocName, liveDocName, roleGroupDocName, visionDocName,
} from '../../shared/docNames.js';
import { hasProbe, writeProbe } from '../helpers/probeWrite.js';
import { collabClient, startTestServer, until, type CollabClient, type SeededWorkshop, type TestServer } from '../helpers/stipServer.js';
import { seedAccessFixture } from '../helpers/accessFixture.js';

let server: TestServer;
let seeded: SeededWorkshop;
let other: SeededWorkshop;
let screenCookie: string;
const open: CollabClient[] = [];

beforeAll(async () => {
  server = await startTestServer();
  ({ seeded, other, screenCookie } = await seedAccessFixture(server, 'Toegangdorp'));
});
afterEach(() => {
  for (const c of open.splice(0)) c.destroy();
});
afterAll(async () => {
  await server?.close();
});

const id = () => seeded.workshopId;
const anna = () => seeded.participants[0];

/** Every facilitator route of the meeting API, with a valid body. */
const facilitatorRoutes = (): [string, string, unknown][] => [
  ['PATCH', `/api/workshops/${id()}/live`, { step: 'write' }],
  ['POST', `/api/workshops/${id()}/reveal`, {}],
  ['POST', `/api/workshops/${id()}/screen-link`, {}],
  ['POST', `/api/workshops/${id()}/versions`, { label: 'v1' }],
  ['PUT', `/api/workshops/${id()}/participants/${anna().id}/attendance`, { meeting: 1, status: 'present' }],
];

describe('the meeting routes', () => {
  it('answer 403 to a participant, the plenary screen and another workshop\'s facilitator, and 401 without a session', async () => {
    const callers: [string, string | undefined, number][] = [
      ['participant', anna().cookie, 403],
      ['screen', screenCookie, 403],
      ['other facilitator', other.facilitator.cookie, 403],
      ['nobody', undefined, 401],
    ];
    for (const [method, path, body] of facilitatorRoutes()) {
      for (const [who, cookie, status] of callers) {
        const res = await server.api<{ error: string; message: string }>(path, { method, cookie, body });
        expect(res.status, `${who} ${method} ${path}`).toBe(status);
        if (status === 403) expect(res.body.message).toMatch(/facilitator|screen|workshop/i);
      }
    }
    const live = await server.app.documents.read(liveDocName(id()), (doc) => doc.getMap('live').size);
    expect(live).toBe(0);
    expect((await server.api<unknown[]>(`/api/workshops/${id()}/versions`, { cookie: anna().cookie })).body).toEqual([]);
  });

  it('let everyone in the workshop read the versions and the server time, but nobody outside it', async () => {
    for (const cookie of [anna().cookie, screenCookie, seeded.facilitator.cookie]) {
      expect((await server.api(`/api/workshops/${id()}/versions`, { cookie })).status).toBe(200);
    }
    expect((await server.api(`/api/workshops/${id()}/versions`, { cookie: other.participants[0].cookie })).status).toBe(403);
    expect((await server.api(`/api/workshops/${id()}/versions`)).status).toBe(401);
    expect((await server.api<{ now: number }>('/api/time')).body.now).toEqual(expect.any(Number));
  });
});

describe('the plenary screen', () => {
  it('opens with its link on /w/<id>/plenair and says who it is in /api/me', async () => {
    const link = (await server.api<ScreenLinkAnswer>(`/api/workshops/${id()}/screen-link`, { cookie: seeded.facilitator.cookie, body: {} })).body.link;
    const opened = await server.openLink(link);
    expect(opened.status).toBe(302);
    expect(opened.location).toBe(`/w/${id()}/plenair`);
    const me = await server.api<MeAnswer>('/api/me', { cookie: opened.cookie! });
    expect(me.body).toEqual({
      kind: 'screen',
      workshop: {
        id: id(), gemeente: 'Toegangdorp', title: 'OverheidsParticipatie-visie', showNames: false,
        groupNames: ['Groep 1', 'Groep 2', 'Groep 3'], language: 'nl',
      },
      now: expect.any(Number),
    });
  });

  it('keeps one link per workshop, so asking again does not end a running screen', async () => {
    const again = await server.api<ScreenLinkAnswer>(`/api/workshops/${id()}/screen-link`, { cookie: seeded.facilitator.cookie, body: {} });
    const first = await server.api<ScreenLinkAnswer>(`/api/workshops/${id()}/screen-link`, { cookie: seeded.facilitator.cookie, body: {} });
    expect(again.body.link).toBe(first.body.link);
    expect((await server.api('/api/me', { cookie: screenCookie })).status).toBe(200);
  });

  it('reads group, vision, live, role-group and agreements documents, and cannot open drafts or the consultation', async () => {
    const expected: [string, 'read' | number][] = [
      [groupDocName(id(), 1), 'read'],
      [groupDocName(id(), 3), 'read'],
      [visionDocName(id()), 'read'],
      [liveDocName(id()), 'read'],
      [roleGroupDocName(id(), 'college'), 'read'],
      [agreementsDocName(id()), 'read'],
      [draftDocName(id(), 1, anna().id), 403],
      [consultationDocName(id()), 403],
      [groupDocName(other.workshopId, 1), 403],
    ];
    for (const [docName, want] of expected) {
      const client = collabClient(server.url, docName, screenCookie);
      open.push(client);
      const outcome = await Promise.race([client.synced().then(() => 'open' as const), client.refused()]);
      if (want !== 'read') {
        expect(outcome, docName).toBe(want);
        continue;
      }
      expect(outcome, docName).toBe('open');
      client.doc.getMap('probe').set('screen', true);
      expect((await client.closed()).code, docName).toBe(4003);
    }
  });

  it('receives what a group writes', async () => {
    const screen = collabClient(server.url, groupDocName(id(), 1), screenCookie);
    const writer = collabClient(server.url, groupDocName(id(), 1), anna().cookie);
    open.push(screen, writer);
    await Promise.all([screen.synced(), writer.synced()]);
    writeProbe(writer.doc, groupDocName(id(), 1), 'for-the-screen');
    await until([screen.doc], () => hasProbe(screen.doc, groupDocName(id(), 1), 'for-the-screen'));
  });

  it('cannot write through the API, but can log out', async () => {
    const res = await server.api<{ error: string }>(`/api/workshops/${id()}/participants`, { cookie: screenCookie, body: { name: 'Indringer', role: 'raadslid' } });
    expect(res.status).toBe(403);
    const link = (await server.api<ScreenLinkAnswer>(`/api/workshops/${id()}/screen-link`, { cookie: seeded.facilitator.cookie, body: {} })).body.link;
    const throwaway = (await server.openLink(link)).cookie!;
    expect((await server.api('/api/logout', { cookie: throwaway, body: {} })).status).toBe(200);
    expect((await server.api('/api/me', { cookie: throwaway })).status).toBe(401);
  });
});

describe('attendance', () => {
  const attendance = (pid: string) => `/api/workshops/${id()}/participants/${pid}/attendance`;

  it('is recorded per participant per meeting and shown in the participant list', async () => {
    const res = await server.api<ParticipantView>(attendance(anna().id), { method: 'PUT', cookie: seeded.facilitator.cookie, body: { meeting: 1, status: 'present' } });
    expect(res.status).toBe(200);
    expect(res.body.attendance).toEqual({ m1: 'present', m2: null });
    await server.api(attendance(anna().id), { method: 'PUT', cookie: seeded.facilitator.cookie, body: { meeting: 2, status: 'absent' } });
    const detail = await server.api<WorkshopDetail>(`/api/workshops/${id()}`, { cookie: seeded.facilitator.cookie });
    const byName = Object.fromEntries(detail.body.participants.map((p) => [p.name, p.attendance]));
    expect(byName).toEqual({ Procesbegeleider: { m1: null, m2: null }, Anna: { m1: 'present', m2: 'absent' }, Bram: { m1: null, m2: null } });

    const cleared = await server.api<ParticipantView>(attendance(anna().id), { method: 'PUT', cookie: seeded.facilitator.cookie, body: { meeting: 1, status: null } });
    expect(cleared.body.attendance).toEqual({ m1: null, m2: 'absent' });
  });

  it('refuses invalid bodies and unknown participants and changes nothing', async () => {
    const before = (await server.api<WorkshopDetail>(`/api/workshops/${id()}`, { cookie: seeded.facilitator.cookie })).body;
    for (const body of [{ meeting: 3, status: 'present' }, { meeting: 1, status: 'late' }, { meeting: 1 }, { meeting: '1', status: 'present' }]) {
      const res = await server.api<{ error: string; issues: unknown[] }>(attendance(anna().id), { method: 'PUT', cookie: seeded.facilitator.cookie, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.issues.length).toBeGreaterThan(0);
    }
    const elsewhere = await server.api<{ error: string }>(attendance(other.participants[0].id), { method: 'PUT', cookie: seeded.facilitator.cookie, body: { meeting: 1, status: 'present' } });
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.body.error).toBe('participant-not-found');
    expect((await server.api<WorkshopDetail>(`/api/workshops/${id()}`, { cookie: seeded.facilitator.cookie })).body).toEqual(before);
  });
});
