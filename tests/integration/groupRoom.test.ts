// SPDX-License-Identifier: EUPL-1.2
/**
 * A meeting-1 group room over the full stack: real sessions from join links, the real server, stock
 * y-websocket clients over real sockets.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { groupDocName, visionDocName } from '../../shared/docNames.js';
import { addStatement, horizonOf, listStatements, noteEditor, statementText, setEndorsement } from '../../shared/groupDoc.js';
import { hasProbe, writeProbe } from '../helpers/probeWrite.js';
import { collabClient, startTestServer, until, type CollabClient, type SeededWorkshop, type TestServer } from '../helpers/stipServer.js';

let server: TestServer;
let seeded: SeededWorkshop;
const open: CollabClient[] = [];

function connect(docName: string, cookie: string | null): CollabClient {
  const client = collabClient(server.url, docName, cookie);
  open.push(client);
  return client;
}

function addParagraph(doc: Y.Doc, text: string): void {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  horizonOf(doc).push([paragraph]);
}

/** The room as plain data, to compare copies. */
const snapshot = (doc: Y.Doc) => JSON.stringify({
  statements: listStatements(doc).map((s) => ({ ...s, endorsedBy: [...s.endorsedBy].sort() })),
  horizon: horizonOf(doc).toString(),
});

beforeAll(async () => {
  server = await startTestServer();
  seeded = await server.seedWorkshop({
    gemeente: 'Groepdorp',
    participants: [
      { name: 'Anna', role: 'raadslid', group: 1 },
      { name: 'Bram', role: 'ambtenaar', group: 1 },
      { name: 'Cees', role: 'directie', group: 1 },
      { name: 'Dina', role: 'ambtenaar', group: 2 },
      { name: 'Eva', role: 'raadslid', group: 3 },
    ],
  });
});
afterEach(() => {
  for (const c of open.splice(0)) c.destroy();
});
afterAll(async () => {
  await server?.close();
});

const person = (name: string) => seeded.participants.find((p) => p.name === name)!;
const group1 = () => groupDocName(seeded.workshopId, 1);

