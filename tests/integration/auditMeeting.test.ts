// SPDX-License-Identifier: EUPL-1.2
/**
 * The audit log while running a meeting: every successful meeting write by the facilitator (live
 * state, reveal, version, screen link, attendance) is recorded with who, what, which object and
 * the result; refused and invalid writes are not recorded as done.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntryView } from '../../shared/apiAvg.js';
import { startTestServer, type SeededWorkshop, type TestServer } from '../helpers/stipServer.js';

let server: TestServer;
let seeded: SeededWorkshop;

beforeAll(async () => {
  server = await startTestServer();
  seeded = await server.seedWorkshop({
    gemeente: 'Regiedorp',
    participants: [{ name: 'Anna Regie', role: 'raadslid', group: 1 }, { name: 'Bram Regie', role: 'ambtenaar', group: 2 }],
  });
});
afterAll(async () => {
  await server?.close();
});

const w = () => `/api/workshops/${seeded.workshopId}`;
const asFacilitator = (path: string, method: string, body?: unknown) => server.api(`${w()}${path}`, { method, cookie: seeded.facilitator.cookie, body });
const auditLog = async () => {
  const res = await server.api<AuditEntryView[]>(`${w()}/audit`, { cookie: seeded.facilitator.cookie });
  expect(res.status).toBe(200);
  return res.body;
};
const summary = (e: AuditEntryView) => [e.action, e.objectType, e.objectId, e.result];

describe('the audit log of a meeting', () => {
  it('records every live update with what it set, newest first', async () => {
    expect((await asFacilitator('/live', 'PATCH', { step: 'write' })).status).toBe(200);
    expect((await asFacilitator('/live', 'PATCH', { timer: { action: 'start', durationSeconds: 300 }, message: 'Nog vijf minuten', focus: 'plenary' })).status).toBe(200);
    expect((await asFacilitator('/live', 'PATCH', { lock: { group: 2, locked: true } })).status).toBe(200);
    expect((await asFacilitator('/live', 'PATCH', { lockAll: false, message: null, plenaryView: 'vision' })).status).toBe(200);

    const log = await auditLog();
    expect(log.slice(0, 4).map(summary)).toEqual([
      ['live.update', 'live', 'lockAll=unlocked,message=cleared,plenaryView=vision', 'ok'],
      ['live.update', 'live', 'lock=2:locked', 'ok'],
      ['live.update', 'live', 'timer=start,message=set,focus=plenary', 'ok'],
      ['live.update', 'live', 'step=write', 'ok'],
    ]);
    expect(JSON.stringify(log)).not.toContain('Nog vijf minuten');
  });

  it('records a reveal of one group, and the reveal that leaving step 1 sets off', async () => {
    expect((await asFacilitator('/reveal', 'POST', { group: 1 })).status).toBe(200);
    expect((await asFacilitator('/live', 'PATCH', { step: 'endorse' })).status).toBe(200);
    expect((await auditLog()).slice(0, 3).map(summary)).toEqual([
      ['reveal', 'group', null, 'ok'],
      ['live.update', 'live', 'step=endorse', 'ok'],
      ['reveal', 'group', '1', 'ok'],
    ]);
  });

  it('records a frozen version, the screen link and attendance, with the facilitator as actor and a time', async () => {
    const anna = seeded.participants[0];
    const version = await asFacilitator('/versions', 'POST', { label: 'Na bijeenkomst 1' });
    expect(version.status).toBe(201);
    expect((await asFacilitator('/screen-link', 'POST')).status).toBe(200);
    expect((await asFacilitator(`/participants/${anna.id}/attendance`, 'PUT', { meeting: 1, status: 'present' })).status).toBe(200);

    const log = await auditLog();
    expect(log.slice(0, 3).map(summary)).toEqual([
      ['attendance.set', 'participant', anna.id, 'ok'],
      ['screenLink.create', 'screenLink', null, 'ok'],
      ['version.create', 'visionVersion', '1', 'ok'],
    ]);
    for (const e of log.slice(0, 3)) {
      expect(e.actor).toEqual({ kind: 'participant', id: expect.any(String), name: 'Procesbegeleider' });
      expect(Date.parse(e.at)).not.toBeNaN();
    }
    expect(JSON.stringify(log)).not.toContain('/j/');
  });

  it('names the set-up session when it runs the meeting', async () => {
    const res = await server.api(`${w()}/live`, { method: 'PATCH', cookie: seeded.setupCookie, body: { focus: 'groups' } });
    expect(res.status).toBe(200);
    expect((await auditLog())[0]).toMatchObject({ action: 'live.update', objectId: 'focus=groups', actor: { kind: 'setup', id: null, name: 'Beheerder' } });
  });

  it('does not record refused or invalid meeting writes as done', async () => {
    const before = (await auditLog())[0].id;
    const bram = seeded.participants[1];
    expect((await server.api(`${w()}/live`, { method: 'PATCH', cookie: bram.cookie, body: { step: 'horizon' } })).status).toBe(403);
    expect((await asFacilitator('/live', 'PATCH', { step: 'dansen' })).status).toBe(400);
    expect((await asFacilitator('/reveal', 'POST', { group: 9 })).status).toBe(400);
    expect((await asFacilitator('/versions', 'POST', { label: '' })).status).toBe(400);
    expect((await asFacilitator('/participants/bestaatniet/attendance', 'PUT', { meeting: 1, status: 'absent' })).status).toBe(404);
    const log = await auditLog();
    expect(log.filter((e) => e.id > before && e.result === 'ok')).toEqual([]);
  });
});
