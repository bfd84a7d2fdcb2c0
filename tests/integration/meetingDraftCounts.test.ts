// SPDX-License-Identifier: EUPL-1.2
/**
 * The cockpit's counts of private writing in step 1, over the full stack: only the facilitator may
 * ask, the numbers follow what members wrote in their drafts, and no statement's text is in the answer.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DraftCountsAnswer, ScreenLinkAnswer } from '../../shared/apiMeeting.js';
import { draftDocName } from '../../shared/docNames.js';
import { addStatement } from '../../shared/groupDoc.js';
import { collabClient, startTestServer, type CollabClient, type SeededWorkshop, type TestServer } from '../helpers/stipServer.js';

let server: TestServer;
let seeded: SeededWorkshop;
let screenCookie: string;
const open: CollabClient[] = [];

beforeAll(async () => {
  server = await startTestServer();
  seeded = await server.seedWorkshop({
    gemeente: 'Teldorp',
    participants: [
      { name: 'Anna', role: 'raadslid', group: 1 },
      { name: 'Bram', role: 'ambtenaar', group: 1 },
      { name: 'Cees', role: 'directie', group: 1 },
      { name: 'Dina', role: 'collegelid', group: 2 },
    ],
  });
  const link = await server.api<ScreenLinkAnswer>(`/api/workshops/${seeded.workshopId}/screen-link`, { cookie: seeded.facilitator.cookie, body: {} });
  screenCookie = (await server.openLink(link.body.link)).cookie!;
});
afterEach(() => {
  for (const c of open.splice(0)) c.destroy();
});
afterAll(async () => {
  await server?.close();
});

const person = (name: string) => seeded.participants.find((p) => p.name === name)!;
const path = () => `/api/workshops/${seeded.workshopId}/draft-counts`;

async function writeDraft(name: string, texts: string[]): Promise<void> {
  const p = person(name);
  const client = collabClient(server.url, draftDocName(seeded.workshopId, p.group!, p.id), p.cookie);
  open.push(client);
  await client.synced();
  for (const text of texts) addStatement(client.doc, { kind: 'openStaan', text, authorKey: p.authorKey, authorRole: p.role });
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
}

async function counts(): Promise<DraftCountsAnswer> {
  const res = await server.api<DraftCountsAnswer>(path(), { cookie: seeded.facilitator.cookie });
  expect(res.status).toBe(200);
  return res.body;
}

describe('the counts of private writing', () => {
  it('answer 403 to a participant and to the plenary screen, and 401 without a session', async () => {
    expect((await server.api(path(), { cookie: person('Anna').cookie })).status).toBe(403);
    expect((await server.api(path(), { cookie: screenCookie })).status).toBe(403);
    expect((await server.api(path())).status).toBe(401);
  });

  it('are zero for every group before anyone writes', async () => {
    expect(await counts()).toEqual({
      groups: {
        1: { members: 3, writers: 0, statements: 0 },
        2: { members: 1, writers: 0, statements: 0 },
        3: { members: 0, writers: 0, statements: 0 },
      },
    });
  });

  it('count the writers and their statements per group, and never carry the text', async () => {
    await writeDraft('Anna', ['Geheim-tel-1', 'Geheim-tel-2']);
    await writeDraft('Bram', ['Geheim-tel-3']);
    await writeDraft('Dina', ['   ']);
    await expect.poll(async () => (await counts()).groups['1'].statements).toBe(3);
    const answer = await counts();
    expect(answer.groups['1']).toEqual({ members: 3, writers: 2, statements: 3 });
    expect(answer.groups['2']).toEqual({ members: 1, writers: 0, statements: 0 });
    expect(JSON.stringify(answer)).not.toContain('Geheim');
  });
});
