// SPDX-License-Identifier: EUPL-1.2
/**
 * Agreements made from meeting 2: each source must be an ambition or expectation that exists in
 * its role group's document (written there by real members, as their own authors); the server
 * stores its current wording as the quote. Progress rights follow meeting 2's placement: a person
 * the facilitator moved to another role group records progress for that group's agreements.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agreement, ProgressEntry } from '../../shared/agreementsDoc.js';
import { readRegister } from '../../shared/agreementsDoc.js';
import { agreementsDocName, roleGroupDocName, type RoleGroup } from '../../shared/docNames.js';
import { addAmbition, addExpectation, ambitionsOf, expectationsOf } from '../../shared/roleGroupDoc.js';
import { collabClient, startTestServer, until, type CollabClient, type SeededParticipant, type SeededWorkshop, type TestServer } from '../helpers/stipServer.js';

let server: TestServer;
let seeded: SeededWorkshop;
const open: CollabClient[] = [];
let ambitionId: string;
let expectationId: string;

beforeAll(async () => {
  server = await startTestServer();
  seeded = await server.seedWorkshop({
    gemeente: 'Bronnendorp',
    participants: [
      { name: 'Rita', role: 'raadslid' },
      { name: 'Carl', role: 'collegelid' },
      { name: 'Anna', role: 'ambtenaar' },
    ],
  });
  const rita = await connect('raad', person('Rita').cookie);
  ambitionId = addAmbition(rita.doc, { ...author(person('Rita')), text: 'Wij luisteren eerst, dan besluiten we.' });
  expectationId = addExpectation(rita.doc, { ...author(person('Rita')), to: 'ambtenaren', text: 'Betrek ons vroeg bij dilemma’s.' });
  const check = await connect('raad', seeded.facilitator.cookie);
  await until([check.doc], () => ambitionsOf(check.doc).size === 1 && expectationsOf(check.doc).size === 1);
});
afterAll(async () => {
  for (const c of open) c.destroy();
  await server?.close();
});

const id = () => seeded.workshopId;
const person = (name: string): SeededParticipant => seeded.participants.find((p) => p.name === name)!;
const author = (p: SeededParticipant) => ({ authorKey: p.authorKey, authorRole: p.role });
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function connect(group: RoleGroup, cookie: string): Promise<CollabClient> {
  const client = collabClient(server.url, roleGroupDocName(id(), group), cookie);
  open.push(client);
  await client.synced();
  return client;
}

async function register() {
  const client = collabClient(server.url, agreementsDocName(id()), seeded.facilitator.cookie);
  open.push(client);
  await client.synced();
  return readRegister(client.doc);
}

const create = (body: unknown) =>
  server.api<Agreement & { error?: string; issues?: { path: string }[] }>(`/api/workshops/${id()}/agreements`, { cookie: seeded.facilitator.cookie, body });

describe('agreements link only to existing sources', () => {
  it('stores an ambition and an expectation with their wording, like the vision’s provenance', async () => {
    const res = await create({
      text: 'De raad vraagt inwoners eerst, en ambtenaren melden dilemma’s vroeg.', owners: ['raad', 'ambtenaren'],
      sources: [
        { kind: 'ambition', roleGroup: 'raad', statementId: ambitionId },
        { kind: 'expectation', from: 'raad', to: 'ambtenaren', statementId: expectationId },
        { kind: 'ambition', roleGroup: 'raad', statementId: ambitionId },
      ],
    });
    expect(res.status).toBe(201);
    expect(res.body.sources).toEqual([
      { kind: 'ambition', roleGroup: 'raad', statementId: ambitionId, quote: 'Wij luisteren eerst, dan besluiten we.' },
      { kind: 'expectation', from: 'raad', to: 'ambtenaren', statementId: expectationId, quote: 'Betrek ons vroeg bij dilemma’s.' },
    ]);
    expect((await register()).agreements.find((a) => a.id === res.body.id)?.sources).toEqual(res.body.sources);
  });

  it('refuses a source that does not exist, in another group, or addressed to another group, and changes nothing', async () => {
    const before = await register();
    const wrong = [
      { kind: 'ambition', roleGroup: 'raad', statementId: 's_doesnotexist' },
      { kind: 'ambition', roleGroup: 'college', statementId: ambitionId },
      { kind: 'expectation', from: 'raad', to: 'college', statementId: expectationId },
      { kind: 'expectation', from: 'ambtenaren', to: 'raad', statementId: expectationId },
      { kind: 'expectation', from: 'raad', to: 'ambtenaren', statementId: ambitionId },
    ];
    for (const source of wrong) {
      const res = await create({ text: 'Uit het niets', owners: ['raad'], sources: [{ kind: 'ambition', roleGroup: 'raad', statementId: ambitionId }, source] });
      expect([res.status, res.body.error, res.body.issues?.[0]?.path], JSON.stringify(source)).toEqual([422, 'agreement-source-unknown', 'sources.1']);
    }
    expect(await register()).toEqual(before);
  });
});

describe('progress follows meeting 2’s role groups', () => {
  it('a member moved from the raad to the college records progress for the college, no longer for the raad', async () => {
    const moment = inDays(7);
    const forCollege = await create({ text: 'Het college vraagt wat inwoners vinden.', owners: ['college'], reviewMoments: [moment] });
    const forRaad = await create({ text: 'De raad vraagt wat inwoners vinden.', owners: ['raad'], reviewMoments: [moment] });
    const rita = person('Rita');
    const post = (aid: string) => server.api<ProgressEntry & { error?: string }>(`/api/workshops/${id()}/agreements/${aid}/progress`, {
      cookie: rita.cookie, body: { reviewMoment: moment, state: 'opKoers', note: '' },
    });
    expect((await post(forCollege.body.id)).body.error).toBe('not-in-owning-group');

    expect((await server.api(`/api/workshops/${id()}/meeting2`, { method: 'PUT', cookie: seeded.facilitator.cookie, body: { date: inDays(1) } })).status).toBe(200);
    const moved = await server.api(`/api/workshops/${id()}/participants/${rita.id}/role-group`, { method: 'PUT', cookie: seeded.facilitator.cookie, body: { roleGroup: 'college' } });
    expect(moved.status).toBe(200);
    expect((await post(forCollege.body.id)).status).toBe(201);
    expect((await post(forRaad.body.id)).body.error).toBe('not-in-owning-group');
  });
});
