// SPDX-License-Identifier: EUPL-1.2
/**
 * Group names and the workshop language through the API: the facilitator changes them with
 * PATCH /api/workshops/<id>; the facilitator page, every participant and the big screen read them
 * (WorkshopDetail, /api/me); nobody else may change them; bad bodies change nothing; they survive
 * a restart; a database from before they existed gets the defaults.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeAnswer, WorkshopDetail } from '../../shared/api.js';
import type { ApiErrorBody } from '../../shared/apiErrors.js';
import { openDatabase } from '../../server/store/database.js';
import { WorkshopStore } from '../../server/store/workshopStore.js';
import { startTestServer, type SeededWorkshop, type TestServer } from '../helpers/stipServer.js';
import { seedAccessFixture } from '../helpers/accessFixture.js';

const DEFAULTS = ['Groep 1', 'Groep 2', 'Groep 3'];

let server: TestServer;
let seeded: SeededWorkshop;
let other: SeededWorkshop;
let screenCookie: string;

beforeAll(async () => {
  server = await startTestServer();
  ({ seeded, other, screenCookie } = await seedAccessFixture(server, 'Namenstad'));
});
afterAll(async () => {
  await server?.close();
});

const workshopPath = () => `/api/workshops/${seeded.workshopId}`;
const patch = (body: unknown, cookie = seeded.facilitator.cookie) =>
  server.api<WorkshopDetail & ApiErrorBody>(workshopPath(), { method: 'PATCH', cookie, body });
const detail = async () => (await server.api<WorkshopDetail>(workshopPath(), { cookie: seeded.facilitator.cookie })).body;
const meOf = async (cookie: string) => (await server.api<MeAnswer>('/api/me', { cookie })).body as Exclude<MeAnswer, { kind: 'setup' }>;
const bram = () => seeded.participants[1];

/** GET on a new connection (a kept-alive socket of `fetch` may still point at the stopped server). */
function freshGet<T>(pathname: string, cookie: string): Promise<T> {
  return new Promise((resolve, reject) => {
    http.get(server.url + pathname, { agent: false, headers: { cookie, accept: 'application/json' } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => { text += chunk; });
      res.on('end', () => resolve(JSON.parse(text) as T));
    }).on('error', reject);
  });
}

describe('a new workshop', () => {
  it('has the default group names and Dutch, on the facilitator page and for everyone in it', async () => {
    expect(await detail()).toMatchObject({ groupNames: DEFAULTS, language: 'nl' });
    expect((await meOf(bram().cookie)).workshop).toMatchObject({ groupNames: DEFAULTS, language: 'nl' });
    expect((await meOf(screenCookie)).workshop).toMatchObject({ groupNames: DEFAULTS, language: 'nl' });
  });
});

describe('the facilitator', () => {
  it('names the groups and sets the language; the page, the participants and the big screen see it', async () => {
    const res = await patch({ groupNames: ['De Bruggenbouwers', '  De Vliegers  ', ''], language: 'en' });
    expect(res.status).toBe(200);
    const expected = { groupNames: ['De Bruggenbouwers', 'De Vliegers', 'Groep 3'], language: 'en' };
    expect(res.body).toMatchObject(expected);
    expect(await detail()).toMatchObject(expected);
    const participant = await meOf(bram().cookie);
    expect(participant.kind).toBe('participant');
    expect(participant.workshop).toMatchObject(expected);
    expect((await meOf(screenCookie)).workshop).toMatchObject(expected);
  });

  it('changes only what the body names', async () => {
    const res = await patch({ title: 'Visie 2030' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ title: 'Visie 2030', groupNames: ['De Bruggenbouwers', 'De Vliegers', 'Groep 3'], language: 'en' });
  });

  it('resets a group to its default with an empty name (or spaces)', async () => {
    const res = await patch({ groupNames: ['', 'De Vliegers', '   '], language: 'nl' });
    expect(res.body).toMatchObject({ groupNames: ['Groep 1', 'De Vliegers', 'Groep 3'], language: 'nl' });
  });

  it('may use exactly 60 characters', async () => {
    const long = 'x'.repeat(60);
    expect((await patch({ groupNames: [long, 'De Vliegers', ''] })).body.groupNames).toEqual([long, 'De Vliegers', 'Groep 3']);
    await patch({ groupNames: ['De Bruggenbouwers', 'De Vliegers', ''], language: 'en' });
  });
});

