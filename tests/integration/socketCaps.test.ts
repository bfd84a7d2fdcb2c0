// SPDX-License-Identifier: EUPL-1.2
/**
 * Caps on open sockets (issue 9, item 8): one session may hold only so many sockets and one
 * address only so many (the review held 3,000 on one cookie). Refused at upgrade with 429 and an
 * error id; a socket given back makes room again; the others in the room keep working.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { groupDocName, visionDocName } from '../../shared/docNames.js';
import { addStatement, listStatements } from '../../shared/groupDoc.js';
import { waitFor } from '../helpers/collabHarness.js';
import { openRawCollab, type RawCollabSocket } from '../helpers/rawCollabSocket.js';
import { collabClient, startTestServer, until, type CollabClient, type SeededWorkshop, type TestServer } from '../helpers/stipServer.js';

const PER_SESSION = 4;
const PER_ADDRESS = 7;

let server: TestServer;
let seeded: SeededWorkshop;
const raws: RawCollabSocket[] = [];
const clients: CollabClient[] = [];

async function openOk(docName: string, cookie: string): Promise<RawCollabSocket> {
  const opened = await openRawCollab(server.url, docName, { cookie });
  if (!opened.ok) throw new Error(`refused: ${opened.status} ${opened.body}`);
  raws.push(opened.socket);
  return opened.socket;
}

beforeAll(async () => {
  server = await startTestServer({
    socketCaps: { perSession: PER_SESSION, perAddress: PER_ADDRESS },
    rateLimits: { limitLoopback: true } as never,
  });
  seeded = await server.seedWorkshop({
    gemeente: 'Kapdorp',
    participants: [
      { name: 'Anna', role: 'raadslid', group: 1 },
      { name: 'Bram', role: 'ambtenaar', group: 1 },
      { name: 'Cees', role: 'raadslid', group: 1 },
    ],
  });
});

afterEach(async () => {
  for (const s of raws.splice(0)) { s.close(); await s.closed; }
  for (const c of clients.splice(0)) c.destroy();
  await waitFor(() => server.app.collab.stats().connections === 0, 'every socket given back');
});

afterAll(async () => {
  await server.close();
});

describe('socket caps', () => {
  it('refuses a session\'s socket past its cap with 429 too-many-sockets-session; the others keep working; a closed socket makes room', async () => {
    const [anna, bram] = seeded.participants;
    const docs = [groupDocName(seeded.workshopId, 1), visionDocName(seeded.workshopId)];
    for (let i = 0; i < PER_SESSION; i++) await openOk(docs[i % 2], anna.cookie);
    const over = await openRawCollab(server.url, docs[0], { cookie: anna.cookie });
    expect(over.ok).toBe(false);
    if (!over.ok) expect([over.status, JSON.parse(over.body)]).toEqual([429, { error: 'too-many-sockets-session' }]);

    const b = collabClient(server.url, docs[0], bram.cookie);
    clients.push(b);
    await b.synced();
    addStatement(b.doc, { kind: 'openStaan', text: 'Bram blijft schrijven.', authorKey: bram.authorKey, authorRole: 'ambtenaar' });
    const check = collabClient(server.url, docs[0], seeded.facilitator.cookie);
    clients.push(check);
    await until([check.doc], () => listStatements(check.doc).some((s) => s.text === 'Bram blijft schrijven.'));

    const first = raws.shift()!;
    first.close();
    await first.closed;
    await openOk(docs[0], anna.cookie);
  });

  it('refuses a socket past the address cap with 429 too-many-sockets-address, across sessions', async () => {
    const cookies = [seeded.participants[0].cookie, seeded.participants[1].cookie];
    for (let i = 0; i < PER_ADDRESS; i++) await openOk(groupDocName(seeded.workshopId, 1), cookies[i % 2]);
    const over = await openRawCollab(server.url, groupDocName(seeded.workshopId, 1), { cookie: seeded.participants[2].cookie });
    expect(over.ok).toBe(false);
    if (!over.ok) expect([over.status, JSON.parse(over.body)]).toEqual([429, { error: 'too-many-sockets-address' }]);
  });
});
