// SPDX-License-Identifier: EUPL-1.2
/**
 * Private statements in step 'write' and their reveal, over the full stack. What another member
 * of the group receives is read from the raw frames on their sockets, not from what a client
 * chooses to show.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { MeAnswer } from '../../shared/api.js';
import type { RevealAnswer } from '../../shared/apiMeeting.js';
import { draftDocName, groupDocName, liveDocName, visionDocName } from '../../shared/docNames.js';
import { addStatement, listStatements, statementsOf } from '../../shared/groupDoc.js';
import type { LiveState } from '../../shared/liveDoc.js';
import { collabClient, startTestServer, until, type CollabClient, type SeededWorkshop, type TestServer } from '../helpers/stipServer.js';
import { rawSocket, type RawSocket } from './meetingClients.js';

let server: TestServer;
let seeded: SeededWorkshop;
const open: CollabClient[] = [];
const raws: RawSocket[] = [];

function connect(docName: string, cookie: string): CollabClient {
  const client = collabClient(server.url, docName, cookie);
  open.push(client);
  return client;
}

function listen(docName: string, cookie: string): RawSocket {
  const raw = rawSocket(server.url, docName, cookie);
  raws.push(raw);
  return raw;
}

beforeAll(async () => {
  server = await startTestServer();
  seeded = await server.seedWorkshop({
    gemeente: 'Kladdorp',
    participants: [
      { name: 'Anna', role: 'raadslid', group: 1 },
      { name: 'Bram', role: 'ambtenaar', group: 1 },
      { name: 'Dina', role: 'collegelid', group: 2 },
    ],
  });
});
afterEach(() => {
  for (const c of open.splice(0)) c.destroy();
  for (const r of raws.splice(0)) r.close();
});
afterAll(async () => {
  await server?.close();
});

const person = (name: string) => seeded.participants.find((p) => p.name === name)!;
const id = () => seeded.workshopId;
const draftOf = (name: string) => draftDocName(id(), person(name).group!, person(name).id);
const facilitator = () => seeded.facilitator.cookie;

async function patchLive(body: object): Promise<LiveState> {
  const res = await server.api<LiveState>(`/api/workshops/${id()}/live`, { method: 'PATCH', cookie: facilitator(), body });
  expect(res.status).toBe(200);
  return res.body;
}

describe('private statements', () => {
  it('never reach another member\'s sockets before the reveal, and only the author (and the facilitator) can open a draft', async () => {
    await patchLive({ step: 'write' });
    const bramGroup = listen(groupDocName(id(), 1), person('Bram').cookie);
    const bramLive = listen(liveDocName(id()), person('Bram').cookie);
    const bramVision = listen(visionDocName(id()), person('Bram').cookie);
    const dinaGroup = listen(groupDocName(id(), 2), person('Dina').cookie);
    const bram = connect(groupDocName(id(), 1), person('Bram').cookie);
    await Promise.all([bramGroup.opened, bramLive.opened, bramVision.opened, dinaGroup.opened, bram.synced()]);

    const anna = connect(draftOf('Anna'), person('Anna').cookie);
    const watcher = connect(draftOf('Anna'), facilitator());
    await Promise.all([anna.synced(), watcher.synced()]);
    addStatement(anna.doc, { kind: 'openStaan', text: 'Geheim-openstaan-7731', authorKey: person('Anna').authorKey, authorRole: 'raadslid' });
    addStatement(anna.doc, { kind: 'loslaten', text: 'Geheim-loslaten-7732', authorKey: person('Anna').authorKey, authorRole: 'raadslid' });
    await until([watcher.doc], () => listStatements(watcher.doc).length === 2);

    // Everything the server sent to Bram's group socket before this marker has arrived.
    const fac = connect(groupDocName(id(), 1), facilitator());
    await fac.synced();
    addStatement(fac.doc, { kind: 'cultuur', text: 'Markering-na-het-schrijven', authorKey: seeded.facilitator.authorKey, authorRole: 'facilitator' });
    await bramGroup.receives('Markering-na-het-schrijven');
    await until([bram.doc], () => listStatements(bram.doc).length > 0);

    for (const raw of [bramGroup, bramLive, bramVision, dinaGroup]) {
      expect(raw.received('Geheim-openstaan-7731')).toBe(false);
      expect(raw.received('Geheim-loslaten-7732')).toBe(false);
    }
    expect(listStatements(bram.doc).map((s) => s.text)).toEqual(['Markering-na-het-schrijven']);

    const bramOnAnna = connect(draftOf('Anna'), person('Bram').cookie);
    const dinaOnAnna = connect(draftOf('Anna'), person('Dina').cookie);
    expect(await bramOnAnna.refused()).toBe(403);
    expect(await dinaOnAnna.refused()).toBe(403);
  });

  it('are moved into the group document for everyone when the step leaves "write", and the draft is emptied', async () => {
    const me = await server.api<MeAnswer & { kind: 'participant' }>('/api/me', { cookie: person('Anna').cookie });
    const anna = connect(draftOf('Anna'), person('Anna').cookie);
    await anna.synced();
    const drafts = listStatements(anna.doc);
    expect(drafts.map((s) => s.text).sort()).toEqual(['Geheim-loslaten-7732', 'Geheim-openstaan-7731']);
    const bram = connect(groupDocName(id(), 1), person('Bram').cookie);
    await bram.synced();

    expect((await patchLive({ step: 'reveal' })).step).toBe('reveal');
    await until([bram.doc], () => listStatements(bram.doc).length === 3);
    for (const draft of drafts) {
      const shown = listStatements(bram.doc).find((s) => s.id === draft.id)!;
      expect(shown).toEqual({
        id: draft.id, kind: draft.kind, text: draft.text, authorKey: me.body.participant.authorKey,
        authorRole: 'raadslid', createdAt: draft.createdAt, endorsedBy: [], editors: [],
      });
    }
    await until([anna.doc], () => statementsOf(anna.doc).size === 0);
    expect(await server.app.documents.read(draftOf('Anna'), (doc) => statementsOf(doc).size)).toBe(0);
  });

  it('are revealed once: a second reveal adds nothing', async () => {
    const res = await server.api<RevealAnswer>(`/api/workshops/${id()}/reveal`, { cookie: facilitator(), body: {} });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ revealed: { 1: 0, 2: 0, 3: 0 } });
    const texts = await server.app.documents.read(groupDocName(id(), 1), (doc) => listStatements(doc).map((s) => s.text));
    expect(texts.filter((t) => t.startsWith('Geheim-'))).toHaveLength(2);
  });

  it('of one group can be revealed on request, leaving other groups\' drafts private', async () => {
    const dina = connect(draftOf('Dina'), person('Dina').cookie);
    const bramDraft = connect(draftOf('Bram'), person('Bram').cookie);
    await Promise.all([dina.synced(), bramDraft.synced()]);
    addStatement(dina.doc, { kind: 'cultuur', text: 'Dina schrijft later', authorKey: person('Dina').authorKey, authorRole: 'collegelid' });
    addStatement(bramDraft.doc, { kind: 'cultuur', text: 'Bram wacht nog', authorKey: person('Bram').authorKey, authorRole: 'ambtenaar' });
    const watchers = [connect(draftOf('Dina'), facilitator()), connect(draftOf('Bram'), facilitator())];
    await until(watchers.map((w) => w.doc), () => watchers.every((w) => listStatements(w.doc).length === 1));

    const res = await server.api<RevealAnswer>(`/api/workshops/${id()}/reveal`, { cookie: facilitator(), body: { group: 2 } });
    expect(res.body).toEqual({ revealed: { 2: 1 } });
    expect(await server.app.documents.read(groupDocName(id(), 2), (doc) => listStatements(doc).map((s) => s.text))).toEqual(['Dina schrijft later']);
    expect(await server.app.documents.read(groupDocName(id(), 1), (doc) => listStatements(doc).map((s) => s.text))).not.toContain('Bram wacht nog');
  });

  it('refuses a reveal body naming a group that does not exist', async () => {
    const res = await server.api<{ error: string; issues: { path: string }[] }>(`/api/workshops/${id()}/reveal`, { cookie: facilitator(), body: { group: 4 } });
    expect(res.status).toBe(400);
    expect(res.body.issues.map((i) => i.path)).toEqual(['group']);
  });
});