describe('anyone else', () => {
  it('gets 403 from a participant, the big screen and another workshop\'s facilitator, 401 without a session, and nothing changes', async () => {
    const before = await detail();
    const callers: [string | undefined, number][] = [
      [bram().cookie, 403],
      [screenCookie, 403],
      [other.facilitator.cookie, 403],
      [undefined, 401],
    ];
    for (const [cookie, status] of callers) {
      const res = await server.api<ApiErrorBody>(workshopPath(), { method: 'PATCH', cookie, body: { groupNames: ['Kapot', 'Kapot', 'Kapot'], language: 'nl' } });
      expect(res.status).toBe(status);
      expect(res.body.error).toBe(status === 401 ? 'no-session' : 'forbidden');
    }
    const after = await detail();
    expect(after.groupNames).toEqual(before.groupNames);
    expect(after.language).toBe(before.language);
  });
});

describe('a bad body', () => {
  const cases: [string, unknown, string, RegExp][] = [
    ['two names', { groupNames: ['Een', 'Twee'] }, 'groupNames', /exactly 3 group names/],
    ['four names', { groupNames: ['Een', 'Twee', 'Drie', 'Vier'] }, 'groupNames', /exactly 3 group names/],
    ['a name of 61 characters', { groupNames: ['Een', 'y'.repeat(61), 'Drie'] }, 'groupNames.1', /at most 60 characters/],
    ['a name over two lines', { groupNames: ['Een', 'Twee\nregels', 'Drie'] }, 'groupNames.1', /one line/],
    ['a name that is not text', { groupNames: ['Een', 2, 'Drie'] }, 'groupNames.1', /.+/],
    ['names that are not a list', { groupNames: 'Een, Twee, Drie' }, 'groupNames', /.+/],
    ['the language de', { language: 'de' }, 'language', /one of: nl, en/],
    ['the language null', { language: null }, 'language', /.+/],
  ];
  for (const [what, body, field, message] of cases) {
    it(`with ${what} gets 400 invalid-body naming the field, and nothing changes`, async () => {
      const before = await detail();
      const res = await patch({ ...(body as object), title: 'Mag niet veranderen' });
      expect(res.status).toBe(400);
      expect(res.body.error).toBe('invalid-body');
      const issue = res.body.issues?.find((i) => i.path === field);
      expect(issue, JSON.stringify(res.body.issues)).toBeDefined();
      expect(issue!.message).toMatch(message);
      const after = await detail();
      expect({ title: after.title, groupNames: after.groupNames, language: after.language })
        .toEqual({ title: before.title, groupNames: before.groupNames, language: before.language });
    });
  }
});

describe('a database from before group names and languages', () => {
  it('gets the columns on start, and its workshops get the default names and Dutch', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stip-groupnames-'));
    try {
      const db = openDatabase(dir);
      db.exec(`CREATE TABLE workshops (id TEXT PRIMARY KEY, gemeente TEXT NOT NULL, title TEXT NOT NULL, meeting1 TEXT, meeting2 TEXT,
        show_names INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL)`);
      db.prepare('INSERT INTO workshops VALUES (?, ?, ?, NULL, NULL, 0, ?)').run('oudeworkshop00001', 'Ouddorp', 'Visie', 1);
      const store = new WorkshopStore(db);
      expect(store.getWorkshop('oudeworkshop00001')).toMatchObject({ gemeente: 'Ouddorp', groupNames: ['', '', ''], language: 'nl' });
      store.updateWorkshop('oudeworkshop00001', { groupNames: ['Noord', '', 'Zuid'], language: 'en' });
      expect(new WorkshopStore(db).getWorkshop('oudeworkshop00001')).toMatchObject({ groupNames: ['Noord', '', 'Zuid'], language: 'en' });
      db.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a restart', () => {
  it('keeps the names and the language', async () => {
    await server.restart();
    const expected = { groupNames: ['De Bruggenbouwers', 'De Vliegers', 'Groep 3'], language: 'en' };
    expect(await freshGet<WorkshopDetail>(workshopPath(), seeded.facilitator.cookie)).toMatchObject(expected);
    expect((await freshGet<MeAnswer & { kind: 'participant' }>('/api/me', bram().cookie)).workshop).toMatchObject(expected);
  });
});
