// SPDX-License-Identifier: EUPL-1.2
/** The audit log: every facilitator action is recorded with who, what and the result, and shown newest first. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LinkView, ParticipantView, WorkshopDetail } from '../../shared/api.js';
import type { AuditEntryView } from '../../shared/apiAvg.js';
import { audit } from '../../server/services/privacy/audit.js';
import { startTestServer, type SeededWorkshop, type TestServer } from '../helpers/stipServer.js';

let server: TestServer;
let seeded: SeededWorkshop;
let other: SeededWorkshop;

beforeAll(async () => {
  server = await startTestServer();
  seeded = await server.seedWorkshop({ gemeente: 'Auditdorp', participants: [{ name: 'Anna Audit', role: 'raadslid', group: 1 }, { name: 'Bram Audit', role: 'ambtenaar', group: 2 }] });
  other = await server.seedWorkshop({ gemeente: 'Buurdorp', participants: [{ name: 'Olaf Buur', role: 'raadslid', group: 1 }] });
});
afterAll(async () => {
  await server?.close();
});

const auditOf = (cookie: string, query = '') => server.api<AuditEntryView[]>(`/api/workshops/${seeded.workshopId}/audit${query}`, { cookie });

describe('the audit log', () => {
  it('records every facilitator action, newest first, with the actor and the object', async () => {
    const w = `/api/workshops/${seeded.workshopId}`;
    const f = seeded.facilitator.cookie;
    const [anna, bram] = seeded.participants;
    expect((await server.api(w, { method: 'PATCH', cookie: f, body: { title: 'Nieuwe titel' } })).status).toBe(200);
    const added = await server.api<ParticipantView>(`${w}/participants`, { cookie: f, body: { name: 'Cees Audit', role: 'directie' } });
    expect((await server.api(`${w}/participants/import`, { cookie: f, body: { csv: 'naam,rol\nDina Audit,ambtenaar\n' } })).status).toBe(200);
    expect((await server.api(`${w}/participants/${anna.id}`, { method: 'PATCH', cookie: f, body: { name: 'Anna Audit-Jansen' } })).status).toBe(200);
    expect((await server.api(`${w}/participants/${bram.id}`, { method: 'PATCH', cookie: f, body: { group: 3 } })).status).toBe(200);
    expect((await server.api(`${w}/participants/${anna.id}/link`, { cookie: f, body: {} })).status).toBe(200);
    expect((await server.api<WorkshopDetail>(`${w}/groups/assign`, { cookie: f, body: {} })).status).toBe(200);
    expect((await server.api(`${w}/participants/${added.body.id}`, { method: 'DELETE', cookie: f })).status).toBe(204);

    const log = await auditOf(f);
    expect(log.status).toBe(200);
    expect(log.body.slice(0, 8).map((e) => [e.action, e.objectId, e.result])).toEqual([
      ['participant.remove', added.body.id, 'ok'],
      ['group.assign', null, 'ok'],
      ['link.renew', anna.id, 'ok'],
      ['group.move', bram.id, 'ok'],
      ['participant.update', anna.id, 'ok'],
      ['participant.import', null, 'ok'],
      ['participant.add', added.body.id, 'ok'],
      ['workshop.update', seeded.workshopId, 'ok'],
    ]);
    for (const e of log.body.slice(0, 8)) {
      expect(e.actor).toEqual({ kind: 'participant', id: expect.any(String), name: 'Procesbegeleider' });
      expect(Date.parse(e.at)).not.toBeNaN();
    }
    const ids = log.body.map((e) => e.id);
    expect([...ids].sort((a, b) => b - a)).toEqual(ids);
    const oldest = log.body.at(-1)!;
    expect([oldest.action, oldest.actor.kind, oldest.actor.name]).toEqual(['workshop.create', 'setup', 'Beheerder']);
  });

  it('records a participant trying what only the facilitator may do, but not attempts from outside the workshop', async () => {
    const w = `/api/workshops/${seeded.workshopId}`;
    const [anna] = seeded.participants;
    // Anna's link was renewed above: she signs in with her new one.
    const links = (await server.api<LinkView[]>(`${w}/links`, { cookie: seeded.facilitator.cookie })).body;
    const annaCookie = (await server.openLink(links.find((l) => l.participantId === anna.id)!.link)).cookie!;
    expect((await server.api(w, { method: 'PATCH', cookie: annaCookie, body: { title: 'Gekaapt' } })).status).toBe(403);
    expect((await server.api(w, { method: 'PATCH', cookie: other.participants[0].cookie, body: { title: 'Gekaapt' } })).status).toBe(403);
    expect((await server.api(w, { method: 'DELETE', cookie: annaCookie, body: { confirm: 'Auditdorp' } })).status).toBe(403);
    const log = (await auditOf(seeded.facilitator.cookie)).body;
    expect(log.slice(0, 2).map((e) => [e.action, e.result, e.actor.id])).toEqual([['workshop.delete', 'forbidden', anna.id], ['workshop.update', 'forbidden', anna.id]]);
    expect(log.filter((e) => e.result === 'forbidden')).toHaveLength(2);
    expect(JSON.stringify(log)).not.toContain('Olaf');
  });

  it('takes entries from other parts of the server through audit()', async () => {
    await audit(server.app.services, { workshopId: seeded.workshopId, actor: 'system', action: 'version.create', objectType: 'visionVersion', objectId: '1' });
    const log = (await auditOf(seeded.facilitator.cookie)).body;
    expect(log[0]).toMatchObject({ action: 'version.create', objectType: 'visionVersion', objectId: '1', result: 'ok', actor: { kind: 'system', id: null, name: null } });
  });

  it('pages with limit and before, and refuses a bad query', async () => {
    const all = (await auditOf(seeded.facilitator.cookie)).body;
    const first = (await auditOf(seeded.facilitator.cookie, '?limit=3')).body;
    expect(first.map((e) => e.id)).toEqual(all.slice(0, 3).map((e) => e.id));
    const next = (await auditOf(seeded.facilitator.cookie, `?limit=3&before=${first[2].id}`)).body;
    expect(next.map((e) => e.id)).toEqual(all.slice(3, 6).map((e) => e.id));
    expect((await auditOf(seeded.facilitator.cookie, '?limit=-1')).status).toBe(400);
    expect((await auditOf(seeded.facilitator.cookie, '?before=abc')).status).toBe(400);
  });

  it('is only for the facilitator of the workshop', async () => {
    expect((await auditOf(seeded.participants[1].cookie)).status).toBe(403);
    expect((await auditOf(other.facilitator.cookie)).status).toBe(403);
    expect((await server.api(`/api/workshops/${seeded.workshopId}/audit`)).status).toBe(401);
  });
});
