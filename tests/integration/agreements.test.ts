// SPDX-License-Identifier: EUPL-1.2
/**
 * The agreements register (`w/<id>/agreements`): the facilitator makes and edits afspraken through
 * the API and everyone in the workshop reads them live; after the course a member of an owning
 * group records progress and team leaders add intervisie notes. Bad input gets its own error id and
 * changes nothing; a write over the WebSocket is refused, the facilitator's too.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Agreement, IntervisieNote, ProgressEntry } from '../../shared/agreementsDoc.js';
import { appendProgress, readRegister } from '../../shared/agreementsDoc.js';
import { MAX_ENTRIES_PER_AGREEMENT } from '../../shared/apiAgreements.js';
import type { AgreementRights, TeamLeadersAnswer } from '../../shared/apiAgreements.js';
import { agreementsDocName } from '../../shared/docNames.js';
import { CLOSE } from '../../shared/closeCodes.js';
import { collabClient, startTestServer, until, type CollabClient, type SeededParticipant, type SeededWorkshop, type TestServer } from '../helpers/stipServer.js';

let server: TestServer;
let seeded: SeededWorkshop;
const open: CollabClient[] = [];

beforeAll(async () => {
  server = await startTestServer();
  seeded = await server.seedWorkshop({
    gemeente: 'Afsprakendorp',
    participants: [
      { name: 'Anna', role: 'raadslid', group: 1 },
      { name: 'Ben', role: 'collegelid', group: 2 },
      { name: 'Dina', role: 'ambtenaar', group: 3 },
      { name: 'Gert', role: 'griffier', group: 1 },
      { name: 'Tamara', role: 'ambtenaar', group: 2 },
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
const person = (name: string): SeededParticipant => seeded.participants.find((p) => p.name === name)!;
const facilitator = () => seeded.facilitator.cookie;

/** A `YYYY-MM-DD` date `days` from now (UTC; far enough from midnight for the Dutch day). */
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

type ErrorBody = { error?: string };

const create = (body: unknown, cookie = facilitator()) =>
  server.api<Agreement & ErrorBody>(`/api/workshops/${id()}/agreements`, { cookie, body });
const patch = (aid: string, body: unknown, cookie = facilitator()) =>
  server.api<Agreement & ErrorBody>(`/api/workshops/${id()}/agreements/${aid}`, { method: 'PATCH', cookie, body });
const progress = (aid: string, body: unknown, cookie: string) =>
  server.api<ProgressEntry & ErrorBody>(`/api/workshops/${id()}/agreements/${aid}/progress`, { cookie, body });
const intervisie = (aid: string, body: unknown, cookie: string) =>
  server.api<IntervisieNote & ErrorBody>(`/api/workshops/${id()}/agreements/${aid}/intervisie`, { cookie, body });

async function reader(cookie: string): Promise<CollabClient> {
  const client = collabClient(server.url, agreementsDocName(id()), cookie);
  open.push(client);
  await client.synced();
  return client;
}

/** The register as the server holds it (read by a fresh, synced reader). */
async function register() {
  const client = await reader(facilitator());
  return readRegister(client.doc);
}

describe('the facilitator keeps the register', () => {
  it('adds an agreement that every participant reads live, numbered from 1', async () => {
    const anna = await reader(person('Anna').cookie);
    const res = await create({ text: '  We vragen inwoners eerder om mee te denken.  ', owners: ['college', 'raad', 'raad'], reviewMoments: [inDays(60), inDays(30)] });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ number: 1, text: 'We vragen inwoners eerder om mee te denken.', owners: ['raad', 'college'], reviewMoments: [inDays(30), inDays(60)], status: 'concept', sources: [] });
    await until([anna.doc], () => readRegister(anna.doc).agreements.some((a) => a.id === res.body.id));
    expect(readRegister(anna.doc).agreements.find((a) => a.id === res.body.id)?.text).toBe('We vragen inwoners eerder om mee te denken.');
  });

  it('sets the status and changes the text; a deleted agreement goes with its history and its number is not reused', async () => {
    const made = await create({ text: 'Tijdelijk', owners: ['ambtenaren'] });
    expect((await patch(made.body.id, { status: 'vastgesteld', text: 'Ambtenaren melden dilemma’s in het teamoverleg.' })).body)
      .toMatchObject({ status: 'vastgesteld', text: 'Ambtenaren melden dilemma’s in het teamoverleg.', owners: ['ambtenaren'] });
    expect((await progress(made.body.id, { reviewMoment: null, state: 'opKoers', note: 'Goed begin' }, facilitator())).status).toBe(201);
    const removed = await server.api(`/api/workshops/${id()}/agreements/${made.body.id}`, { method: 'DELETE', cookie: facilitator() });
    expect(removed.status).toBe(204);
    expect((await register()).agreements.map((a) => a.id)).not.toContain(made.body.id);
    const next = await create({ text: 'Daarna', owners: ['raad'] });
    expect(next.body.number).toBeGreaterThan(made.body.number);
    await server.api(`/api/workshops/${id()}/agreements/${next.body.id}`, { method: 'DELETE', cookie: facilitator() });
  });

  it('refuses edits by participants, and by the set-up session of another workshop', async () => {
    const res = await create({ text: 'Van Anna', owners: ['raad'] }, person('Anna').cookie);
    expect(res.status).toBe(403);
    expect(res.body.error).toBe('forbidden');
    expect((await register()).agreements.map((a) => a.text)).not.toContain('Van Anna');
  });
});

