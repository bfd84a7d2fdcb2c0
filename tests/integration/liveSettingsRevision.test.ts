// SPDX-License-Identifier: EUPL-1.2
/**
 * The settings revision in the live document (`w/<id>/live`, field `settingsRevision`): the server
 * raises it in the same request that changes a setting open screens show (gemeente, title,
 * showNames, groupNames, language), so every participant's and the big screen's open live
 * document hears of it and reloads /api/me. The settings themselves never enter a Yjs document;
 * nobody but the facilitator (through the API) can raise it. Real server, stock y-websocket clients.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { MeAnswer, WorkshopDetail } from '../../shared/api.js';
import type { ApiErrorBody } from '../../shared/apiErrors.js';
import { CLOSE } from '../../shared/closeCodes.js';
import { liveDocName } from '../../shared/docNames.js';
import { liveOf, readLive } from '../../shared/liveDoc.js';
import { collabClient, startTestServer, until, type CollabClient, type SeededWorkshop, type TestServer } from '../helpers/stipServer.js';
import { seedAccessFixture } from '../helpers/accessFixture.js';

let server: TestServer;
let seeded: SeededWorkshop;
let other: SeededWorkshop;
let screenCookie: string;
const open: CollabClient[] = [];

beforeAll(async () => {
  server = await startTestServer();
  ({ seeded, other, screenCookie } = await seedAccessFixture(server, 'Revisiedorp'));
});
afterEach(() => {
  for (const c of open.splice(0)) c.destroy();
});
afterAll(async () => {
  await server?.close();
});

const live = () => liveDocName(seeded.workshopId);
const anna = () => seeded.participants[0];
const patchAs = (cookie: string | undefined, body: unknown) =>
  server.api<WorkshopDetail & ApiErrorBody>(`/api/workshops/${seeded.workshopId}`, { method: 'PATCH', cookie, body });
const patch = (body: unknown) => patchAs(seeded.facilitator.cookie, body);
const serverRevision = () => server.app.documents.read(live(), (doc) => readLive(doc).settingsRevision);
const meOf = async (cookie: string) => (await server.api<MeAnswer>('/api/me', { cookie })).body as Exclude<MeAnswer, { kind: 'setup' }>;

/** A synced stock client on the live document. */
async function liveClient(cookie: string): Promise<CollabClient> {
  const client = collabClient(server.url, live(), cookie);
  open.push(client);
  await client.synced();
  return client;
}

/** Resolves once the client's copy shows the revision. */
const seesRevision = (client: CollabClient, revision: number) => until([client.doc], () => readLive(client.doc).settingsRevision === revision);

describe('a new workshop', () => {
  it('starts at settings revision 0', async () => {
    const annaLive = await liveClient(anna().cookie);
    expect(readLive(annaLive.doc).settingsRevision).toBe(0);
    expect(await serverRevision()).toBe(0);
  });
});

describe('the facilitator renaming a group', () => {
  it('raises the revision that the open live documents of a participant and the big screen see, and /api/me then has the name', async () => {
    const annaLive = await liveClient(anna().cookie);
    const screenLive = await liveClient(screenCookie);
    const before = await serverRevision();
    const res = await patch({ groupNames: ['De Vliegers', '', ''] });
    expect(res.status).toBe(200);
    expect(await serverRevision()).toBe(before + 1);
    await seesRevision(annaLive, before + 1);
    await seesRevision(screenLive, before + 1);
    expect((await meOf(anna().cookie)).workshop.groupNames).toEqual(['De Vliegers', 'Groep 2', 'Groep 3']);
    expect((await meOf(screenCookie)).workshop.groupNames).toEqual(['De Vliegers', 'Groep 2', 'Groep 3']);
  });

  it('keeps the names and the language out of the live document', async () => {
    await patch({ groupNames: ['Geheime Naam', '', ''], language: 'en' });
    const annaLive = await liveClient(anna().cookie);
    expect([...liveOf(annaLive.doc).keys()]).toContain('settingsRevision');
    expect(JSON.stringify(liveOf(annaLive.doc).toJSON())).not.toMatch(/Geheime Naam|"en"/);
    await patch({ groupNames: ['De Vliegers', '', ''], language: 'nl' });
  });
});

describe('each shown setting', () => {
  const changes: [string, unknown][] = [
    ['gemeente', { gemeente: 'Revisiestad' }],
    ['title', { title: 'Visie 2040' }],
    ['showNames', { showNames: true }],
    ['groupNames', { groupNames: ['De Vliegers', 'De Bruggenbouwers', ''] }],
    ['language', { language: 'en' }],
  ];
  for (const [field, body] of changes) {
    it(`raises the revision by one when ${field} changes`, async () => {
      const annaLive = await liveClient(anna().cookie);
      const before = readLive(annaLive.doc).settingsRevision;
      expect((await patch(body)).status).toBe(200);
      await seesRevision(annaLive, before + 1);
      expect(await serverRevision()).toBe(before + 1);
    });
  }

  it('leaves the revision alone when only the dates change, or a value is set to what it already is', async () => {
    const before = await serverRevision();
    expect((await patch({ dates: { meeting1: '2026-06-01' } })).status).toBe(200);
    expect((await patch({ language: 'en', gemeente: 'Revisiestad' })).status).toBe(200);
    expect((await patch({ groupNames: ['  De Vliegers ', 'De Bruggenbouwers', 'Groep 3'] })).status).toBe(200);
    expect(await serverRevision()).toBe(before);
  });
});

describe('anyone but the facilitator', () => {
  it('gets 403 (401 without a session) from PATCH, and the revision stays', async () => {
    const before = await serverRevision();
    const callers: [string | undefined, number][] = [
      [anna().cookie, 403],
      [screenCookie, 403],
      [other.facilitator.cookie, 403],
      [undefined, 401],
    ];
    for (const [cookie, status] of callers) {
      const res = await patchAs(cookie, { groupNames: ['Kapot', 'Kapot', 'Kapot'], language: 'nl' });
      expect(res.status).toBe(status);
      expect(res.body.error).toBe(status === 401 ? 'no-session' : 'forbidden');
    }
    expect(await serverRevision()).toBe(before);
  });

  it('cannot raise it through the live document: a participant\'s change is refused and their socket closed', async () => {
    const before = await serverRevision();
    const annaLive = await liveClient(anna().cookie);
    liveOf(annaLive.doc).set('settingsRevision', before + 100);
    expect((await annaLive.closed()).code).toBe(CLOSE.readOnlyWrite.code);
    expect(await serverRevision()).toBe(before);
  });

  it('cannot raise it with a bad body either: 400, and nothing changes', async () => {
    const before = await serverRevision();
    const res = await patch({ groupNames: ['Een', 'Twee'], title: 'Niet bewaard' });
    expect(res.status).toBe(400);
    expect(await serverRevision()).toBe(before);
  });
});

describe('a restart', () => {
  it('keeps the revision, and the next change raises it further', async () => {
    const before = await serverRevision();
    await server.restart();
    const annaLive = await liveClient(anna().cookie);
    expect(readLive(annaLive.doc).settingsRevision).toBe(before);
    expect((await patch({ title: 'Na de herstart' })).status).toBe(200);
    await seesRevision(annaLive, before + 1);
  });
});
