// SPDX-License-Identifier: EUPL-1.2
/**
 * Names stay hidden where the workshop hides them (issue 9, item 5): a member who receives the
 * group document and everyone's presence cannot tie a statement or an endorsement to a name. Real
 * server, real sessions from join links, the client's own provider (client/collab/RoomProvider.ts)
 * over real sockets.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ScreenLinkAnswer } from '../../shared/apiMeeting.js';
import { draftDocName, groupDocName } from '../../shared/docNames.js';
import { addStatement, listStatements, setEndorsement } from '../../shared/groupDoc.js';
import { RoomProvider } from '../../client/collab/RoomProvider.js';
import { collabClient, startTestServer, until, type CollabClient, type SeededWorkshop, type TestServer } from '../helpers/stipServer.js';

let server: TestServer;
const open: CollabClient[] = [];

beforeAll(async () => { server = await startTestServer(); });
afterEach(() => { for (const c of open.splice(0)) c.destroy(); });
afterAll(async () => { await server?.close(); });

const PEOPLE = [
  { name: 'Anna Aalders', role: 'raadslid', group: 1 },
  { name: 'Bram Bosman', role: 'ambtenaar', group: 1 },
  { name: 'Kees Kuipers', role: 'directie', group: 1 },
] as const;

async function seed(showNames: boolean): Promise<SeededWorkshop> {
  return server.seedWorkshop({ gemeente: showNames ? 'Namendorp' : 'Rollendorp', showNames, participants: PEOPLE.map((p) => ({ ...p })) });
}

function member(seeded: SeededWorkshop, name: string) {
  const p = seeded.participants.find((x) => x.name === name);
  if (!p) throw new Error(`no ${name}`);
  return p;
}

/** Joins group 1 as `name` with the client's provider, present with the name the page would set. */
async function join(seeded: SeededWorkshop, name: string): Promise<CollabClient> {
  const p = member(seeded, name);
  const client = collabClient(server.url, groupDocName(seeded.workshopId, 1), p.cookie, { Provider: RoomProvider });
  open.push(client);
  client.provider.awareness.setLocalStateField('user', { name: p.name, role: p.role, color: '#0d47a1' });
  await client.synced();
  return client;
}

/** Every client id that wrote a struct into the document (statements, texts, endorsements). */
const writerIds = (doc: Y.Doc) => new Set(doc.store.clients.keys());

/** The presence states another client holds, without its own. */
const othersPresence = (client: CollabClient) =>
  [...client.provider.awareness.getStates()].filter(([id]) => id !== client.provider.awareness.clientID);

/** Anna and Bram each write a statement and endorse the other's; Kees only watches. */
async function writeAndEndorse(seeded: SeededWorkshop, anna: CollabClient, bram: CollabClient, kees: CollabClient): Promise<void> {
  const a = member(seeded, 'Anna Aalders');
  const b = member(seeded, 'Bram Bosman');
  const annaSays = addStatement(anna.doc, { kind: 'openStaan', text: 'Luisteren naar inwoners.', authorKey: a.authorKey, authorRole: a.role });
  const bramSays = addStatement(bram.doc, { kind: 'loslaten', text: 'Minder regels.', authorKey: b.authorKey, authorRole: b.role });
  await until([anna.doc, bram.doc], () => listStatements(anna.doc).length === 2 && listStatements(bram.doc).length === 2);
  setEndorsement(anna.doc, bramSays, a.authorKey, true);
  setEndorsement(bram.doc, annaSays, b.authorKey, true);
  await until([kees.doc], () => listStatements(kees.doc).reduce((n, s) => n + s.endorsedBy.length, 0) === 2);
  anna.provider.awareness.setLocalStateField('cursor', { anchor: 1 });
  bram.provider.awareness.setLocalStateField('cursor', { anchor: 2 });
  await expect.poll(() => othersPresence(kees).filter(([, s]) => s?.cursor).length).toBe(2);
}