describe('bad input gets its own error and changes nothing', () => {
  it('an agreement without text, without owner, with a review moment in the past, or with an unknown source', async () => {
    const before = await register();
    const cases: [unknown, number, string][] = [
      [{ text: '   ', owners: ['raad'] }, 422, 'agreement-text-missing'],
      [{ text: 'Zonder eigenaar', owners: [] }, 422, 'agreement-owner-missing'],
      [{ text: 'Te laat', owners: ['raad'], reviewMoments: ['2020-01-01'] }, 422, 'review-moment-past'],
      [{ text: 'Uit het niets', owners: ['raad'], sources: [{ kind: 'ambition', roleGroup: 'raad', statementId: 'bestaat-niet' }] }, 422, 'agreement-source-unknown'],
      [{ text: 'Rare datum', owners: ['raad'], reviewMoments: ['2031-02-30'] }, 400, 'invalid-body'],
      [{ owners: ['raad'] }, 400, 'invalid-body'],
    ];
    for (const [body, status, error] of cases) {
      const res = await create(body);
      expect([res.status, res.body.error], JSON.stringify(body)).toEqual([status, error]);
    }
    expect(await register()).toEqual(before);
  });

  it('an edit that empties the text or the owners, or adds a past moment; an unknown agreement', async () => {
    const made = await create({ text: 'Blijft staan', owners: ['college'], reviewMoments: [inDays(10)] });
    const before = await register();
    expect((await patch(made.body.id, { text: '' })).body.error).toBe('agreement-text-missing');
    expect((await patch(made.body.id, { owners: [] })).body.error).toBe('agreement-owner-missing');
    expect((await patch(made.body.id, { reviewMoments: [inDays(10), '2021-06-01'] })).body.error).toBe('review-moment-past');
    expect((await patch('a_0000000000000000', { status: 'vastgesteld' })).body.error).toBe('agreement-not-found');
    expect(await register()).toEqual(before);
  });
});

describe('a register that cannot grow without bound', () => {
  it('refuses progress on an agreement whose history is full, and keeps what it has', async () => {
    const made = await create({ text: 'Vol', owners: ['ambtenaren'] });
    await server.app.services.documents.change(agreementsDocName(id()), (doc) => {
      for (let i = 0; i < MAX_ENTRIES_PER_AGREEMENT; i++) {
        appendProgress(doc, made.body.id, { id: `v_${i}`, at: i, reviewMoment: null, state: 'opKoers', note: '', byKey: null, byRole: 'facilitator' });
      }
    });
    const res = await progress(made.body.id, { reviewMoment: null, state: 'nietGelukt', note: 'een te veel' }, person('Dina').cookie);
    expect([res.status, res.body.error]).toEqual([409, 'agreement-history-full']);
    const entry = (await register()).agreements.find((a) => a.id === made.body.id)!;
    expect(entry.progress).toHaveLength(MAX_ENTRIES_PER_AGREEMENT);
    await server.api(`/api/workshops/${id()}/agreements/${made.body.id}`, { method: 'DELETE', cookie: facilitator() });
  });
});

