// SPDX-License-Identifier: EUPL-1.2
/**
 * Forged writes against the real server: every role × every message type, sent as raw frames over
 * a raw `ws` socket with the role's session cookie, on a group document, the vision and the
 * consultation. What DESIGN.md allows happens; everything else changes nothing (the server's
 * state vector stays the same), refused upgrades get the right HTTP status, and refused frames
 * close the socket with the right code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ScreenLinkAnswer } from '../../shared/apiMeeting.js';
import { CLOSE, UPGRADE_REFUSAL } from '../../shared/closeCodes.js';
import { consultationDocName, groupDocName, visionDocName } from '../../shared/docNames.js';
import { addStatement } from '../../shared/groupDoc.js';
import { visionContentOf } from '../../shared/visionDoc.js';
import { awarenessEntriesIn, awarenessFrame, queryAwarenessFrame, syncStep1Frame, syncStep2Frame, updateFrame } from '../helpers/collabFrames.js';
import { isAwareness, isSyncStep2, openRawCollab, serverStateVector, type RawCollabSocket } from '../helpers/rawCollabSocket.js';
import { writeProbe } from '../helpers/probeWrite.js';
import { startTestServer, type SeededWorkshop, type TestServer } from '../helpers/stipServer.js';

type ActorName = 'groupMember' | 'otherGroupMember' | 'facilitator' | 'plenaryScreen' | 'otherWorkshop' | 'noSession';
type DocKind = 'group' | 'vision' | 'consultation';
type Access = 'write' | 'read' | 401 | 403;

/** DESIGN.md, "Documents and who may do what" (the plenary screen reads what the beamer shows, not the consultation). */
const ACCESS: Record<ActorName, Record<DocKind, Access>> = {
  groupMember: { group: 'write', vision: 'read', consultation: 'read' },
  otherGroupMember: { group: 403, vision: 'read', consultation: 'read' },
  facilitator: { group: 'write', vision: 'write', consultation: 'read' },
  plenaryScreen: { group: 'read', vision: 'read', consultation: 403 },
  otherWorkshop: { group: 403, vision: 403, consultation: 403 },
  noSession: { group: 401, vision: 401, consultation: 401 },
};

const VICTIM_CLIENT = 424_242;
const OWN_CLIENT = 777_001;
const FORGED_NAME = 'Burgemeester (vervalst)';

interface Outcome { close: { code: number; reason: string } | null; changes: boolean }

interface MessageCase {
  name: string;
  /** Carries document content (a forged write when the connection may not write). */
  content?: boolean;
  /** Tries to change someone else's presence. */
  forgesPresence?: boolean;
  frames(docName: string): Uint8Array[];
  outcome(access: 'write' | 'read'): Outcome;
}

/** A change the document's rules allow (shared/docRules.ts), so only the connection's rights decide. */
function forgedUpdate(docName: string): Uint8Array {
  const doc = new Y.Doc();
  writeProbe(doc, docName, `ingebroken ${Math.random()}`);
  return Y.encodeStateAsUpdate(doc);
}

const stays: Outcome = { close: null, changes: false };
const writesIfAllowed = (access: 'write' | 'read'): Outcome => (access === 'write' ? { close: null, changes: true } : { close: CLOSE.readOnlyWrite, changes: false });

const MESSAGE_CASES: MessageCase[] = [
  { name: 'sync step 1', frames: () => [syncStep1Frame()], outcome: () => stays },
  { name: 'sync step 2 with content', content: true, frames: (docName) => [syncStep2Frame(forgedUpdate(docName))], outcome: writesIfAllowed },
  { name: 'update with content', content: true, frames: (docName) => [updateFrame(forgedUpdate(docName))], outcome: writesIfAllowed },
  { name: 'awareness for its own client id', frames: () => [awarenessFrame([{ clientId: OWN_CLIENT, clock: 1, state: { user: { name: FORGED_NAME }, cursor: null } }])], outcome: () => stays },
  { name: 'awareness for another client id', forgesPresence: true, frames: () => [awarenessFrame([{ clientId: VICTIM_CLIENT, clock: 99, state: { user: { name: FORGED_NAME }, note: 'vervalst' } }])], outcome: () => stays },
  { name: 'null removal of another client id', forgesPresence: true, frames: () => [awarenessFrame([{ clientId: VICTIM_CLIENT, clock: 99, state: null }])], outcome: () => stays },
  { name: 'query awareness', frames: () => [queryAwarenessFrame()], outcome: () => stays },
  { name: 'unknown message type 7', frames: () => [Uint8Array.of(7, 1, 2)], outcome: () => ({ close: CLOSE.malformedFrame, changes: false }) },
  { name: 'auth message (type 2)', frames: () => [Uint8Array.of(2, 0)], outcome: () => stays },
];

