// SPDX-License-Identifier: EUPL-1.2
/**
 * The live state of a meeting (`w/<id>/live`), changed by the facilitator through
 * PATCH /api/workshops/<id>/live and read by every participant from the document.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { liveDocName } from '../../shared/docNames.js';
import { readLive, type LiveState } from '../../shared/liveDoc.js';
import { collabClient, startTestServer, until, type CollabClient, type SeededWorkshop, type TestServer } from '../helpers/stipServer.js';

let server: TestServer;
let seeded: SeededWorkshop;
const open: CollabClient[] = [];

beforeAll(async () => {
  server = await startTestServer();
  seeded = await server.seedWorkshop({
    gemeente: 'Klokdorp',
    participants: [
      { name: 'Anna', role: 'raadslid', group: 1 },
      { name: 'Dina', role: 'ambtenaar', group: 2 },
      { name: 'Eva', role: 'griffier', group: 3 },
    ],
  });
});
afterEach(() => {
  for (const c of open.splice(0)) c.destroy();
});
afterAll(async () => {
  await server?.close();
});

const id = () => seeded.workshopId;
const live = () => liveDocName(id());

async function patchLive(body: unknown) {
  return server.api<LiveState & { error?: string; issues?: { path: string; message: string }[] }>(`/api/workshops/${id()}/live`, {
    method: 'PATCH', cookie: seeded.facilitator.cookie, body,
  });
}

async function serverNow(): Promise<number> {
  const res = await server.api<{ now: number }>('/api/time');
  expect(res.status).toBe(200);
  return res.body.now;
}

/** Every member's copy of the live document, synced. */
async function everyone(): Promise<CollabClient[]> {
  const clients = seeded.participants.map((p) => collabClient(server.url, live(), p.cookie));
  open.push(...clients);
  await Promise.all(clients.map((c) => c.synced()));
  return clients;
}

describe('the live state', () => {
  it('shows step, message, focus and plenary view to every participant', async () => {
    const clients = await everyone();
    const res = await patchLive({ step: 'endorse', message: '  Nog vijf minuten  ', focus: 'plenary', plenaryView: 'vision' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ step: 'endorse', focus: 'plenary', plenaryView: 'vision', message: { text: 'Nog vijf minuten' } });
    await until(clients.map((c) => c.doc), () => clients.every((c) => readLive(c.doc).message?.text === 'Nog vijf minuten'));
    for (const c of clients) expect(readLive(c.doc)).toEqual(res.body);
  });

  it('gives every new message a fresh id and time, and clears it with null', async () => {
    const before = await serverNow();
    const first = (await patchLive({ message: 'Pauze' })).body.message!;
    const second = (await patchLive({ message: 'Pauze' })).body.message!;
    expect(first.id).not.toBe(second.id);
    expect(first.at).toBeGreaterThanOrEqual(before);
    expect(second.at).toBeGreaterThanOrEqual(first.at);
    expect((await patchLive({ message: null })).body.message).toBeNull();
  });

  it('runs the timer in server time: start, pause, resume, stop', async () => {
    const [anna] = await everyone();
    const before = await serverNow();
    const started = (await patchLive({ timer: { action: 'start', durationSeconds: 600 } })).body.timer!;
    const after = await serverNow();
    expect(started.durationMs).toBe(600_000);
    expect(started.pausedRemainingMs).toBeNull();
    expect(started.startedAt).toBeGreaterThanOrEqual(before);
    expect(started.startedAt).toBeLessThanOrEqual(after);

    const paused = (await patchLive({ timer: { action: 'pause' } })).body.timer!;
    expect(paused.pausedRemainingMs).toBeGreaterThan(0);
    expect(paused.pausedRemainingMs).toBeLessThanOrEqual(600_000);
    expect((await patchLive({ timer: { action: 'pause' } })).body.timer).toEqual(paused);

    const resumed = (await patchLive({ timer: { action: 'resume' } })).body.timer!;
    expect(resumed).toMatchObject({ durationMs: paused.pausedRemainingMs, pausedRemainingMs: null });
    await until([anna.doc], () => readLive(anna.doc).timer?.pausedRemainingMs === null && readLive(anna.doc).timer?.durationMs === resumed.durationMs);

    expect((await patchLive({ timer: { action: 'stop' } })).body.timer).toBeNull();
    await until([anna.doc], () => readLive(anna.doc).timer === null);
  });

  it('locks and unlocks all three groups at once, and one group on its own', async () => {
    expect((await patchLive({ lockAll: true })).body.locks).toEqual({ 1: true, 2: true, 3: true });
    expect((await patchLive({ lock: { group: 2, locked: false } })).body.locks).toEqual({ 1: true, 3: true });
    expect((await patchLive({ lockAll: false })).body.locks).toEqual({});
  });

  it('is read-only for participants: a change from their socket is refused', async () => {
    const [anna] = await everyone();
    anna.doc.getMap('live').set('step', 'horizon');
    expect((await anna.closed()).code).toBe(4003);
    expect(await server.app.documents.read(live(), (doc) => readLive(doc).step)).not.toBe('horizon');
  });

  it('refuses invalid bodies with the fields at fault and changes nothing', async () => {
    const before = await server.app.documents.read(live(), readLive);
    const cases: [unknown, string[]][] = [
      [{ step: 'dansen' }, ['step']],
      [{ timer: { action: 'start', durationSeconds: 5 } }, ['timer']],
      [{ timer: { action: 'start' } }, ['timer']],
      [{ lock: { group: 4, locked: true } }, ['lock.group']],
      [{ message: 'x'.repeat(281) }, ['message']],
      [{ focus: 'everywhere', step: 'write' }, ['focus']],
      [{ colour: 'red' }, ['colour']],
      [[], ['']],
    ];
    for (const [body, paths] of cases) {
      const res = await patchLive(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error).toBe('invalid-body');
      for (const path of paths) expect(res.body.issues!.map((i) => i.path.split('.').slice(0, path.split('.').length).join('.'))).toContain(path);
    }
    expect(await server.app.documents.read(live(), readLive)).toEqual(before);
  });
});