describe('a workshop that hides names', () => {
  it('gives a watching member no way from a statement or endorsement to a name', async () => {
    const seeded = await seed(false);
    const anna = await join(seeded, 'Anna Aalders');
    const bram = await join(seeded, 'Bram Bosman');
    const kees = await join(seeded, 'Kees Kuipers');
    await writeAndEndorse(seeded, anna, bram, kees);

    const presence = othersPresence(kees);
    expect(presence).toHaveLength(2);
    // No presence id is the id of anything written: statements, their texts and endorsements.
    const writers = writerIds(kees.doc);
    expect(writers.has(anna.doc.clientID) && writers.has(bram.doc.clientID)).toBe(true);
    for (const [presenceId] of presence) expect(writers.has(presenceId)).toBe(false);
    // Presence shows role and colour, never a name.
    const received = JSON.stringify(presence);
    for (const p of PEOPLE) {
      expect(received).not.toContain(p.name);
      expect(received).not.toContain(p.name.split(' ')[0]);
    }
    expect(presence.map(([, s]) => s.user.name)).toEqual(['', '']);
    expect(presence.map(([, s]) => s.user.role).sort()).toEqual(['ambtenaar', 'raadslid']);
    // Nor does anything else Kees can ask for.
    const authors = await server.api(`/api/workshops/${seeded.workshopId}/authors`, { cookie: member(seeded, 'Kees Kuipers').cookie });
    expect(authors.body).toEqual({});
    expect(JSON.stringify(kees.doc.toJSON())).not.toMatch(/Anna|Bram/);
  });

  it("reveals a private statement under the server's client id, not the drafter's", async () => {
    const seeded = await seed(false);
    const kees = member(seeded, 'Kees Kuipers');
    const draft = collabClient(server.url, draftDocName(seeded.workshopId, 1, kees.id), kees.cookie, { Provider: RoomProvider });
    open.push(draft);
    await draft.synced();
    addStatement(draft.doc, { kind: 'cultuur', text: 'Eerst zelf nadenken.', authorKey: kees.authorKey, authorRole: kees.role });
    await expect.poll(() => server.app.documents.read(draftDocName(seeded.workshopId, 1, kees.id), (doc) => listStatements(doc).length)).toBe(1);
    const anna = await join(seeded, 'Anna Aalders');
    const revealed = await server.api(`/api/workshops/${seeded.workshopId}/reveal`, { cookie: seeded.facilitator.cookie, body: { group: 1 } });
    expect(revealed.status).toBe(200);
    await until([anna.doc], () => listStatements(anna.doc).some((s) => s.text === 'Eerst zelf nadenken.'));
    expect(writerIds(anna.doc).has(draft.doc.clientID)).toBe(false);
  });

  it("still shows names to the workshop's facilitator (cockpit), and only to them", async () => {
    const seeded = await seed(false);
    const anna = await join(seeded, 'Anna Aalders');
    const kees = await join(seeded, 'Kees Kuipers');
    const facilitator = collabClient(server.url, groupDocName(seeded.workshopId, 1), seeded.facilitator.cookie, { Provider: RoomProvider });
    open.push(facilitator);
    facilitator.provider.awareness.setLocalState(null); // the cockpit watches without being present
    await facilitator.synced();
    anna.provider.awareness.setLocalStateField('cursor', { anchor: 1 });
    await expect.poll(() => othersPresence(facilitator).map(([, s]) => s?.user?.name).sort()).toEqual(['Anna Aalders', 'Kees Kuipers']);
    await expect.poll(() => othersPresence(kees).filter(([, s]) => s?.cursor).map(([, s]) => s.user.name)).toEqual(['']);
    const writers = writerIds(facilitator.doc);
    for (const [presenceId] of othersPresence(facilitator)) expect(writers.has(presenceId)).toBe(false);

    // The plenary screen (the beamer) is no facilitator: it gets roles only.
    const screenLink = await server.api<ScreenLinkAnswer>(`/api/workshops/${seeded.workshopId}/screen-link`, { cookie: seeded.facilitator.cookie, body: {} });
    const screenCookie = (await server.openLink(screenLink.body.link)).cookie;
    expect(screenCookie).not.toBeNull();
    const screen = collabClient(server.url, groupDocName(seeded.workshopId, 1), screenCookie, { Provider: RoomProvider });
    open.push(screen);
    screen.provider.awareness.setLocalState(null);
    await screen.synced();
    await expect.poll(() => othersPresence(screen).map(([, s]) => s?.user?.role).sort()).toEqual(['directie', 'raadslid']);
    expect(othersPresence(screen).map(([, s]) => s.user.name)).toEqual(['', '']);
  });

  it('hides names from presence as soon as the facilitator turns them off', async () => {
    const seeded = await seed(true);
    const anna = await join(seeded, 'Anna Aalders');
    const kees = await join(seeded, 'Kees Kuipers');
    await expect.poll(() => othersPresence(kees).map(([, s]) => s?.user?.name)).toEqual(['Anna Aalders']);
    const turnedOff = await server.api(`/api/workshops/${seeded.workshopId}`, { method: 'PATCH', cookie: seeded.facilitator.cookie, body: { showNames: false } });
    expect(turnedOff.status).toBe(200);
    anna.provider.awareness.setLocalStateField('cursor', { anchor: 3 }); // the next change in the room carries the new setting
    await expect.poll(() => othersPresence(kees).map(([, s]) => s?.user?.name)).toEqual(['']);
  });
});

describe('a workshop that shows names', () => {
  it('shows who is present by name, as before', async () => {
    const seeded = await seed(true);
    const anna = await join(seeded, 'Anna Aalders');
    const bram = await join(seeded, 'Bram Bosman');
    const kees = await join(seeded, 'Kees Kuipers');
    await writeAndEndorse(seeded, anna, bram, kees);
    expect(othersPresence(kees).map(([, s]) => s.user.name).sort()).toEqual(['Anna Aalders', 'Bram Bosman']);
    const authors = await server.api<Record<string, string>>(`/api/workshops/${seeded.workshopId}/authors`, { cookie: member(seeded, 'Kees Kuipers').cookie });
    expect(Object.values(authors.body).sort()).toContain('Anna Aalders');
  });

  it('keeps presence after a reconnect, under the same presence id and never the document id', async () => {
    const seeded = await seed(true);
    const anna = await join(seeded, 'Anna Aalders');
    const kees = await join(seeded, 'Kees Kuipers');
    const annaPresence = anna.provider.awareness.clientID;
    expect(annaPresence).not.toBe(anna.doc.clientID);
    await expect.poll(() => othersPresence(kees).map(([id]) => id)).toEqual([annaPresence]);
    anna.provider.disconnect();
    await expect.poll(() => othersPresence(kees)).toEqual([]);
    anna.provider.connect();
    await expect.poll(() => othersPresence(kees).map(([id, s]) => [id, s?.user?.name])).toEqual([[annaPresence, 'Anna Aalders']]);
  });
});