let server: TestServer;
let seeded: SeededWorkshop;
const cookies = {} as Record<ActorName, string | null>;
const names = {} as Record<ActorName, string>;
let victimCookie: string;
let victimName: string;
const docNames = {} as Record<DocKind, string>;
const victims: RawCollabSocket[] = [];
const renewals: NodeJS.Timeout[] = [];
const tally = { writesTried: 0, writesAccepted: 0, presenceTried: 0, presenceAccepted: 0, frames: 0 };

beforeAll(async () => {
  server = await startTestServer();
  seeded = await server.seedWorkshop({
    gemeente: 'Vervalsdorp',
    showNames: true, // the matrix reads presence names (hiddenNames.test.ts: hidden ones)
    participants: [
      { name: 'Anna Groep Een', role: 'raadslid', group: 1 },
      { name: 'Vera Slachtoffer', role: 'ambtenaar', group: 1 },
      { name: 'Bram Groep Twee', role: 'collegelid', group: 2 },
    ],
  });
  const other = await server.seedWorkshop({ gemeente: 'Anderdorp', participants: [{ name: 'Olaf Elders', role: 'raadslid', group: 1 }] });
  const screen = await server.api<ScreenLinkAnswer>(`/api/workshops/${seeded.workshopId}/screen-link`, { cookie: seeded.facilitator.cookie, body: {} });
  expect(screen.status).toBe(200);
  const [anna, vera, bram] = seeded.participants;
  Object.assign(cookies, {
    groupMember: anna.cookie, otherGroupMember: bram.cookie, facilitator: seeded.facilitator.cookie,
    plenaryScreen: (await server.openLink(screen.body.link)).cookie, otherWorkshop: other.participants[0].cookie, noSession: null,
  });
  Object.assign(names, { groupMember: anna.name, otherGroupMember: bram.name, facilitator: 'Procesbegeleider', plenaryScreen: 'Plenair scherm', otherWorkshop: 'Olaf Elders', noSession: '' });
  victimCookie = vera.cookie;
  victimName = vera.name;

  const id = seeded.workshopId;
  Object.assign(docNames, { group: groupDocName(id, 1), vision: visionDocName(id), consultation: consultationDocName(id) });
  await server.app.documents.change(docNames.group, (doc) => addStatement(doc, { kind: 'openStaan', text: 'Wij luisteren eerst', authorKey: 'k_anna', authorRole: 'raadslid' }));
  await server.app.documents.change(docNames.vision, (doc) => {
    const p = new Y.XmlElement('paragraph');
    p.insert(0, [new Y.XmlText('De gemeente staat open.')]);
    visionContentOf(doc).insert(0, [p]);
  });
  await server.app.documents.change(docNames.consultation, (doc) => doc.getMap('comments').set('c1', 'Een reactie van de server'));

  // Vera (group 1: writes the group document, reads the others) holds a presence state in every document.
  for (const kind of ['group', 'vision', 'consultation'] as const) {
    const opened = await openRawCollab(server.url, docNames[kind], { cookie: victimCookie });
    if (!opened.ok) throw new Error(`victim could not open ${kind}: ${opened.status}`);
    const victim = opened.socket;
    victim.send(awarenessFrame([{ clientId: VICTIM_CLIENT, clock: 1, state: { note: 'echt' } }]));
    // Renew like a real client does, so the state never times out however slow the run is.
    let clock = 1;
    renewals.push(setInterval(() => victim.send(awarenessFrame([{ clientId: VICTIM_CLIENT, clock: ++clock, state: { note: 'echt' } }])), 5_000));
    opened.socket.send(syncStep1Frame());
    await opened.socket.frame(isSyncStep2);
    victims.push(opened.socket);
  }
});

