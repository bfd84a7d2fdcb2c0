// SPDX-License-Identifier: EUPL-1.2
/**
 * AVG against the real server: a facilitator exports every piece of personal data of a workshop,
 * and deletes the workshop for good — no row of any table mentions it afterwards, open sockets
 * close, and what was typed is gone from the file's bytes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { MeAnswer, ParticipantView } from '../../shared/api.js';
import type { WorkshopDeleteAnswer, WorkshopExport } from '../../shared/apiAvg.js';
import { CLOSE } from '../../shared/closeCodes.js';
import { groupDocName, visionDocName } from '../../shared/docNames.js';
import { addStatement, horizonOf, listStatements, setEndorsement } from '../../shared/groupDoc.js';
import { visionContentOf } from '../../shared/visionDoc.js';
import { openRawCollab } from '../helpers/rawCollabSocket.js';
import { rowsMentioning, storeFilesContain } from '../helpers/sqliteScan.js';
import { collabClient, startTestServer, until, type CollabClient, type TestServer } from '../helpers/stipServer.js';

const SECRET_TEXT = 'ZEBRAPAD-GEHEIM-7391';
const HORIZON_TEXT = 'Over tien jaar staat de deur altijd open';
const VISION_TEXT = 'Wij betrekken inwoners vanaf het begin';

let server: TestServer;
let workshopId: string;
let keptId: string;
let facilitatorCookie: string;
const people: { name: string; email: string; group: number; id: string; cookie: string; authorKey: string }[] = [];
const clients: CollabClient[] = [];

function paragraph(text: string): Y.XmlElement {
  const p = new Y.XmlElement('paragraph');
  p.insert(0, [new Y.XmlText(text)]);
  return p;
}

async function storedRowsContain(docName: string, text: string): Promise<boolean> {
  const rows = server.app.db.prepare('SELECT data FROM collab_updates WHERE doc_name = ?').all(docName) as { data: Buffer }[];
  return rows.some((r) => r.data.includes(Buffer.from(text)));
}

async function eventually(check: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((r) => setTimeout(r, 20));
}

beforeAll(async () => {
  server = await startTestServer();
  const setup = await server.setupSession();
  const created = await server.api<{ id: string; facilitatorLink: string }>('/api/workshops', { cookie: setup, body: { gemeente: 'Wisdorp', dates: { meeting1: '2026-03-02' } } });
  workshopId = created.body.id;
  facilitatorCookie = (await server.openLink(created.body.facilitatorLink)).cookie!;
  for (const [name, email, group] of [['Anna Avg', 'anna.avg@wisdorp.example', 1], ['Bram Avg', 'bram.avg@wisdorp.example', 1], ['Cees Avg', 'cees.avg@wisdorp.example', 2]] as const) {
    const added = await server.api<ParticipantView>(`/api/workshops/${workshopId}/participants`, { cookie: facilitatorCookie, body: { name, role: 'raadslid', email, group } });
    const cookie = (await server.openLink(added.body.link)).cookie!;
    const me = await server.api<MeAnswer>('/api/me', { cookie });
    people.push({ name, email, group, id: added.body.id, cookie, authorKey: me.body.kind === 'participant' ? me.body.participant.authorKey : '' });
  }
  const kept = await server.seedWorkshop({ gemeente: 'Blijfdorp', participants: [{ name: 'Kees Blijft', role: 'ambtenaar', group: 1 }] });
  keptId = kept.workshopId;
  await server.app.documents.change(groupDocName(keptId, 1), (doc) => addStatement(doc, { kind: 'cultuur', text: 'Blijft bestaan', authorKey: 'k_kees', authorRole: 'ambtenaar' }));

  // Anna and Bram write in group 1 with stock clients; the facilitator writes the vision.
  const [anna, bram] = people;
  const annaClient = collabClient(server.url, groupDocName(workshopId, 1), anna.cookie);
  const bramClient = collabClient(server.url, groupDocName(workshopId, 1), bram.cookie);
  const visionClient = collabClient(server.url, visionDocName(workshopId), facilitatorCookie);
  clients.push(annaClient, bramClient, visionClient);
  await Promise.all(clients.map((c) => c.synced()));
  const statementId = addStatement(annaClient.doc, { kind: 'openStaan', text: SECRET_TEXT, authorKey: anna.authorKey, authorRole: 'raadslid' });
  horizonOf(annaClient.doc).push([paragraph(HORIZON_TEXT)]);
  await until([bramClient.doc], () => listStatements(bramClient.doc).length === 1);
  setEndorsement(bramClient.doc, statementId, bram.authorKey, true);
  visionContentOf(visionClient.doc).push([paragraph(VISION_TEXT)]);
  await eventually(() => server.app.documents.read(visionDocName(workshopId), (d) => visionContentOf(d).toString().includes(VISION_TEXT)));
  // A frozen version and the plenary screen's link and session: rows in other tables of the workshop.
  expect((await server.api(`/api/workshops/${workshopId}/versions`, { cookie: facilitatorCookie, body: { label: 'v1 na bijeenkomst 1' } })).status).toBe(201);
  const screen = await server.api<{ link: string }>(`/api/workshops/${workshopId}/screen-link`, { cookie: facilitatorCookie, body: {} });
  expect((await server.openLink(screen.body.link)).cookie).not.toBeNull();
  await eventually(async () => (await storedRowsContain(groupDocName(workshopId, 1), SECRET_TEXT))
    && (await server.app.documents.read(groupDocName(workshopId, 1), (d) => listStatements(d)[0]?.endorsedBy.length === 1))
    && (await server.app.documents.read(visionDocName(workshopId), (d) => visionContentOf(d).toString().includes(VISION_TEXT))));
});

afterAll(async () => {
  for (const c of clients) c.destroy();
  await server?.close();
});

describe('the AVG export', () => {
  it('gives the facilitator every piece of personal data of the workshop as JSON', async () => {
    const res = await server.api<WorkshopExport>(`/api/workshops/${workshopId}/export`, { cookie: facilitatorCookie });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('attachment');
    const x = res.body;
    expect(x).toMatchObject({ format: 'stip-workshop-export', version: 1, workshop: { id: workshopId, gemeente: 'Wisdorp', dates: { meeting1: '2026-03-02' } } });
    expect(x.participants.map((p) => [p.name, p.role, p.email, p.group])).toEqual([
      ['Procesbegeleider', 'facilitator', null, null],
      ['Anna Avg', 'raadslid', 'anna.avg@wisdorp.example', 1],
      ['Bram Avg', 'raadslid', 'bram.avg@wisdorp.example', 1],
      ['Cees Avg', 'raadslid', 'cees.avg@wisdorp.example', 2],
    ]);
    expect(x.statements).toEqual([expect.objectContaining({
      group: 1, kind: 'openStaan', text: SECRET_TEXT, authorKey: people[0].authorKey, authorName: 'Anna Avg',
      endorsedBy: [{ authorKey: people[1].authorKey, name: 'Bram Avg' }], editedBy: [],
    })]);
    expect(x.horizons).toEqual([{ group: 1, text: HORIZON_TEXT }, { group: 2, text: '' }, { group: 3, text: '' }]);
    expect(x.vision.text.split('\n\n')).toContain(VISION_TEXT);
    expect(x.versions).toEqual([expect.objectContaining({ number: 1, label: 'v1 na bijeenkomst 1' })]);
    expect(x.versions[0].text.split('\n\n')).toContain(VISION_TEXT);
    const actions = x.audit.map((e) => e.action);
    expect(actions).toContain('participant.add');
    expect(actions[0]).toBe('workshop.export');
    expect(JSON.stringify(x)).not.toContain('Blijfdorp');
  });

  it('is only for the facilitator of that workshop', async () => {
    expect((await server.api(`/api/workshops/${workshopId}/export`, { cookie: people[0].cookie })).status).toBe(403);
    expect((await server.api(`/api/workshops/${workshopId}/export`)).status).toBe(401);
  });
});

describe('deleting a workshop', () => {
  it('needs the gemeente name typed again, and changes nothing without it', async () => {
    for (const body of [{}, { confirm: 'Blijfdorp' }, { confirm: '' }, { confirm: 'Wisdorp', extra: 1 }]) {
      const res = await server.api<{ error: string; issues?: { path: string }[] }>(`/api/workshops/${workshopId}`, { method: 'DELETE', cookie: facilitatorCookie, body });
      expect(res.status).toBe(400);
      expect(res.body.error).toBe('invalid-body');
    }
    expect((await server.api(`/api/workshops/${workshopId}`, { method: 'DELETE', cookie: people[0].cookie, body: { confirm: 'Wisdorp' } })).status).toBe(403);
    expect((await server.api(`/api/workshops/${workshopId}`, { cookie: facilitatorCookie })).status).toBe(200);
  });

  it('removes every row of it, closes its sockets, and leaves the other workshop alone', async () => {
    const raw = await openRawCollab(server.url, groupDocName(workshopId, 2), { cookie: people[2].cookie });
    expect(raw.ok).toBe(true);
    const closes = Promise.all([...clients.map((c) => c.closed()), raw.ok ? raw.socket.closed : Promise.resolve(null)]);
    expect(rowsMentioning(server.app.db, workshopId).length).toBeGreaterThan(0);

    const res = await server.api<WorkshopDeleteAnswer>(`/api/workshops/${workshopId}`, { method: 'DELETE', cookie: facilitatorCookie, body: { confirm: '  wisdorp ' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ deleted: true, participants: 4 });
    expect(res.body.documents).toBeGreaterThanOrEqual(2);
    expect(res.body.socketsClosed).toBe(4);
    expect(res.headers.get('set-cookie')).toContain('Max-Age=0');
    for (const c of await closes) expect(c).toEqual({ code: CLOSE.sessionEnded.code, reason: CLOSE.sessionEnded.reason });

    expect(rowsMentioning(server.app.db, workshopId)).toEqual([]);
    for (const p of people) {
      expect(rowsMentioning(server.app.db, p.id)).toEqual([]);
      expect(rowsMentioning(server.app.db, p.email)).toEqual([]);
      expect(rowsMentioning(server.app.db, p.name)).toEqual([]);
    }
    expect(rowsMentioning(server.app.db, SECRET_TEXT)).toEqual([]);
    expect(rowsMentioning(server.app.db, VISION_TEXT)).toEqual([]);
    expect(await server.app.documents.read(groupDocName(workshopId, 1), (d) => Y.encodeStateVector(d).length)).toBe(1);
    expect((await server.api('/api/me', { cookie: facilitatorCookie })).status).toBe(401);
    expect((await server.api('/api/me', { cookie: people[0].cookie })).status).toBe(401);
    const setup = await server.setupSession();
    expect((await server.api(`/api/workshops/${workshopId}`, { cookie: setup })).status).toBe(404);
    expect((await openRawCollab(server.url, groupDocName(workshopId, 1), { cookie: setup })).ok).toBe(false);

    expect((await server.api(`/api/workshops/${keptId}`, { cookie: setup })).status).toBe(200);
    expect(await server.app.documents.read(groupDocName(keptId, 1), (d) => listStatements(d).map((s) => s.text))).toEqual(['Blijft bestaan']);
    const deletions = server.app.db.prepare("SELECT workshop_id, actor_kind, actor_id, actor_name FROM audit_log WHERE action = 'workshop.delete'").all();
    expect(deletions).toEqual([{ workshop_id: null, actor_kind: 'participant', actor_id: null, actor_name: null }]);
  });

  it('leaves nothing of what was typed in the file bytes after VACUUM (secure_delete is on)', async () => {
    expect(server.app.db.pragma('secure_delete', { simple: true })).toBe(1);
    server.app.db.exec('VACUUM');
    server.app.db.pragma('wal_checkpoint(TRUNCATE)');
    for (const text of [SECRET_TEXT, HORIZON_TEXT, VISION_TEXT, 'anna.avg@wisdorp.example']) expect(storeFilesContain(server.dataDir, text)).toBe(false);
    expect(storeFilesContain(server.dataDir, 'Blijft bestaan')).toBe(true);
  });
});
