// SPDX-License-Identifier: EUPL-1.2
/**
 * The global vision: its four sections written by the server, provenance written by a facilitator
 * client, and frozen versions that later edits never change.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { VisionVersionSummary, VisionVersionView } from '../../shared/apiMeeting.js';
import { visionDocName } from '../../shared/docNames.js';
import { fragmentToNode } from '../../shared/editor/schema.js';
import { addSources, newPassageId, readProvenance, visionContentOf, type SourceRef } from '../../shared/visionDoc.js';
import { createWorkshop } from '../../server/services/workshop/workshopCreator.js';
import { workshopDetail } from '../../server/services/workshop/workshopPresenter.js';
import { collabClient, startTestServer, until, type CollabClient, type SeededWorkshop, type TestServer } from '../helpers/stipServer.js';

let server: TestServer;
let seeded: SeededWorkshop;
const open: CollabClient[] = [];

function connect(cookie: string): CollabClient {
  const client = collabClient(server.url, visionDocName(seeded.workshopId), cookie);
  open.push(client);
  return client;
}

beforeAll(async () => {
  server = await startTestServer();
  seeded = await server.seedWorkshop({ gemeente: 'Visiedorp', participants: [{ name: 'Anna', role: 'raadslid', group: 1 }] });
});
afterEach(() => {
  for (const c of open.splice(0)) c.destroy();
});
afterAll(async () => {
  await server?.close();
});

const id = () => seeded.workshopId;
const anna = () => seeded.participants[0];
const SECTIONS = [
  { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Open staan' }] },
  { type: 'paragraph', attrs: { passage: null } },
  { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Loslaten' }] },
  { type: 'paragraph', attrs: { passage: null } },
  { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Cultuurverandering' }] },
  { type: 'paragraph', attrs: { passage: null } },
  { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Stip op de horizon' }] },
  { type: 'paragraph', attrs: { passage: null } },
];

/** Writes a passage with a source into the first empty paragraph after `heading`; returns its id. */
function writePassage(doc: Y.Doc, heading: string, text: string, source: SourceRef): string {
  const content = visionContentOf(doc);
  const passage = newPassageId();
  doc.transact(() => {
    const items = content.toArray();
    const at = items.findIndex((n) => n instanceof Y.XmlElement && n.nodeName === 'heading' && n.toString().includes(heading));
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.setAttribute('passage', passage);
    paragraph.insert(0, [new Y.XmlText(text)]);
    content.insert(at + 1, [paragraph]);
    addSources(doc, passage, [source]);
  });
  return passage;
}

const contentJson = (doc: Y.Doc) => fragmentToNode(visionContentOf(doc)).toJSON();

describe('the vision document', () => {
  it('starts with the four section headings, each followed by an empty paragraph', async () => {
    const reader = connect(anna().cookie);
    await reader.synced();
    expect(contentJson(reader.doc)).toEqual({ type: 'doc', content: SECTIONS });
  });

  it('starts in the workshop\'s language: a workshop held in English gets English section headings', async () => {
    const older = await createWorkshop(server.app.services, { gemeente: 'Engeldorp', title: 'Vision', dates: {}, showNames: false, facilitatorName: 'Facilitator' });
    const cookie = (await server.openLink((await workshopDetail(server.app.services, older)).facilitatorLink)).cookie!;
    expect((await server.api(`/api/workshops/${older.id}`, { method: 'PATCH', cookie, body: { language: 'en' } })).status).toBe(200);
    expect((await server.api(`/api/workshops/${older.id}`, { cookie })).status).toBe(200);
    const json = await server.app.documents.read(visionDocName(older.id), contentJson);
    const headings = (json.content as { type: string; content?: { text: string }[] }[]).filter((n) => n.type === 'heading');
    expect(headings.map((n) => n.content?.[0].text)).toEqual(['Being open', 'Letting go', 'Culture change', 'Point on the horizon']);
  });

  it('never gets the headings a second time, also not after a restart', async () => {
    await server.restart();
    const reader = connect(anna().cookie);
    await reader.synced();
    expect((await server.api(`/api/workshops/${id()}`, { cookie: seeded.facilitator.cookie })).status).toBe(200);
    await server.app.documents.read(visionDocName(id()), (doc) => Y.applyUpdate(reader.doc, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(reader.doc))));
    expect(contentJson(reader.doc).content).toHaveLength(SECTIONS.length);
  });

  it('gets its sections on the facilitator\'s first visit when the workshop was made without them (older workshops, CLI)', async () => {
    const older = await createWorkshop(server.app.services, { gemeente: 'Ouddorp', title: 'Visie', dates: {}, showNames: false, facilitatorName: 'Begeleider' });
    const emptyBefore = await server.app.documents.read(visionDocName(older.id), (doc) => visionContentOf(doc).length);
    expect(emptyBefore).toBe(0);
    const cookie = (await server.openLink((await workshopDetail(server.app.services, older)).facilitatorLink)).cookie!;
    expect((await server.api(`/api/workshops/${older.id}`, { cookie })).status).toBe(200);
    const json = await server.app.documents.read(visionDocName(older.id), contentJson);
    expect(json).toEqual({ type: 'doc', content: SECTIONS });
  });

  it('never gets the sections written into a vision that already has content', async () => {
    const older = await createWorkshop(server.app.services, { gemeente: 'Eigendorp', title: 'Visie', dates: {}, showNames: false, facilitatorName: 'Begeleider' });
    await server.app.documents.change(visionDocName(older.id), (doc) => {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText('Eigen opzet van de begeleider.')]);
      visionContentOf(doc).insert(0, [paragraph]);
    });
    const cookie = (await server.openLink((await workshopDetail(server.app.services, older)).facilitatorLink)).cookie!;
    expect((await server.api(`/api/workshops/${older.id}/live`, { method: 'PATCH', cookie, body: { step: 'write' } })).status).toBe(200);
    const json = await server.app.documents.read(visionDocName(older.id), contentJson);
    expect(json.content).toEqual([{ type: 'paragraph', attrs: { passage: null }, content: [{ type: 'text', text: 'Eigen opzet van de begeleider.' }] }]);
  });

  it('keeps the provenance a facilitator wrote across a reload and a server restart', async () => {
    const writer = connect(seeded.facilitator.cookie);
    await writer.synced();
    const source: SourceRef = { kind: 'statement', group: 1, statementId: 's_0011', statementKind: 'openStaan', quote: 'Wij luisteren eerst.' };
    const passage = writePassage(writer.doc, 'Open staan', 'De gemeente luistert eerst.', source);

    const reloaded = connect(anna().cookie);
    await reloaded.synced();
    await until([reloaded.doc], () => readProvenance(reloaded.doc)[passage]?.length === 1);
    expect(readProvenance(reloaded.doc)[passage]).toEqual([source]);

    await server.restart();
    const afterRestart = connect(anna().cookie);
    await afterRestart.synced();
    expect(readProvenance(afterRestart.doc)[passage]).toEqual([source]);
    expect(visionContentOf(afterRestart.doc).toString()).toContain(`passage="${passage}"`);
  });
});

