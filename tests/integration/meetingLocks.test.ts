// SPDX-License-Identifier: EUPL-1.2
/**
 * Locking a group (PATCH /api/workshops/<id>/live) over the full stack: the server itself makes
 * the group's documents read-only for its members, closes their writer sockets (4406) so they come
 * back read-only, refuses their writes (4003), and gives the rights back on unlock. Real server,
 * real sessions, stock y-websocket clients and raw sockets.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLOSE } from '../../shared/closeCodes.js';
import { draftDocName, groupDocName } from '../../shared/docNames.js';
import { addStatement, listStatements } from '../../shared/groupDoc.js';
import type { LiveState } from '../../shared/liveDoc.js';
import { collabClient, startTestServer, until, type CollabClient, type SeededWorkshop, type TestServer } from '../helpers/stipServer.js';
import { updateFrame } from '../helpers/collabFrames.js';
import { closeLog, rawSocket, resynced, type RawSocket } from './meetingClients.js';

let server: TestServer;
let seeded: SeededWorkshop;
const open: CollabClient[] = [];
const raws: RawSocket[] = [];

function connect(docName: string, cookie: string): CollabClient {
  const client = collabClient(server.url, docName, cookie);
  open.push(client);
  return client;
}

beforeAll(async () => {
  server = await startTestServer();
  seeded = await server.seedWorkshop({
    gemeente: 'Slotdorp',
    participants: [
      { name: 'Anna', role: 'raadslid', group: 1 },
      { name: 'Bram', role: 'ambtenaar', group: 1 },
      { name: 'Cees', role: 'directie', group: 2 },
    ],
  });
});
afterEach(async () => {
  for (const c of open.splice(0)) c.destroy();
  for (const r of raws.splice(0)) r.close();
  await setLock({ lockAll: false });
});
afterAll(async () => {
  await server?.close();
});

const person = (name: string) => seeded.participants.find((p) => p.name === name)!;
const group = (n: number) => groupDocName(seeded.workshopId, n);
const facilitator = () => seeded.facilitator.cookie;

async function setLock(body: object): Promise<LiveState> {
  const res = await server.api<LiveState>(`/api/workshops/${seeded.workshopId}/live`, { method: 'PATCH', cookie: facilitator(), body });
  expect(res.status).toBe(200);
  return res.body;
}

/** The statement texts of a document as the server holds them. */
const serverTexts = (docName: string) => server.app.documents.read(docName, (doc) => listStatements(doc).map((s) => s.text));

function statementUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  addStatement(doc, { kind: 'openStaan', text, authorKey: 'x', authorRole: 'raadslid' });
  return Y.encodeStateAsUpdate(doc);
}

describe('locking a group', () => {
  it('closes the members\' writer sockets with 4406; they come back read-only and a write gets 4003 and is not applied', async () => {
    const anna = connect(group(1), person('Anna').cookie);
    const annaDraft = connect(draftDocName(seeded.workshopId, 1, person('Anna').id), person('Anna').cookie);
    const cees = connect(group(2), person('Cees').cookie);
    await Promise.all([anna.synced(), annaDraft.synced(), cees.synced()]);
    const annaCloses = closeLog(anna.provider);
    const draftCloses = closeLog(annaDraft.provider);
    const ceesCloses = closeLog(cees.provider);

    const live = await setLock({ lock: { group: 1, locked: true } });
    expect(live.locks).toEqual({ '1': true });
    await Promise.all([annaCloses.next(CLOSE.permissionChanged.code), draftCloses.next(CLOSE.permissionChanged.code)]);

    anna.provider.connect();
    await resynced(anna.provider);
    addStatement(anna.doc, { kind: 'loslaten', text: 'Geschreven na het slot', authorKey: person('Anna').authorKey, authorRole: 'raadslid' });
    await annaCloses.next(CLOSE.readOnlyWrite.code);
    expect(await serverTexts(group(1))).not.toContain('Geschreven na het slot');

    // Another group is not affected: Cees still writes.
    addStatement(cees.doc, { kind: 'cultuur', text: 'Groep twee schrijft door', authorKey: person('Cees').authorKey, authorRole: 'directie' });
    const observer = connect(group(2), facilitator());
    await until([observer.doc], () => listStatements(observer.doc).some((s) => s.text === 'Groep twee schrijft door'));
    expect(ceesCloses.codes).toEqual([]);
  });

  it('refuses an update on a socket opened while the group is locked, also on the member\'s own drafts', async () => {
    await setLock({ lock: { group: 1, locked: true } });
    const onGroup = rawSocket(server.url, group(1), person('Bram').cookie);
    const onDraft = rawSocket(server.url, draftDocName(seeded.workshopId, 1, person('Bram').id), person('Bram').cookie);
    raws.push(onGroup, onDraft);
    await Promise.all([onGroup.opened, onDraft.opened]);
    onGroup.send(updateFrame(statementUpdate('Bram op slot')));
    onDraft.send(updateFrame(statementUpdate('Bram klad op slot')));
    expect(await onGroup.closed).toEqual({ code: 4003, reason: 'read-only' });
    expect(await onDraft.closed).toEqual({ code: 4003, reason: 'read-only' });
    expect(await serverTexts(group(1))).not.toContain('Bram op slot');
    expect(await serverTexts(draftDocName(seeded.workshopId, 1, person('Bram').id))).not.toContain('Bram klad op slot');
  });

  it('lets the facilitator keep writing in a locked group', async () => {
    await setLock({ lockAll: true });
    const fac = connect(group(1), facilitator());
    const bram = connect(group(1), person('Bram').cookie);
    await Promise.all([fac.synced(), bram.synced()]);
    addStatement(fac.doc, { kind: 'openStaan', text: 'De begeleider vat samen', authorKey: seeded.facilitator.authorKey, authorRole: 'facilitator' });
    await until([bram.doc], () => listStatements(bram.doc).some((s) => s.text === 'De begeleider vat samen'));
  });

  it('gives the members their writing back on unlock: read-only sockets close with 4406 and reconnect as writers', async () => {
    await setLock({ lockAll: true });
    const bram = connect(group(1), person('Bram').cookie);
    await bram.synced();
    const bramCloses = closeLog(bram.provider);

    const live = await setLock({ lock: { group: 1, locked: false } });
    expect(live.locks).toEqual({ '2': true, '3': true });
    await bramCloses.next(CLOSE.permissionChanged.code);
    bram.provider.connect();
    await resynced(bram.provider);

    addStatement(bram.doc, { kind: 'cultuur', text: 'Weer open', authorKey: person('Bram').authorKey, authorRole: 'ambtenaar' });
    const observer = connect(group(1), facilitator());
    await until([observer.doc], () => listStatements(observer.doc).some((s) => s.text === 'Weer open'));
    expect(bramCloses.codes).toEqual([CLOSE.permissionChanged.code]);
  });

  it('keeps a lock across a server restart, because it is read from the live document', async () => {
    await setLock({ lock: { group: 2, locked: true } });
    await server.restart();
    const raw = rawSocket(server.url, group(2), person('Cees').cookie);
    raws.push(raw);
    await raw.opened;
    raw.send(updateFrame(statementUpdate('Na de herstart')));
    expect((await raw.closed).code).toBe(4003);
    expect(await serverTexts(group(2))).not.toContain('Na de herstart');
  });
});
