// SPDX-License-Identifier: EUPL-1.2
/**
 * Meeting 2's private writing for the cockpit, over the full stack: the counts per role group
 * (facilitator only, never the text) follow what members write in their drafts, and "Nu delen"
 * reveals what is left in one role group's drafts (or all) into the group as its writers'.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DraftCountsAnswer, RevealAnswer, ScreenLinkAnswer } from '../../shared/apiMeeting.js';
import { roleDraftDocName, roleGroupDocName, type RoleGroup } from '../../shared/docNames.js';
import { addAmbition, addExpectation, ambitionsOf, expectationsOf } from '../../shared/roleGroupDoc.js';
import { collabClient, startTestServer, until, type CollabClient, type SeededParticipant, type SeededWorkshop, type TestServer } from '../helpers/stipServer.js';

let server: TestServer;
let seeded: SeededWorkshop;
let screenCookie: string;
const open: CollabClient[] = [];

const id = () => seeded.workshopId;
const person = (name: string): SeededParticipant => seeded.participants.find((p) => p.name === name)!;
const asFacilitator = <T,>(path: string, method = 'GET', body?: unknown) =>
  server.api<T>(`/api/workshops/${id()}${path}`, { cookie: seeded.facilitator.cookie, method, body });
const author = (p: SeededParticipant) => ({ authorKey: p.authorKey, authorRole: p.role });

async function draftOf(name: string, group: RoleGroup): Promise<CollabClient> {
  const client = collabClient(server.url, roleDraftDocName(id(), group, person(name).id), person(name).cookie);
  open.push(client);
  await client.synced();
  return client;
}

beforeAll(async () => {
  server = await startTestServer();
  seeded = await server.seedWorkshop({
    gemeente: 'Stilstad',
    participants: [
      { name: 'Rita', role: 'raadslid' },
      { name: 'Roel', role: 'raadslid' },
      { name: 'Carl', role: 'collegelid' },
      { name: 'Anna', role: 'ambtenaar' },
    ],
  });
  expect((await asFacilitator('/meeting2', 'PUT', { date: '2026-05-12' })).status).toBe(200);
  expect((await asFacilitator('/meeting2/live', 'PATCH', { active: true })).status).toBe(200);
  expect((await asFacilitator('/live', 'PATCH', { step: 'write' })).status).toBe(200);
  const link = await asFacilitator<ScreenLinkAnswer>('/screen-link', 'POST', {});
  screenCookie = (await server.openLink(link.body.link)).cookie!;
});
afterEach(() => {
  for (const c of open.splice(0)) c.destroy();
});
afterAll(async () => {
  await server?.close();
});

describe('the counts of private writing in meeting 2', () => {
  it('answer 403 to a participant and to the plenary screen, and 401 without a session', async () => {
    const path = `/api/workshops/${id()}/meeting2/draft-counts`;
    expect((await server.api(path, { cookie: person('Rita').cookie })).status).toBe(403);
    expect((await server.api(path, { cookie: screenCookie })).status).toBe(403);
    expect((await server.api(path)).status).toBe(401);
  });

  it('count writers and statements per role group, and never carry the text', async () => {
    expect((await asFacilitator<DraftCountsAnswer>('/meeting2/draft-counts')).body).toEqual({
      groups: {
        raad: { members: 2, writers: 0, statements: 0 },
        college: { members: 1, writers: 0, statements: 0 },
        ambtenaren: { members: 1, writers: 0, statements: 0 },
      },
    });
    const rita = await draftOf('Rita', 'raad');
    addAmbition(rita.doc, { ...author(person('Rita')), text: 'Geheim-rol-1' });
    addExpectation(rita.doc, { ...author(person('Rita')), to: 'college', text: 'Geheim-rol-2' });
    const anna = await draftOf('Anna', 'ambtenaren');
    addAmbition(anna.doc, { ...author(person('Anna')), text: '   ' });
    await expect.poll(async () => (await asFacilitator<DraftCountsAnswer>('/meeting2/draft-counts')).body.groups.raad.statements).toBe(2);
    const answer = await asFacilitator<DraftCountsAnswer>('/meeting2/draft-counts');
    expect(answer.body.groups).toEqual({
      raad: { members: 2, writers: 1, statements: 2 },
      college: { members: 1, writers: 0, statements: 0 },
      ambtenaren: { members: 1, writers: 0, statements: 0 },
    });
    expect(JSON.stringify(answer.body)).not.toContain('Geheim');
  });
});

describe('"Nu delen": revealing what is left', () => {
  it('refuses a participant and an unknown role group, and changes nothing', async () => {
    const refused = await server.api(`/api/workshops/${id()}/meeting2/reveal`, { cookie: person('Roel').cookie, body: {} });
    expect(refused.status).toBe(403);
    const bad = await asFacilitator<{ error: string }>('/meeting2/reveal', 'POST', { roleGroup: 'iedereen' });
    expect([bad.status, bad.body.error]).toEqual([400, 'invalid-body']);
    expect((await asFacilitator<DraftCountsAnswer>('/meeting2/draft-counts')).body.groups.raad.statements).toBe(2);
  });

  it('moves one role group’s leftover drafts into the group as their writer’s, leaving the other groups’ drafts', async () => {
    const carl = await draftOf('Carl', 'college');
    const carlsAmbition = addAmbition(carl.doc, { ...author(person('Carl')), text: 'Wij luisteren eerst' });
    await expect.poll(async () => (await asFacilitator<DraftCountsAnswer>('/meeting2/draft-counts')).body.groups.college.statements).toBe(1);

    const shared = await asFacilitator<RevealAnswer>('/meeting2/reveal', 'POST', { roleGroup: 'raad' });
    expect(shared.body).toEqual({ revealed: { raad: 2 } });
    const raad = collabClient(server.url, roleGroupDocName(id(), 'raad'), person('Roel').cookie);
    open.push(raad);
    await until([raad.doc], () => ambitionsOf(raad.doc).size === 1 && expectationsOf(raad.doc).size === 1);
    expect([...ambitionsOf(raad.doc).values()][0].get('authorKey')).toBe(person('Rita').authorKey);
    const counts = (await asFacilitator<DraftCountsAnswer>('/meeting2/draft-counts')).body.groups;
    expect([counts.raad.statements, counts.college.statements]).toEqual([0, 1]);

    expect((await asFacilitator<RevealAnswer>('/meeting2/reveal', 'POST', {})).body.revealed).toEqual({ raad: 0, college: 1, ambtenaren: 0 });
    const college = collabClient(server.url, roleGroupDocName(id(), 'college'), person('Carl').cookie);
    open.push(college);
    await until([college.doc], () => ambitionsOf(college.doc).has(carlsAmbition));
  });
});