describe('after the course', () => {
  it('a member of an owning group records progress at a review moment; the history shows it in order', async () => {
    const moment = inDays(14);
    const made = await create({ text: 'De raad vraagt bij elk voorstel hoe inwoners meedachten.', owners: ['raad'], reviewMoments: [moment] });
    const gert = await progress(made.body.id, { reviewMoment: moment, state: 'aandachtNodig', note: 'Nog niet bij elk voorstel.' }, person('Gert').cookie);
    expect(gert.status).toBe(201);
    expect(gert.body).toMatchObject({ reviewMoment: moment, state: 'aandachtNodig', note: 'Nog niet bij elk voorstel.', byKey: person('Gert').authorKey, byRole: 'griffier' });
    const byFacilitator = await progress(made.body.id, { reviewMoment: null, state: 'opKoers', note: '' }, facilitator());
    expect(byFacilitator.status).toBe(201);
    const entry = (await register()).agreements.find((a) => a.id === made.body.id)!;
    expect(entry.progress.map((p) => p.state)).toEqual(['aandachtNodig', 'opKoers']);
    expect(JSON.stringify(entry)).not.toContain('Gert');
  });

  it('refuses progress from outside the owning groups, for a date that is no review moment, and from the plenary screen', async () => {
    const moment = inDays(20);
    const made = await create({ text: 'Het college legt dilemma’s voor.', owners: ['college'], reviewMoments: [moment] });
    const before = await register();
    for (const name of ['Anna', 'Dina']) {
      const res = await progress(made.body.id, { reviewMoment: moment, state: 'nietGelukt', note: 'Niet van ons' }, person(name).cookie);
      expect([res.status, res.body.error], name).toEqual([403, 'not-in-owning-group']);
    }
    const wrongDate = await progress(made.body.id, { reviewMoment: inDays(21), state: 'opKoers' }, person('Ben').cookie);
    expect(wrongDate.body.error).toBe('review-moment-unknown');
    const screen = await server.api<{ link: string }>(`/api/workshops/${id()}/screen-link`, { method: 'POST', cookie: facilitator() });
    const screenCookie = (await server.openLink(screen.body.link)).cookie!;
    expect((await progress(made.body.id, { reviewMoment: moment, state: 'opKoers' }, screenCookie)).status).toBe(403);
    expect(await register()).toEqual(before);
    expect((await progress(made.body.id, { reviewMoment: moment, state: 'opKoers', note: 'Twee keer gedaan' }, person('Ben').cookie)).status).toBe(201);
  });

  it('team leaders, marked by the facilitator, add intervisie notes; others may not', async () => {
    const made = await create({ text: 'Teamleiders houden het gesprek gaande.', owners: ['ambtenaren'] });
    const tamara = person('Tamara');
    const refused = await intervisie(made.body.id, { text: 'Besproken in het team' }, tamara.cookie);
    expect([refused.status, refused.body.error]).toEqual([403, 'not-team-leader']);
    const rightsBefore = await server.api<AgreementRights>(`/api/workshops/${id()}/agreements/rights`, { cookie: tamara.cookie });
    expect(rightsBefore.body).toEqual({ facilitator: false, roleGroup: 'ambtenaren', teamLeader: false });

    const marked = await server.api<TeamLeadersAnswer>(`/api/workshops/${id()}/team-leaders/${tamara.id}`, { method: 'PUT', cookie: facilitator(), body: { teamLeader: true } });
    expect(marked.body.participantIds).toEqual([tamara.id]);
    expect((await server.api(`/api/workshops/${id()}/team-leaders/${tamara.id}`, { method: 'PUT', cookie: tamara.cookie, body: { teamLeader: true } })).status).toBe(403);
    expect((await server.api<AgreementRights>(`/api/workshops/${id()}/agreements/rights`, { cookie: tamara.cookie })).body.teamLeader).toBe(true);

    const note = await intervisie(made.body.id, { text: '  Twee collega’s vertelden over een lastig gesprek.  ' }, tamara.cookie);
    expect(note.status).toBe(201);
    expect(note.body).toMatchObject({ text: 'Twee collega’s vertelden over een lastig gesprek.', byKey: tamara.authorKey, byRole: 'ambtenaar' });
    expect((await intervisie(made.body.id, { text: 'Ook van Dina' }, person('Dina').cookie)).body.error).toBe('not-team-leader');
    expect((await intervisie(made.body.id, { text: '   ' }, tamara.cookie)).body.error).toBe('invalid-body');
    const entry = (await register()).agreements.find((a) => a.id === made.body.id)!;
    expect(entry.intervisie.map((n) => n.text)).toEqual(['Twee collega’s vertelden over een lastig gesprek.']);

    await server.api(`/api/workshops/${id()}/team-leaders/${tamara.id}`, { method: 'PUT', cookie: facilitator(), body: { teamLeader: false } });
    expect((await intervisie(made.body.id, { text: 'Na het intrekken' }, tamara.cookie)).body.error).toBe('not-team-leader');
  });
});

describe('the document is written by the server only', () => {
  for (const who of ['a participant', 'the facilitator'] as const) {
    it(`closes ${who}'s socket that writes into it, and nothing reaches anyone else`, async () => {
      const watcher = await reader(person('Dina').cookie);
      const writer = await reader(who === 'the facilitator' ? facilitator() : person('Anna').cookie);
      const closed = writer.closed();
      writer.doc.transact(() => {
        writer.doc.getMap<unknown>('agreements').set('a_forged00000000', { id: 'a_forged00000000', number: 99, text: 'Vervalst', owners: ['raad'], reviewMoments: [], status: 'vastgesteld', sources: [], createdAt: 0, updatedAt: 0 });
      });
      expect((await closed).code).toBe(CLOSE.readOnlyWrite.code);
      // A write the server makes afterwards still reaches the watcher, without the forged one.
      const after = await create({ text: `Na de poging van ${who}`, owners: ['raad'] });
      await until([watcher.doc], () => readRegister(watcher.doc).agreements.some((a) => a.id === after.body.id));
      expect(readRegister(watcher.doc).agreements.map((a) => a.text)).not.toContain('Vervalst');
      const fresh = new Y.Doc();
      const check = collabClient(server.url, agreementsDocName(id()), facilitator(), { doc: fresh });
      open.push(check);
      await check.synced();
      expect(readRegister(fresh).agreements.map((a) => a.text)).not.toContain('Vervalst');
    });
  }
});
