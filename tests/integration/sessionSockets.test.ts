// SPDX-License-Identifier: EUPL-1.2
/**
 * Sockets follow their session (issue 9, item 7): logout, a session that runs out, and a move to
 * another group close the sockets that no longer have the right, the draft of the old group
 * included, while the others in the room keep working. Real server, stock y-websocket clients.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { draftDocName, groupDocName } from '../../shared/docNames.js';
import { addStatement, listStatements, statementText } from '../../shared/groupDoc.js';
import { hashToken } from '../../server/auth/tokens.js';
import { collabClient, startTestServer, until, type CollabClient, type SeededWorkshop, type TestServer } from '../helpers/stipServer.js';

let server: TestServer;
let seeded: SeededWorkshop;
const open: CollabClient[] = [];

function connect(docName: string, cookie: string): CollabClient {
  const client = collabClient(server.url, docName, cookie);
  open.push(client);
  return client;
}

/** A fresh session of a participant (their link opened again), so each test ends its own. */
async function freshSession(name: string): Promise<{ id: string; cookie: string; authorKey: string }> {
  const p = seeded.participants.find((x) => x.name === name)!;
  return { id: p.id, cookie: (await server.openLink(p.link)).cookie!, authorKey: p.authorKey };
}

const sessionHashOf = (cookie: string) => hashToken(cookie.slice(cookie.indexOf('=') + 1));

beforeAll(async () => {
  server = await startTestServer({ sessionCheckMs: 25 });
  seeded = await server.seedWorkshop({
    gemeente: 'Sessiedorp',
    participants: [
      { name: 'Anna', role: 'raadslid', group: 1 },
      { name: 'Bram', role: 'ambtenaar', group: 1 },
      { name: 'Cees', role: 'raadslid', group: 2 },
    ],
  });
});

afterEach(() => {
  for (const c of open.splice(0)) c.destroy();
});

afterAll(async () => {
  await server.close();
});

describe('sockets follow their session', () => {
  it('logout closes the session\'s sockets with 4401; the socket is refused after it, the other member keeps writing', async () => {
    const anna = await freshSession('Anna');
    const bram = await freshSession('Bram');
    const doc = groupDocName(seeded.workshopId, 1);
    const a = connect(doc, anna.cookie);
    const b = connect(doc, bram.cookie);
    await Promise.all([a.synced(), b.synced()]);

    expect((await server.api('/api/logout', { cookie: anna.cookie, body: {} })).status).toBe(200);
    expect(await a.closed()).toEqual({ code: 4401, reason: 'session-ended' });
    expect(await connect(doc, anna.cookie).refused()).toBe(401);
    const late = addStatement(a.doc, { kind: 'loslaten', text: 'Na het uitloggen.', authorKey: anna.authorKey, authorRole: 'raadslid' });

    const kept = addStatement(b.doc, { kind: 'openStaan', text: 'Bram schrijft door.', authorKey: bram.authorKey, authorRole: 'ambtenaar' });
    const check = connect(doc, bram.cookie);
    await check.synced();
    await until([check.doc], () => statementText(check.doc, kept)?.toString() === 'Bram schrijft door.');
    expect(statementText(check.doc, late)).toBeNull();
  });

  it('a session that runs out closes its open sockets with 4401 without any request', async () => {
    const anna = await freshSession('Anna');
    const a = connect(groupDocName(seeded.workshopId, 1), anna.cookie);
    await a.synced();
    await server.rows.run('UPDATE sessions SET expires_at = ? WHERE id_hash = ?', [Date.now() - 1, sessionHashOf(anna.cookie)]);
    expect(await a.closed()).toEqual({ code: 4401, reason: 'session-ended' });
    expect((await server.api('/api/me', { cookie: anna.cookie })).status).toBe(401);
  });

  it('a session idle longer than STIP_SESSION_IDLE_HOURS ends: its sockets close with 4401 and its requests get 401', async () => {
    const anna = await freshSession('Anna');
    const a = connect(groupDocName(seeded.workshopId, 1), anna.cookie);
    await a.synced();
    const idleMs = server.app.services.stores.sessions.idleMs;
    await server.rows.run('UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?', [Date.now() - idleMs - 1, sessionHashOf(anna.cookie)]);
    expect(await a.closed()).toEqual({ code: 4401, reason: 'session-ended' });
    expect((await server.api('/api/me', { cookie: anna.cookie })).status).toBe(401);
  });

  it('a request of the session counts as activity: it moves last_seen_at forward', async () => {
    const bram = await freshSession('Bram');
    const lastSeen = async () => (await server.rows.get<{ last_seen_at: number }>('SELECT last_seen_at FROM sessions WHERE id_hash = ?', [sessionHashOf(bram.cookie)]))!.last_seen_at;
    const old = Date.now() - server.app.services.stores.sessions.idleMs + 3_600_000;
    await server.rows.run('UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?', [old, sessionHashOf(bram.cookie)]);
    expect((await server.api('/api/me', { cookie: bram.cookie })).status).toBe(200);
    expect(await lastSeen()).toBeGreaterThan(old);
  });

  it('a move to another group closes the sockets on the old group\'s document and draft; the new group opens', async () => {
    const cees = await freshSession('Cees');
    const group = connect(groupDocName(seeded.workshopId, 2), cees.cookie);
    const draft = connect(draftDocName(seeded.workshopId, 2, cees.id), cees.cookie);
    await Promise.all([group.synced(), draft.synced()]);

    const moved = await server.api(`/api/workshops/${seeded.workshopId}/participants/${cees.id}`, { method: 'PATCH', cookie: seeded.facilitator.cookie, body: { group: 3 } });
    expect(moved.status).toBe(200);
    expect(await group.closed()).toEqual({ code: 4406, reason: 'permission-changed' });
    expect(await draft.closed()).toEqual({ code: 4406, reason: 'permission-changed' });
    expect(await connect(draftDocName(seeded.workshopId, 2, cees.id), cees.cookie).refused()).toBe(403);

    const now = connect(groupDocName(seeded.workshopId, 3), cees.cookie);
    await now.synced();
    addStatement(now.doc, { kind: 'cultuur', text: 'In de nieuwe groep.', authorKey: cees.authorKey, authorRole: 'raadslid' });
    const check = connect(groupDocName(seeded.workshopId, 3), seeded.facilitator.cookie);
    await until([check.doc], () => listStatements(check.doc).some((s) => s.text === 'In de nieuwe groep.'));
  });

  it('the sweep also closes a socket whose rights shrank without the service closing it (changed in the store directly)', async () => {
    const bram = await freshSession('Bram');
    const b = connect(draftDocName(seeded.workshopId, 1, bram.id), bram.cookie);
    await b.synced();
    await server.rows.run('UPDATE participants SET grp = 2 WHERE id = ?', [bram.id]);
    expect(await b.closed()).toEqual({ code: 4406, reason: 'permission-changed' });
  });
});