afterAll(async () => {
  console.log(`forged writes tried: ${tally.writesTried}, accepted: ${tally.writesAccepted}; forged presence tried: ${tally.presenceTried}, accepted: ${tally.presenceAccepted}; frames sent: ${tally.frames}`);
  for (const r of renewals) clearInterval(r);
  for (const v of victims) v.close();
  await server?.close();
});

/** The presence states of a document, as a new connection sees them. */
async function presenceOf(docName: string): Promise<Map<number, { note?: string; user?: { name?: string } } | null>> {
  const opened = await openRawCollab(server.url, docName, { cookie: victimCookie });
  if (!opened.ok) throw new Error('observer refused');
  const socket = opened.socket;
  socket.send(queryAwarenessFrame());
  await socket.frame(isAwareness);
  socket.close();
  return new Map(awarenessEntriesIn(socket.received).map((e) => [e.clientId, e.state]));
}

/** Sends the frames, then a step 1 probe; resolves once the server has handled them all (or closed). */
async function sendAndSettle(socket: RawCollabSocket, frames: Uint8Array[]): Promise<void> {
  for (const f of frames) socket.send(f);
  socket.send(syncStep1Frame());
  tally.frames += frames.length;
  const step1s = frames.filter((f) => f[0] === 0 && f[1] === 0).length + 1;
  await Promise.race([socket.count(isSyncStep2, step1s), socket.closed]);
}

const writeAllowed = (access: Access) => access === 'write';

for (const actor of Object.keys(ACCESS) as ActorName[]) {
  describe(`as ${actor}`, () => {
    for (const kind of ['group', 'vision', 'consultation'] as DocKind[]) {
      const access = ACCESS[actor][kind];
      describe(`on the ${kind} document (${typeof access === 'number' ? `refused ${access}` : access})`, () => {
        for (const message of MESSAGE_CASES) {
          it(`${message.name}: ${describeExpectation(access, message)}`, async () => {
            const docName = docNames[kind];
            const before = await serverStateVector(server.app, docName);
            const forgedWrite = message.content && !writeAllowed(access);
            if (forgedWrite) tally.writesTried++;
            if (message.forgesPresence) tally.presenceTried++;

            const opened = await openRawCollab(server.url, docName, { cookie: cookies[actor] });
            if (typeof access === 'number') {
              expect(opened.ok).toBe(false);
              if (!opened.ok) {
                expect(opened.status).toBe(access);
                expect(JSON.parse(opened.body).error).toBe(access === 401 ? UPGRADE_REFUSAL.noSession.error : UPGRADE_REFUSAL.forbidden.error);
              }
              expect((await serverStateVector(server.app, docName)).equals(before)).toBe(true);
              return;
            }
            expect(opened.ok).toBe(true);
            if (!opened.ok) return;
            const socket = opened.socket;
            await sendAndSettle(socket, message.frames(docName));
            const expected = message.outcome(access);
            if (expected.close) {
              expect(await socket.closed).toEqual({ code: expected.close.code, reason: expected.close.reason });
            } else {
              expect(socket.isClosed).toBe(false);
            }
            const after = await serverStateVector(server.app, docName);
            const changed = !after.equals(before);
            if (forgedWrite && changed) tally.writesAccepted++;
            expect(changed).toBe(expected.changes);

            const presence = await presenceOf(docName);
            const victim = presence.get(VICTIM_CLIENT);
            const victimIntact = victim?.note === 'echt' && victim.user?.name === victimName;
            if (message.forgesPresence && !victimIntact) tally.presenceAccepted++;
            expect(victimIntact).toBe(true);
            if (message.name.startsWith('awareness for its own')) {
              expect(presence.get(OWN_CLIENT)?.user?.name).toBe(names[actor]);
            }
            for (const state of presence.values()) expect(state?.user?.name).not.toBe(FORGED_NAME);
            socket.close();
            await socket.closed;
          });
        }
      });
    }
  });
}

function describeExpectation(access: Access, message: MessageCase): string {
  if (typeof access === 'number') return `the upgrade is refused with ${access}`;
  const o = message.outcome(access);
  if (o.close) return `closed with ${o.close.code}, nothing changes`;
  return o.changes ? 'the write is applied' : 'nothing changes, the socket stays open';
}