describe('a group room', () => {
  it('brings three members to the same statements and horizon after concurrent edits', async () => {
    const clients = ['Anna', 'Bram', 'Cees'].map((n) => connect(group1(), person(n).cookie));
    await Promise.all(clients.map((c) => c.synced()));
    const [a, b, c] = clients.map((cl) => cl.doc);

    const shared = addStatement(a, { kind: 'openStaan', text: 'Wij luisteren eerst.', authorKey: person('Anna').authorKey, authorRole: 'raadslid' });
    await until([b, c], () => statementText(b, shared) !== null && statementText(c, shared) !== null);

    // Everyone at once: new statements, typing in the same statement, endorsing, and writing the horizon.
    addStatement(a, { kind: 'loslaten', text: 'Controle loslaten.', authorKey: person('Anna').authorKey, authorRole: 'raadslid' });
    addStatement(b, { kind: 'cultuur', text: 'Fouten mogen.', authorKey: person('Bram').authorKey, authorRole: 'ambtenaar' });
    addStatement(c, { kind: 'openStaan', text: 'Inwoners vooraf betrekken.', authorKey: person('Cees').authorKey, authorRole: 'directie' });
    statementText(a, shared)!.insert(0, 'Anna: ');
    // Changing another's statement names the editor in the same change (the server checks it).
    b.transact(() => { statementText(b, shared)!.insert(statementText(b, shared)!.length, ' (Bram)'); noteEditor(b, shared, { key: person('Bram').authorKey, role: 'ambtenaar' }); });
    c.transact(() => { statementText(c, shared)!.insert(4, 'C'); noteEditor(c, shared, { key: person('Cees').authorKey, role: 'directie' }); });
    setEndorsement(b, shared, person('Bram').authorKey, true);
    setEndorsement(c, shared, person('Cees').authorKey, true);
    addParagraph(a, 'In 2030 doen inwoners mee.');
    addParagraph(b, 'De raad stuurt op hoofdlijnen.');
    addParagraph(c, 'Ambtenaren werken samen.');

    await until([a, b, c], () => {
      const s = snapshot(a);
      return listStatements(a).length === 4 && horizonOf(a).length === 3 && s === snapshot(b) && s === snapshot(c);
    });
    const statements = listStatements(b);
    expect(statements.map((s) => s.kind).sort()).toEqual(['cultuur', 'loslaten', 'openStaan', 'openStaan']);
    const text = statements.find((s) => s.id === shared)!;
    expect(text.text).toContain('Anna: ');
    expect(text.text).toContain(' (Bram)');
    expect(text.endorsedBy.sort()).toEqual([person('Bram').authorKey, person('Cees').authorKey].sort());
    expect(text.editors.map((e) => e.role).sort()).toEqual(['ambtenaar', 'directie']);
    expect(horizonOf(c).toString()).toContain('In 2030 doen inwoners mee.');

    const onServer = await server.app.documents.read(group1(), (doc) => snapshot(doc));
    expect(onServer).toBe(snapshot(a));
  });

  it('refuses a connection without a session with 401', async () => {
    expect(await connect(group1(), null).refused()).toBe(401);
  });

  it('refuses a member of another group with 403', async () => {
    expect(await connect(group1(), person('Dina').cookie).refused()).toBe(403);
  });

  it('refuses a participant of another workshop with 403', async () => {
    const other = await server.seedWorkshop({ gemeente: 'Anderdorp', participants: [{ name: 'Olga', role: 'raadslid', group: 1 }] });
    expect(await connect(group1(), other.participants[0].cookie).refused()).toBe(403);
    expect(await connect(group1(), other.facilitator.cookie).refused()).toBe(403);
  });

  it('lets the facilitator and the installation organiser write in every group', async () => {
    const facilitator = connect(groupDocName(seeded.workshopId, 2), seeded.facilitator.cookie);
    const organiser = connect(groupDocName(seeded.workshopId, 2), seeded.setupCookie);
    const dina = connect(groupDocName(seeded.workshopId, 2), person('Dina').cookie);
    await Promise.all([facilitator.synced(), organiser.synced(), dina.synced()]);
    addStatement(facilitator.doc, { kind: 'cultuur', text: 'Van de begeleider.', authorKey: seeded.facilitator.authorKey, authorRole: 'facilitator' });
    // The organiser is no participant and so has no author key of its own: it writes the horizon, not a statement.
    writeProbe(organiser.doc, groupDocName(seeded.workshopId, 2), 'Van de beheerder.');
    await until([dina.doc], () => listStatements(dina.doc).length === 1 && hasProbe(dina.doc, groupDocName(seeded.workshopId, 2), 'Van de beheerder.'));
  });

  it('closes a read-only connection that sends a change with 4003 and applies nothing', async () => {
    const vision = visionDocName(seeded.workshopId);
    const writer = connect(vision, seeded.facilitator.cookie);
    const reader = connect(vision, person('Anna').cookie);
    await Promise.all([writer.synced(), reader.synced()]);
    writeProbe(writer.doc, vision, 'Onze visie.');
    await until([reader.doc], () => hasProbe(reader.doc, vision, 'Onze visie.'));

    writeProbe(reader.doc, vision, 'Vervalst');
    const closed = await reader.closed();
    expect(closed).toEqual({ code: 4003, reason: 'read-only' });
    reader.destroy();

    expect(await server.app.documents.read(vision, (doc) => hasProbe(doc, vision, 'Onze visie.') && !hasProbe(doc, vision, 'Vervalst'))).toBe(true);
    expect(hasProbe(writer.doc, vision, 'Vervalst')).toBe(false);
  });

  it('is not disturbed by a malformed frame from one client', async () => {
    const anna = connect(group1(), person('Anna').cookie);
    const bram = connect(group1(), person('Bram').cookie);
    await Promise.all([anna.synced(), bram.synced()]);
    const closes: unknown[] = [];
    for (const c of [anna, bram]) c.provider.on('connection-close', (e: unknown) => closes.push(e));

    const rogue = new WebSocket(server.url.replace('http', 'ws') + '/collab/' + group1(), { headers: { cookie: person('Cees').cookie } });
    const rogueClose = new Promise<number>((resolve) => rogue.on('close', (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => { rogue.on('open', () => resolve()); rogue.on('error', reject); });
    rogue.send(Buffer.from([0, 2, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x0f, 1, 2, 3]));
    rogue.send(Buffer.from([0x7f, 0x00, 0x01]));
    expect(await rogueClose).toBeGreaterThanOrEqual(4000);

    const id = addStatement(anna.doc, { kind: 'loslaten', text: 'Na de storing.', authorKey: person('Anna').authorKey, authorRole: 'raadslid' });
    await until([bram.doc], () => statementText(bram.doc, id)?.toString() === 'Na de storing.');
    expect(closes).toEqual([]);
    expect(anna.provider.wsconnected && bram.provider.wsconnected).toBe(true);
  });

  it('closes the socket of a participant moved to another group; the new group opens, the old one no longer', async () => {
    const eva = person('Eva');
    const before = connect(groupDocName(seeded.workshopId, 3), eva.cookie);
    await before.synced();
    const moved = await server.api(`/api/workshops/${seeded.workshopId}/participants/${eva.id}`, { method: 'PATCH', cookie: seeded.facilitator.cookie, body: { group: 2 } });
    expect(moved.status).toBe(200);
    expect(await before.closed()).toEqual({ code: 4406, reason: 'permission-changed' });

    await connect(groupDocName(seeded.workshopId, 2), eva.cookie).synced();
    expect(await connect(groupDocName(seeded.workshopId, 3), eva.cookie).refused()).toBe(403);
  });

  it('closes every socket of a removed participant with 4401 and refuses them afterwards', async () => {
    const extra = await server.api<{ id: string; link: string }>(`/api/workshops/${seeded.workshopId}/participants`, { cookie: seeded.facilitator.cookie, body: { name: 'Fien', role: 'ambtenaar', group: 1 } });
    const cookie = (await server.openLink(extra.body.link)).cookie!;
    const room = connect(group1(), cookie);
    const vision = connect(visionDocName(seeded.workshopId), cookie);
    await Promise.all([room.synced(), vision.synced()]);
    await server.api(`/api/workshops/${seeded.workshopId}/participants/${extra.body.id}`, { method: 'DELETE', cookie: seeded.facilitator.cookie });
    expect(await room.closed()).toEqual({ code: 4401, reason: 'session-ended' });
    expect(await vision.closed()).toEqual({ code: 4401, reason: 'session-ended' });
    expect(await connect(group1(), cookie).refused()).toBe(401);
  });

  it('closes the sockets of someone whose link is renewed with 4401', async () => {
    const bram = person('Bram');
    const room = connect(group1(), bram.cookie);
    await room.synced();
    const renewed = await server.api<{ link: string }>(`/api/workshops/${seeded.workshopId}/participants/${bram.id}/link`, { cookie: seeded.facilitator.cookie, body: {} });
    expect(renewed.status).toBe(200);
    expect(await room.closed()).toEqual({ code: 4401, reason: 'session-ended' });
    expect(await connect(group1(), bram.cookie).refused()).toBe(401);
    bram.cookie = (await server.openLink(renewed.body.link)).cookie!;
    await connect(group1(), bram.cookie).synced();
  });

  it('closes the group sockets of exactly those whom a new group division moves', async () => {
    const w = await server.seedWorkshop({
      gemeente: 'Schuifdorp',
      participants: [{ name: 'R1', role: 'raadslid', group: 1 }, { name: 'R2', role: 'raadslid', group: 1 }, { name: 'R3', role: 'raadslid', group: 1 }],
    });
    const clients = w.participants.map((p) => connect(groupDocName(w.workshopId, 1), p.cookie));
    await Promise.all(clients.map((c) => c.synced()));
    const res = await server.api<{ participants: { id: string; group: number | null }[] }>(`/api/workshops/${w.workshopId}/groups/assign`, { cookie: w.facilitator.cookie, body: {} });
    const groupOf = new Map(res.body.participants.map((p) => [p.id, p.group]));
    const moved = w.participants.filter((p) => groupOf.get(p.id) !== 1);
    const stayed = w.participants.filter((p) => groupOf.get(p.id) === 1);
    expect([moved.length, stayed.length]).toEqual([2, 1]);
    for (const p of moved) expect(await clients[w.participants.indexOf(p)].closed()).toEqual({ code: 4406, reason: 'permission-changed' });

    const stayer = clients[w.participants.indexOf(stayed[0])];
    const watcher = connect(groupDocName(w.workshopId, 1), w.facilitator.cookie);
    await watcher.synced();
    const id = addStatement(stayer.doc, { kind: 'cultuur', text: 'Ik ben er nog.', authorKey: stayed[0].authorKey, authorRole: 'raadslid' });
    await until([watcher.doc], () => statementText(watcher.doc, id) !== null);
    expect(stayer.provider.wsconnected).toBe(true);
  });

  it('keeps everything written through a restart', async () => {
    const anna = connect(group1(), person('Anna').cookie);
    const bram = connect(group1(), person('Bram').cookie);
    await Promise.all([anna.synced(), bram.synced()]);
    const id = addStatement(anna.doc, { kind: 'cultuur', text: 'Blijft bewaard.', authorKey: person('Anna').authorKey, authorRole: 'raadslid' });
    addParagraph(anna.doc, 'Ook na een herstart.');
    await until([bram.doc], () => statementText(bram.doc, id) !== null && horizonOf(bram.doc).toString().includes('herstart'));
    const written = snapshot(anna.doc);
    for (const c of open.splice(0)) c.destroy();

    await server.restart();

    const later = connect(group1(), person('Cees').cookie);
    await later.synced();
    expect(snapshot(later.doc)).toBe(written);
  });
});
