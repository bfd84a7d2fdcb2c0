// SPDX-License-Identifier: EUPL-1.2
/** Setting up a workshop through the API: workshops, participants, CSV import, groups, links, authors. */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportAnswer, LinkView, ParticipantView, WorkshopDetail, WorkshopSummary } from '../../shared/api.js';
import { roleCategory } from '../../shared/roles.js';
import { startTestServer, type TestServer } from '../helpers/stipServer.js';

const CSV_47 = fs.readFileSync(new URL('../fixtures/deelnemers-middelgrote-gemeente.csv', import.meta.url), 'utf8');

let server: TestServer;
let setup: string;

beforeAll(async () => {
  server = await startTestServer();
  setup = await server.setupSession();
});
afterAll(async () => {
  await server?.close();
});

const range = (xs: number[]) => Math.max(...xs) - Math.min(...xs);

function groupSizes(people: { role: string; group: number | null }[]): number[] {
  const sizes = [0, 0, 0];
  for (const p of people) if (p.role !== 'facilitator') sizes[p.group! - 1]++;
  return sizes;
}

async function createWorkshop(body: Record<string, unknown> = { gemeente: 'Testdorp' }): Promise<WorkshopDetail> {
  const res = await server.api<WorkshopDetail>('/api/workshops', { cookie: setup, body });
  expect(res.status).toBe(201);
  return res.body;
}

const detail = async (id: string, cookie = setup) => (await server.api<WorkshopDetail>(`/api/workshops/${id}`, { cookie })).body;

describe('the installation organiser', () => {
  it('creates a workshop with a facilitator and the facilitator link', async () => {
    const w = await createWorkshop({ gemeente: 'Middelstad', dates: { meeting1: '2026-03-02' }, facilitatorName: 'Fenna Begeleider' });
    expect(w.id).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(w).toMatchObject({ gemeente: 'Middelstad', title: 'OverheidsParticipatie-visie', dates: { meeting1: '2026-03-02' }, showNames: false, participantCount: 0 });
    expect(w.participants).toEqual([expect.objectContaining({ name: 'Fenna Begeleider', role: 'facilitator', group: null, link: w.facilitatorLink })]);
    expect(w.facilitatorLink).toMatch(/\/j\/[A-Za-z0-9_-]{43}$/);
    const opened = await server.openLink(w.facilitatorLink);
    expect(opened.location).toBe(`/w/${w.id}/regie`);
  });

  it('lists the workshops', async () => {
    const res = await server.api<WorkshopSummary[]>('/api/workshops', { cookie: setup });
    expect(res.status).toBe(200);
    expect(res.body.map((w) => w.gemeente)).toContain('Middelstad');
  });

  it('gets 404 workshop-not-found for a workshop that does not exist', async () => {
    const res = await server.api('/api/workshops/AAAAAAAAAAAAAAAA', { cookie: setup });
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ error: 'workshop-not-found' });
  });
});