describe('frozen versions', () => {
  const versions = () => `/api/workshops/${id()}/versions`;

  it('stores numbered versions that later edits never change', async () => {
    const writer = connect(seeded.facilitator.cookie);
    await writer.synced();
    const first = await server.api<VisionVersionSummary>(versions(), { cookie: seeded.facilitator.cookie, body: { label: 'Na bijeenkomst 1' } });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ number: 1, label: 'Na bijeenkomst 1' });
    const frozen = (await server.api<VisionVersionView>(`${versions()}/1`, { cookie: anna().cookie })).body;
    expect(frozen.content).toEqual(contentJson(writer.doc));
    expect(frozen.provenance).toEqual(readProvenance(writer.doc));

    const source: SourceRef = { kind: 'horizon', group: 2, quote: 'In 2030 doen inwoners mee.' };
    const passage = writePassage(writer.doc, 'Stip op de horizon', 'Inwoners doen mee.', source);
    const observer = connect(anna().cookie);
    await observer.synced();
    await until([observer.doc], () => passage in readProvenance(observer.doc));

    expect((await server.api<VisionVersionView>(`${versions()}/1`, { cookie: anna().cookie })).body).toEqual(frozen);
    const second = await server.api<VisionVersionSummary>(versions(), { cookie: seeded.facilitator.cookie, body: { label: 'Na consultatie' } });
    expect(second.body.number).toBe(2);
    const v2 = (await server.api<VisionVersionView>(`${versions()}/2`, { cookie: anna().cookie })).body;
    expect(v2.provenance[passage]).toEqual([source]);
    expect(JSON.stringify(v2.content)).toContain('Inwoners doen mee.');
    expect(JSON.stringify(frozen.content)).not.toContain('Inwoners doen mee.');

    const list = await server.api<VisionVersionSummary[]>(versions(), { cookie: anna().cookie });
    expect(list.body.map((v) => [v.number, v.label])).toEqual([[1, 'Na bijeenkomst 1'], [2, 'Na consultatie']]);
    expect(new Date(list.body[0].createdAt).toISOString()).toBe(list.body[0].createdAt);
  });

  it('answers 404 for a version that does not exist', async () => {
    for (const n of ['99', '0', 'abc', '-1']) {
      const res = await server.api<{ error: string }>(`${versions()}/${n}`, { cookie: anna().cookie });
      expect(res.status).toBe(404);
    }
  });

  it('refuses a version without a label and stores nothing', async () => {
    const before = (await server.api<VisionVersionSummary[]>(versions(), { cookie: anna().cookie })).body;
    for (const body of [{}, { label: '   ' }, { label: 'x'.repeat(121) }, { label: 'ok', extra: 1 }]) {
      const res = await server.api<{ error: string; issues: unknown[] }>(versions(), { cookie: seeded.facilitator.cookie, body });
      expect(res.status).toBe(400);
      expect(res.body.issues.length).toBeGreaterThan(0);
    }
    expect((await server.api<VisionVersionSummary[]>(versions(), { cookie: anna().cookie })).body).toEqual(before);
  });
});