describe('a facilitator', () => {
  it('adds participants one by one; each lands in the group that keeps the mix balanced', async () => {
    const w = await createWorkshop();
    const roles = ['raadslid', 'raadslid', 'raadslid', 'ambtenaar', 'ambtenaar', 'ambtenaar', 'collegelid', 'directie', 'griffier'] as const;
    const added: ParticipantView[] = [];
    for (const [i, role] of roles.entries()) {
      const res = await server.api<ParticipantView>(`/api/workshops/${w.id}/participants`, { cookie: setup, body: { name: `Persoon ${i}`, role } });
      expect(res.status).toBe(201);
      expect(res.body.link).toMatch(/\/j\/[A-Za-z0-9_-]{43}$/);
      added.push(res.body);
    }
    expect(groupSizes(added)).toEqual([3, 3, 3]);
    for (const category of ['raad', 'ambtenaren'] as const) {
      const counts = [0, 0, 0];
      for (const p of added) if (roleCategory(p.role) === category) counts[p.group! - 1]++;
      expect(counts).toEqual([1, 1, 1]);
    }
  });

  it('puts a participant in the group they were given', async () => {
    const w = await createWorkshop();
    const res = await server.api<ParticipantView>(`/api/workshops/${w.id}/participants`, { cookie: setup, body: { name: 'Els', role: 'ambtenaar', group: 3, email: 'els@example.nl' } });
    expect(res.body).toMatchObject({ name: 'Els', role: 'ambtenaar', group: 3, email: 'els@example.nl' });
  });

  it('imports the 47-person CSV: everyone in three groups of 15–16 with every category spread within one', async () => {
    const w = await createWorkshop();
    const res = await server.api<ImportAnswer>(`/api/workshops/${w.id}/participants/import`, { cookie: setup, body: { csv: CSV_47 } });
    expect(res.status).toBe(200);
    expect(res.body.errors).toEqual([]);
    expect(res.body.added).toHaveLength(47);
    expect(res.body.workshop.participantCount).toBe(47);
    const members = res.body.workshop.participants.filter((p) => p.role !== 'facilitator');
    expect(groupSizes(members).sort()).toEqual([15, 16, 16]);
    for (const category of ['raad', 'collegeDirectie', 'ambtenaren'] as const) {
      const counts = [0, 0, 0];
      for (const p of members) if (roleCategory(p.role) === category) counts[p.group! - 1]++;
      expect(range(counts)).toBeLessThanOrEqual(1);
    }
  });

  it('imports the good lines of a CSV and reports the bad ones with line number and reason', async () => {
    const w = await createWorkshop();
    const csv = 'naam;rol;email\nAnna;raadslid;\nBram;koning;\nCees;ambtenaar;geen-adres\n;directie;\nDirk;wethouder;dirk@example.nl\n';
    const res = await server.api<ImportAnswer>(`/api/workshops/${w.id}/participants/import`, { cookie: setup, body: { csv } });
    expect(res.status).toBe(200);
    expect(res.body.added.map((p) => [p.name, p.role])).toEqual([['Anna', 'raadslid'], ['Dirk', 'collegelid']]);
    expect(res.body.errors).toEqual([
      { line: 3, reason: 'Onbekende rol "koning".' },
      { line: 4, reason: 'Ongeldig e-mailadres "geen-adres".' },
      { line: 5, reason: 'De naam ontbreekt.' },
    ]);
  });

  it('deals everyone afresh over balanced groups, facilitators excluded', async () => {
    const w = await createWorkshop();
    for (let i = 0; i < 6; i++) {
      await server.api(`/api/workshops/${w.id}/participants`, { cookie: setup, body: { name: `Raad ${i}`, role: 'raadslid', group: 1 } });
    }
    expect(groupSizes((await detail(w.id)).participants)).toEqual([6, 0, 0]);
    const res = await server.api<WorkshopDetail>(`/api/workshops/${w.id}/groups/assign`, { cookie: setup, body: {} });
    expect(res.status).toBe(200);
    expect(groupSizes(res.body.participants)).toEqual([2, 2, 2]);
    expect(res.body.participants.find((p) => p.role === 'facilitator')!.group).toBeNull();
  });

  it('once meeting 1 has started, deals everyone again only when confirmed, and can place only the unplaced', async () => {
    const w = await createWorkshop();
    const add = (name: string, group?: number) => server.api<ParticipantView>(`/api/workshops/${w.id}/participants`, { cookie: setup, body: { name, role: 'raadslid', ...(group ? { group } : {}) } });
    for (let i = 0; i < 4; i++) await add(`Raad ${i}`, 1);
    expect((await server.api(`/api/workshops/${w.id}/live`, { method: 'PATCH', cookie: setup, body: { step: 'write' } })).status).toBe(200);
    const refused = await server.api<{ error: string }>(`/api/workshops/${w.id}/groups/assign`, { cookie: setup, body: {} });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toBe('meeting-started');
    expect(groupSizes((await detail(w.id)).participants)).toEqual([4, 0, 0]);

    const late = (await add('Laatkomer')).body;
    expect(late.group).toBe(2);
    const placed = await server.api<WorkshopDetail>(`/api/workshops/${w.id}/groups/assign`, { cookie: setup, body: { mode: 'unplaced' } });
    expect(placed.status).toBe(200);
    expect(placed.body.participants.filter((p) => p.name.startsWith('Raad')).map((p) => p.group)).toEqual([1, 1, 1, 1]);
    expect(placed.body.participants.find((p) => p.id === late.id)!.group).toBe(2);
    const log = await server.api<{ action: string }[]>(`/api/workshops/${w.id}/audit`, { cookie: setup });
    expect(log.body.map((e) => e.action)).toContain('group.placeUnplaced');

    const confirmed = await server.api<WorkshopDetail>(`/api/workshops/${w.id}/groups/assign`, { cookie: setup, body: { mode: 'all', confirmStarted: true } });
    expect(confirmed.status).toBe(200);
    expect(groupSizes(confirmed.body.participants)).toEqual([2, 2, 1]);
  });

  it('moves a participant to another group, renames them, and changes the workshop', async () => {
    const w = await createWorkshop();
    const p = (await server.api<ParticipantView>(`/api/workshops/${w.id}/participants`, { cookie: setup, body: { name: 'Ruud', role: 'raadslid', group: 1 } })).body;
    const moved = await server.api<ParticipantView>(`/api/workshops/${w.id}/participants/${p.id}`, { method: 'PATCH', cookie: setup, body: { group: 2, name: 'Ruud de Raad', email: '' } });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ id: p.id, name: 'Ruud de Raad', group: 2, email: null, link: p.link });
    const patched = await server.api<WorkshopDetail>(`/api/workshops/${w.id}`, { method: 'PATCH', cookie: setup, body: { title: 'Visie 2030', showNames: true, dates: { meeting2: '2026-05-01' } } });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ title: 'Visie 2030', showNames: true, dates: { meeting2: '2026-05-01' } });
  });

  it('lists every join link again, the same links as before', async () => {
    const w = await createWorkshop();
    const p = (await server.api<ParticipantView>(`/api/workshops/${w.id}/participants`, { cookie: setup, body: { name: 'Lotte', role: 'directie' } })).body;
    const res = await server.api<LinkView[]>(`/api/workshops/${w.id}/links`, { cookie: setup });
    expect(res.status).toBe(200);
    expect(res.body).toEqual([
      { participantId: w.participants[0].id, name: 'Procesbegeleider', role: 'facilitator', group: null, link: w.facilitatorLink },
      { participantId: p.id, name: 'Lotte', role: 'directie', group: p.group, link: p.link },
    ]);
  });

  it('removes a participant for good: row, links and sessions are gone', async () => {
    const seeded = await server.seedWorkshop({ gemeente: 'Wisdorp', participants: [{ name: 'Weg', role: 'ambtenaar' }, { name: 'Blijft', role: 'raadslid' }] });
    const gone = seeded.participants[0];
    const res = await server.api(`/api/workshops/${seeded.workshopId}/participants/${gone.id}`, { method: 'DELETE', cookie: seeded.facilitator.cookie });
    expect(res.status).toBe(204);
    const count = async (table: string) => Number((await server.rows.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table} WHERE ${table === 'participants' ? 'id' : 'participant_id'} = ?`, [gone.id]))!.n);
    expect(await Promise.all([count('participants'), count('links'), count('sessions')])).toEqual([0, 0, 0]);
    expect((await server.api('/api/me', { cookie: gone.cookie })).status).toBe(401);
    expect((await server.openLink(gone.link)).location).toBe('/?fout=link-unknown');
    expect((await detail(seeded.workshopId)).participants.map((p) => p.name)).toEqual(['Procesbegeleider', 'Blijft']);
  });

  it('cannot remove or demote the only facilitator', async () => {
    const w = await createWorkshop();
    const f = w.participants[0];
    const del = await server.api(`/api/workshops/${w.id}/participants/${f.id}`, { method: 'DELETE', cookie: setup });
    expect(del.status).toBe(403);
    const demote = await server.api(`/api/workshops/${w.id}/participants/${f.id}`, { method: 'PATCH', cookie: setup, body: { role: 'ambtenaar' } });
    expect(demote.status).toBe(403);
    expect(await detail(w.id)).toEqual(w);
  });

  it('gets 404 participant-not-found for someone of another workshop', async () => {
    const a = await createWorkshop();
    const b = await server.seedWorkshop({ gemeente: 'Anderdorp', participants: [{ name: 'Elders', role: 'raadslid' }] });
    const res = await server.api(`/api/workshops/${a.id}/participants/${b.participants[0].id}`, { method: 'DELETE', cookie: setup });
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ error: 'participant-not-found' });
    expect((await server.api('/api/me', { cookie: b.participants[0].cookie })).status).toBe(200);
  });

  it('refuses more than 500 participants: the lines beyond the limit are reported', async () => {
    const w = await createWorkshop();
    const lines = ['naam,rol', ...Array.from({ length: 505 }, (_, i) => `Persoon ${i},ambtenaar`)];
    const res = await server.api<ImportAnswer>(`/api/workshops/${w.id}/participants/import`, { cookie: setup, body: { csv: lines.join('\n') } });
    expect(res.body.added).toHaveLength(499);
    expect(res.body.errors).toHaveLength(6);
    expect(res.body.errors[0]).toEqual({ line: 501, reason: 'Het maximum van 500 deelnemers is bereikt.' });
    const one = await server.api(`/api/workshops/${w.id}/participants`, { cookie: setup, body: { name: 'Nog een', role: 'raadslid' } });
    expect(one.status).toBe(409);
    expect(one.body).toMatchObject({ error: 'too-many-participants' });
  });
});

describe('the author names', () => {
  it('are empty when the workshop shows roles only, for any member', async () => {
    const seeded = await server.seedWorkshop({ gemeente: 'Rollendorp', participants: [{ name: 'Anna', role: 'raadslid' }] });
    const res = await server.api(`/api/workshops/${seeded.workshopId}/authors`, { cookie: seeded.participants[0].cookie });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({});
  });

  it('map author keys to names when the workshop shows names', async () => {
    const seeded = await server.seedWorkshop({ gemeente: 'Namendorp', showNames: true, participants: [{ name: 'Anna', role: 'raadslid' }, { name: 'Bram', role: 'ambtenaar' }] });
    const me = await server.api<{ kind: string; participant: { authorKey: string } }>('/api/me', { cookie: seeded.participants[0].cookie });
    const res = await server.api<Record<string, string>>(`/api/workshops/${seeded.workshopId}/authors`, { cookie: seeded.participants[1].cookie });
    expect(res.status).toBe(200);
    expect(res.body[me.body.participant.authorKey]).toBe('Anna');
    expect(Object.values(res.body).sort()).toEqual(['Anna', 'Bram', 'Procesbegeleider']);
  });

  it('are not given to someone of another workshop', async () => {
    const a = await server.seedWorkshop({ gemeente: 'A-dorp', showNames: true, participants: [{ name: 'Anna', role: 'raadslid' }] });
    const b = await server.seedWorkshop({ gemeente: 'B-dorp', participants: [{ name: 'Bram', role: 'raadslid' }] });
    const res = await server.api(`/api/workshops/${a.workshopId}/authors`, { cookie: b.participants[0].cookie });
    expect(res.status).toBe(403);
  });
});

describe('refusals', () => {
  let seeded: Awaited<ReturnType<TestServer['seedWorkshop']>>;
  let before: WorkshopDetail;

  beforeAll(async () => {
    seeded = await server.seedWorkshop({ gemeente: 'Weigerdorp', participants: [{ name: 'Anna', role: 'raadslid' }, { name: 'Bram', role: 'ambtenaar' }] });
  });

  const unchanged = async () => {
    expect(await detail(seeded.workshopId)).toEqual(before);
    expect((await server.api<WorkshopSummary[]>('/api/workshops', { cookie: setup })).body.length).toBe(workshopCount);
  };
  let workshopCount = 0;
  const snapshot = async () => {
    before = await detail(seeded.workshopId);
    workshopCount = (await server.api<WorkshopSummary[]>('/api/workshops', { cookie: setup })).body.length;
  };

  it('answer an invalid body with 400 invalid-body and the fields at fault, changing nothing', async () => {
    await snapshot();
    const w = seeded.workshopId;
    const cases: [string, string, unknown, string[]][] = [
      ['POST', '/api/workshops', { gemeente: '' }, ['gemeente']],
      ['POST', '/api/workshops', { gemeente: 'X', dates: { meeting1: '1 maart' } }, ['dates.meeting1']],
      ['POST', '/api/workshops', { gemeente: 'X', extra: 1 }, ['extra']],
      ['POST', '/api/workshops', { gemeente: 'X', dates: { meeting3: '2026-01-01' } }, ['dates.meeting3']],
      ['POST', '/api/workshops', ['not', 'an', 'object'], ['']],
      ['PATCH', `/api/workshops/${w}`, { showNames: 'ja' }, ['showNames']],
      ['POST', `/api/workshops/${w}/participants`, { name: 'Kees', role: 'koning' }, ['role']],
      ['POST', `/api/workshops/${w}/participants`, { name: 'Kees', role: 'raadslid', email: 'geen-adres' }, ['email']],
      ['POST', `/api/workshops/${w}/participants`, { name: 'Kees', role: 'raadslid', group: 4 }, ['group']],
      ['POST', `/api/workshops/${w}/participants`, { name: 'x'.repeat(121), role: 'raadslid' }, ['name']],
      ['POST', `/api/workshops/${w}/participants/import`, { csv: '' }, ['csv']],
      ['PATCH', `/api/workshops/${w}/participants/${seeded.participants[0].id}`, { group: 0 }, ['group']],
      ['PATCH', `/api/workshops/${w}/participants/${seeded.participants[0].id}`, { role: 'facilitator', group: 2 }, ['group']],
      ['POST', `/api/workshops/${w}/participants`, { name: 'Kees', role: 'facilitator', group: 2 }, ['group']],
    ];
    for (const [method, path, body, fields] of cases) {
      const res = await server.api<{ error: string; issues: { path: string }[] }>(path, { method, cookie: setup, body });
      expect(res.status, `${method} ${path} ${JSON.stringify(body)}`).toBe(400);
      expect(res.body.error).toBe('invalid-body');
      expect(res.body.issues.map((i) => i.path)).toEqual(fields);
    }
    await unchanged();
  });

  it('answer a body that is not JSON with 400, changing nothing', async () => {
    await snapshot();
    const res = await server.api('/api/workshops', { cookie: setup, rawBody: '{"gemeente": ' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: 'invalid-body' });
    await unchanged();
  });

  it('answer a body over 1 MB with 413 payload-too-large, changing nothing', async () => {
    await snapshot();
    const res = await server.api(`/api/workshops/${seeded.workshopId}/participants/import`, { cookie: setup, rawBody: JSON.stringify({ csv: 'x'.repeat(1024 * 1024 + 10) }) });
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ error: 'payload-too-large' });
    await unchanged();
  });

  it('answer a write without Content-Type: application/json with 415, changing nothing', async () => {
    await snapshot();
    const res = await server.api('/api/workshops', { cookie: setup, rawBody: JSON.stringify({ gemeente: 'Formdorp' }), headers: { 'content-type': 'text/plain' } });
    expect(res.status).toBe(415);
    expect(res.body).toMatchObject({ error: 'unsupported-media-type' });
    const del = await server.api(`/api/workshops/${seeded.workshopId}/participants/${seeded.participants[0].id}`, { method: 'DELETE', cookie: setup, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(del.status).toBe(415);
    await unchanged();
  });

  it('answer a write from another origin with 403 csrf-check-failed, changing nothing', async () => {
    await snapshot();
    const res = await server.api('/api/workshops', { cookie: setup, body: { gemeente: 'Boosdorp' }, headers: { origin: 'https://evil.example' } });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ error: 'csrf-check-failed' });
    const nullOrigin = await server.api(`/api/workshops/${seeded.workshopId}`, { method: 'PATCH', cookie: setup, body: { title: 'Gekaapt' }, headers: { origin: 'null' } });
    expect(nullOrigin.status).toBe(403);
    await unchanged();
  });

  it('accept a write whose Origin is this server', async () => {
    const res = await server.api(`/api/workshops/${seeded.workshopId}`, { method: 'PATCH', cookie: setup, body: { title: 'Zelfde herkomst' }, headers: { origin: server.url } });
    expect(res.status).toBe(200);
  });

  it('answer a request without a session with 401 no-session, changing nothing', async () => {
    await snapshot();
    const w = seeded.workshopId;
    const requests: [string, string, unknown?][] = [
      ['GET', '/api/workshops'], ['POST', '/api/workshops', { gemeente: 'X' }], ['GET', `/api/workshops/${w}`],
      ['PATCH', `/api/workshops/${w}`, { title: 'Y' }], ['POST', `/api/workshops/${w}/participants`, { name: 'Z', role: 'raadslid' }],
      ['DELETE', `/api/workshops/${w}/participants/${seeded.participants[0].id}`], ['POST', `/api/workshops/${w}/groups/assign`, {}],
      ['GET', `/api/workshops/${w}/links`], ['GET', `/api/workshops/${w}/authors`],
    ];
    for (const [method, path, body] of requests) {
      const res = await server.api(path, { method, body });
      expect(res.status, `${method} ${path}`).toBe(401);
      expect(res.body).toMatchObject({ error: 'no-session' });
    }
    await unchanged();
  });

  it('answer a participant on facilitator routes with 403 forbidden and a clear message, changing nothing', async () => {
    await snapshot();
    const w = seeded.workshopId;
    const cookie = seeded.participants[0].cookie;
    const requests: [string, string, unknown?][] = [
      ['GET', '/api/workshops'], ['POST', '/api/workshops', { gemeente: 'X' }], ['GET', `/api/workshops/${w}`],
      ['PATCH', `/api/workshops/${w}`, { title: 'Y' }], ['POST', `/api/workshops/${w}/participants`, { name: 'Z', role: 'raadslid' }],
      ['POST', `/api/workshops/${w}/participants/import`, { csv: 'naam,rol\nA,raadslid' }],
      ['PATCH', `/api/workshops/${w}/participants/${seeded.participants[1].id}`, { group: 3 }],
      ['DELETE', `/api/workshops/${w}/participants/${seeded.participants[1].id}`], ['POST', `/api/workshops/${w}/groups/assign`, {}],
      ['GET', `/api/workshops/${w}/links`], ['POST', `/api/workshops/${w}/participants/${seeded.participants[1].id}/link`, {}],
    ];
    for (const [method, path, body] of requests) {
      const res = await server.api<{ error: string; message: string }>(path, { method, cookie, body });
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(res.body.error).toBe('forbidden');
      expect(res.body.message.length).toBeGreaterThan(10);
    }
    await unchanged();
  });

  it('answer a facilitator of another workshop with 403, changing nothing', async () => {
    await snapshot();
    const other = await server.seedWorkshop({ gemeente: 'Buurdorp', participants: [] });
    workshopCount++;
    const res = await server.api(`/api/workshops/${seeded.workshopId}`, { method: 'PATCH', cookie: other.facilitator.cookie, body: { title: 'Overgenomen' } });
    expect(res.status).toBe(403);
    expect((await server.api(`/api/workshops/${seeded.workshopId}/links`, { cookie: other.facilitator.cookie })).status).toBe(403);
    await unchanged();
  });

  it('let the facilitator of the workshop do facilitator work', async () => {
    const res = await server.api<WorkshopDetail>(`/api/workshops/${seeded.workshopId}`, { cookie: seeded.facilitator.cookie });
    expect(res.status).toBe(200);
    expect(res.body.participants.map((p) => p.name)).toEqual(['Procesbegeleider', 'Anna', 'Bram']);
  });
});
