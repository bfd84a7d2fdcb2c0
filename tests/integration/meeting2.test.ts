// SPDX-License-Identifier: EUPL-1.2
/**
 * Meeting 2 against the real server with stock y-websocket clients: groups formed by role, the
 * role-group documents open only to their members (and the facilitator), what A expects of B never
 * writable by B, moves and merges, cases and bad input, the matrix answering every ambition and
 * expectation exactly once, and the AVG export and delete covering meeting 2.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkshopDeleteAnswer, WorkshopExport } from '../../shared/apiAvg.js';
import type { Meeting2Answer, Meeting2Case, Meeting2Matrix, MyRoleGroupAnswer } from '../../shared/apiMeeting2.js';
import { CLOSE } from '../../shared/closeCodes.js';
import { roleDraftDocName, roleGroupDocName, type RoleGroup } from '../../shared/docNames.js';
import { addAmbition, addExpectation, ambitionsOf, endorseRoleStatement, expectationsOf } from '../../shared/roleGroupDoc.js';
import type { Meeting2Live } from '../../shared/meeting2Live.js';
import { collabClient, startTestServer, until, type CollabClient, type SeededParticipant, type SeededWorkshop, type TestServer } from '../helpers/stipServer.js';

let server: TestServer;
let seeded: SeededWorkshop;
const open: CollabClient[] = [];

const id = () => seeded.workshopId;
const person = (name: string): SeededParticipant => seeded.participants.find((p) => p.name === name)!;
const asFacilitator = <T,>(path: string, method = 'GET', body?: unknown) =>
  server.api<T>(`/api/workshops/${id()}${path}`, { cookie: seeded.facilitator.cookie, method, body });
const connect = (group: RoleGroup, cookie: string) => {
  const client = collabClient(server.url, roleGroupDocName(id(), group), cookie);
  open.push(client);
  return client;
};
const author = (p: SeededParticipant) => ({ authorKey: p.authorKey, authorRole: p.role });

beforeAll(async () => {
  server = await startTestServer();
  seeded = await server.seedWorkshop({
    gemeente: 'Rolstad',
    participants: [
      { name: 'Rita', role: 'raadslid' },
      { name: 'Roel', role: 'raadslid' },
      { name: 'Gerda', role: 'griffier' },
      { name: 'Carl', role: 'collegelid' },
      { name: 'Dirk', role: 'directie' },
      { name: 'Sara', role: 'gemeentesecretaris' },
      { name: 'Anna', role: 'ambtenaar' },
      { name: 'Ben', role: 'ambtenaar' },
    ],
  });
});
afterAll(async () => {
  for (const c of open) c.destroy();
  await server?.close();
});

describe('meeting 2 set-up', () => {
  it('answers that meeting 2 does not exist yet, and refuses moves before it does', async () => {
    const before = await asFacilitator<Meeting2Answer>('/meeting2');
    expect(before.body.created).toBe(false);
    const move = await asFacilitator(`/participants/${person('Rita').id}/role-group`, 'PUT', { roleGroup: 'college' });
    expect(move.status).toBe(409);
    expect((move.body as { error: string }).error).toBe('meeting2-not-created');
  });

  it('is created before vision version 2 exists with a warning, forming the groups by role (griffier with the raad)', async () => {
    const created = await asFacilitator<Meeting2Answer>('/meeting2', 'PUT', { date: '2026-05-12' });
    expect(created.status).toBe(200);
    expect(created.body.created).toBe(true);
    expect(created.body.date).toBe('2026-05-12');
    expect(created.body.warnings).toContain('no-version-2');
    const members = Object.fromEntries(created.body.groups.map((g) => [g.roleGroup, g.memberIds.map((pid) => seeded.participants.find((p) => p.id === pid)!.name).sort()]));
    expect(members).toEqual({ raad: ['Gerda', 'Rita', 'Roel'], college: ['Carl', 'Dirk', 'Sara'], ambtenaren: ['Anna', 'Ben'] });
    const mine = await server.api<MyRoleGroupAnswer>(`/api/workshops/${id()}/meeting2/mine`, { cookie: person('Gerda').cookie });
    expect(mine.body).toEqual({ roleGroup: 'raad', groups: ['raad', 'college', 'ambtenaren'] });
  });

  it('refuses bad input with a specific error and changes nothing', async () => {
    const before = await asFacilitator<Meeting2Answer>('/meeting2');
    const cases: [string, string, unknown, number, string][] = [
      ['/meeting2', 'PUT', { date: 'morgen' }, 400, 'invalid-body'],
      ['/meeting2/merge', 'POST', { from: 'raad', into: 'raad' }, 400, 'merge-invalid'],
      [`/participants/${seeded.facilitator.authorKey}/role-group`, 'PUT', { roleGroup: 'raad' }, 404, 'participant-not-found'],
      ['/meeting2/cases', 'POST', { title: '   ' }, 400, 'invalid-body'],
      ['/meeting2/cases/c_nope', 'PUT', { title: 'x' }, 404, 'case-not-found'],
      ['/meeting2/live', 'PATCH', { view: 'case', caseId: 'c_nope' }, 404, 'case-not-found'],
    ];
    for (const [path, method, body, status, error] of cases) {
      const answer = await asFacilitator<{ error: string }>(path, method, body);
      expect([path, answer.status, answer.body.error]).toEqual([path, status, error]);
    }
    const participant = await server.api(`/api/workshops/${id()}/meeting2`, { cookie: person('Rita').cookie, method: 'PUT', body: { date: '2026-05-13' } });
    expect(participant.status).toBe(403);
    expect((await asFacilitator<Meeting2Answer>('/meeting2')).body).toEqual(before.body);
  });

  it('keeps cases in order; everyone in the workshop reads them', async () => {
    const first = await asFacilitator<Meeting2Case>('/meeting2/cases', 'POST', { title: 'Het speeltuintje', text: 'Een buurt wil meepraten over een speeltuin.' });
    const second = await asFacilitator<Meeting2Case>('/meeting2/cases', 'POST', { title: 'Dilemma: snel of samen' });
    expect(first.status).toBe(201);
    await asFacilitator(`/meeting2/cases/${second.body.id}`, 'PUT', { title: 'Dilemma: snel of samen?', text: 'Tijdsdruk tegenover draagvlak.' });
    const read = await server.api<Meeting2Case[]>(`/api/workshops/${id()}/meeting2/cases`, { cookie: person('Anna').cookie });
    expect(read.body.map((c) => c.title)).toEqual(['Het speeltuintje', 'Dilemma: snel of samen?']);
    const live = await asFacilitator<Meeting2Live>('/meeting2/live', 'PATCH', { active: true, view: 'case', caseId: first.body.id });
    expect(live.body).toMatchObject({ active: true, view: 'case', caseId: first.body.id });
    expect((await asFacilitator(`/meeting2/cases/${second.body.id}`, 'DELETE')).status).toBe(204);
    expect((await asFacilitator(`/meeting2/cases/${second.body.id}`, 'DELETE')).status).toBe(404);
  });
});

describe('role-group documents', () => {
  it('open for writing to members and the facilitator only; other groups are refused', async () => {
    expect(await connect('raad', person('Carl').cookie).refused()).toBe(403);
    expect(await connect('college', person('Anna').cookie).refused()).toBe(403);
    expect(await connect('ambtenaren', person('Gerda').cookie).refused()).toBe(403);
    const rita = connect('raad', person('Rita').cookie);
    const facilitator = connect('raad', seeded.facilitator.cookie);
    await Promise.all([rita.synced(), facilitator.synced()]);
    addAmbition(rita.doc, { ...author(person('Rita')), text: 'Wij vragen eerst door' });
    await until([facilitator.doc], () => ambitionsOf(facilitator.doc).size === 1);
  });

  it('never lets B write what A expects of B: B cannot open A’s document, and A cannot file an expectation of itself', async () => {
    expect(await connect('raad', person('Dirk').cookie).refused()).toBe(403);
    const roel = connect('raad', person('Roel').cookie);
    await roel.synced();
    addExpectation(roel.doc, { ...author(person('Roel')), to: 'raad', text: 'aan onszelf' });
    expect((await roel.closed()).code).toBe(CLOSE.updateRefused.code);
  });

  it('follows a move: the moved person’s socket on the old group closes and the new group opens', async () => {
    const sara = connect('college', person('Sara').cookie);
    await sara.synced();
    const moved = await asFacilitator<Meeting2Answer>(`/participants/${person('Sara').id}/role-group`, 'PUT', { roleGroup: 'ambtenaren' });
    expect(moved.body.groups.find((g) => g.roleGroup === 'ambtenaren')!.memberIds).toContain(person('Sara').id);
    expect((await sara.closed()).code).toBe(CLOSE.permissionChanged.code);
    const again = connect('ambtenaren', person('Sara').cookie);
    await again.synced();
    expect(await connect('college', person('Sara').cookie).refused()).toBe(403);
  });
});

describe('private writing in step 1', () => {
  it('keeps a member’s drafts private to them (and the facilitator) until the step leaves “write”, then reveals them as theirs', async () => {
    const draftName = roleDraftDocName(id(), 'ambtenaren', person('Anna').id);
    expect(await server.api(`/api/workshops/${id()}/live`, { cookie: seeded.facilitator.cookie, method: 'PATCH', body: { step: 'write' } })).toMatchObject({ status: 200 });
    const draft = collabClient(server.url, draftName, person('Anna').cookie);
    open.push(draft);
    await draft.synced();
    const ambition = addAmbition(draft.doc, { ...author(person('Anna')), text: 'Privé: wij bellen eerst' });
    addExpectation(draft.doc, { ...author(person('Anna')), to: 'raad', text: 'Privé: kom langs' });
    const peek = collabClient(server.url, draftName, person('Ben').cookie);
    open.push(peek);
    expect(await peek.refused()).toBe(403);
    const facilitatorView = collabClient(server.url, draftName, seeded.facilitator.cookie);
    open.push(facilitatorView);
    await until([facilitatorView.doc], () => ambitionsOf(facilitatorView.doc).size === 1);
    const group = connect('ambtenaren', person('Ben').cookie);
    await group.synced();
    expect(ambitionsOf(group.doc).has(ambition)).toBe(false);

    expect(await server.api(`/api/workshops/${id()}/live`, { cookie: seeded.facilitator.cookie, method: 'PATCH', body: { step: 'reveal' } })).toMatchObject({ status: 200 });
    await until([group.doc], () => ambitionsOf(group.doc).has(ambition) && expectationsOf(group.doc).size >= 1);
    expect(ambitionsOf(group.doc).get(ambition)!.get('authorKey')).toBe(person('Anna').authorKey);
    await until([draft.doc], () => ambitionsOf(draft.doc).size === 0 && expectationsOf(draft.doc).size === 0);
    await server.api(`/api/workshops/${id()}/live`, { cookie: seeded.facilitator.cookie, method: 'PATCH', body: { step: null } });
  });
});

describe('role-group locks', () => {
  it('turns a locked group read-only for its members (not the facilitator), and back', async () => {
    const roel = connect('raad', person('Roel').cookie);
    await roel.synced();
    const locked = await asFacilitator<Meeting2Live>('/meeting2/live', 'PATCH', { lock: { roleGroup: 'raad', locked: true } });
    expect(locked.body.locks).toEqual({ raad: true });
    expect((await roel.closed()).code).toBe(CLOSE.permissionChanged.code);
    const reader = connect('raad', person('Roel').cookie);
    await reader.synced();
    addAmbition(reader.doc, { ...author(person('Roel')), text: 'op slot' });
    expect((await reader.closed()).code).toBe(CLOSE.readOnlyWrite.code);
    const facilitator = connect('raad', seeded.facilitator.cookie);
    await facilitator.synced();
    const before = ambitionsOf(facilitator.doc).size;
    addAmbition(facilitator.doc, { authorKey: seeded.facilitator.authorKey, authorRole: 'facilitator', text: 'De procesbegeleider schrijft nog' });
    const watcher = connect('raad', seeded.setupCookie);
    await until([watcher.doc], () => ambitionsOf(watcher.doc).size === before + 1);
    expect([...ambitionsOf(watcher.doc).values()].some((e) => String(e.get('text')) === 'op slot')).toBe(false);
    reader.destroy();
    const unlocked = await asFacilitator<Meeting2Live>('/meeting2/live', 'PATCH', { lock: { roleGroup: 'raad', locked: false } });
    expect(unlocked.body.locks).toEqual({});
    const writer = connect('raad', person('Roel').cookie);
    await writer.synced();
    addAmbition(writer.doc, { ...author(person('Roel')), text: 'weer van slot' });
    await until([watcher.doc], () => [...ambitionsOf(watcher.doc).values()].some((e) => String(e.get('text')) === 'weer van slot'));
  });
});

describe('empty groups and merges', () => {
  it('warns about an empty group, merges it into another, refuses moves into the merged group, and undoes the merge', async () => {
    const small = await server.seedWorkshop({ gemeente: 'Kleindorp', participants: [{ name: 'R1', role: 'raadslid' }, { name: 'A1', role: 'ambtenaar' }] });
    const call = <T,>(path: string, method = 'GET', body?: unknown) =>
      server.api<T>(`/api/workshops/${small.workshopId}${path}`, { cookie: small.facilitator.cookie, method, body });
    const created = await call<Meeting2Answer>('/meeting2', 'PUT', { date: '2026-06-01' });
    expect(created.body.emptyGroups).toEqual(['college']);
    expect(created.body.warnings).toContain('empty-role-group');
    const merged = await call<Meeting2Answer>('/meeting2/merge', 'POST', { from: 'college', into: 'raad' });
    expect(merged.body.emptyGroups).toEqual([]);
    expect(merged.body.groups.find((g) => g.roleGroup === 'college')!.mergedInto).toBe('raad');
    const intoMerged = await call<{ error: string }>(`/participants/${small.participants[0].id}/role-group`, 'PUT', { roleGroup: 'college' });
    expect([intoMerged.status, intoMerged.body.error]).toEqual([409, 'role-group-merged']);
    const matrix = await server.api<Meeting2Matrix>(`/api/workshops/${small.workshopId}/meeting2/matrix`, { cookie: small.facilitator.cookie });
    expect(matrix.body.groups).toEqual(['raad', 'ambtenaren']);
    const undone = await call<Meeting2Answer>('/meeting2/merge', 'POST', { from: 'college', into: null });
    expect(undone.body.emptyGroups).toEqual(['college']);
  });
});

describe('the matrix', () => {
  it('returns every ambition and expectation exactly once, with endorsements', async () => {
    const writers: [RoleGroup, SeededParticipant][] = [['raad', person('Gerda')], ['college', person('Carl')], ['ambtenaren', person('Ben')]];
    const ids: string[] = [];
    const watchers: CollabClient[] = [];
    for (const [group, p] of writers) {
      const client = connect(group, p.cookie);
      const watcher = connect(group, seeded.facilitator.cookie);
      watchers.push(watcher);
      await Promise.all([client.synced(), watcher.synced()]);
      const before = ambitionsOf(watcher.doc).size + expectationsOf(watcher.doc).size;
      const ambition = addAmbition(client.doc, { ...author(p), text: `Ambitie van ${group}` });
      endorseRoleStatement(client.doc, 'ambitions', ambition, p.authorKey, true);
      ids.push(ambition);
      for (const to of (['raad', 'college', 'ambtenaren'] as const).filter((g) => g !== group)) {
        ids.push(addExpectation(client.doc, { ...author(p), to, text: `${group} verwacht van ${to}` }));
      }
      await until([watcher.doc], () => ambitionsOf(watcher.doc).size + expectationsOf(watcher.doc).size === before + 3);
    }
    const matrix = await server.api<Meeting2Matrix>(`/api/workshops/${id()}/meeting2/matrix`, { cookie: person('Anna').cookie });
    expect(matrix.status).toBe(200);
    const all: string[] = [];
    for (const from of matrix.body.groups) {
      all.push(...matrix.body.ambitions[from].map((s) => s.id));
      for (const to of matrix.body.groups) all.push(...matrix.body.expectations[from][to].map((s) => s.id));
      expect(matrix.body.expectations[from][from]).toEqual([]);
    }
    expect(new Set(all).size).toBe(all.length);
    for (const written of ids) expect(all.filter((x) => x === written)).toHaveLength(1);
    expect(matrix.body.expectations.college.raad.map((s) => s.text)).toEqual(['college verwacht van raad']);
    expect(matrix.body.ambitions.college.find((s) => s.text === 'Ambitie van college')!.endorsements).toBe(1);
    const screenLink = await asFacilitator<{ link: string }>('/screen-link', 'POST');
    const screenCookie = (await server.openLink(screenLink.body.link)).cookie!;
    expect((await server.api(`/api/workshops/${id()}/meeting2/matrix`, { cookie: screenCookie })).status).toBe(200);
  });
});

describe('AVG', () => {
  it('exports meeting 2 with its authors, and a delete removes every row of it', async () => {
    const exported = await asFacilitator<WorkshopExport>('/export');
    expect(exported.status).toBe(200);
    const m2 = exported.body.meeting2;
    expect(m2.created).toBe(true);
    expect(m2.cases.map((c) => c.title)).toEqual(['Het speeltuintje']);
    expect(m2.roleGroups.find((r) => r.participantId === person('Sara').id)?.roleGroup).toBe('ambtenaren');
    const ambition = m2.statements.find((s) => s.text === 'Wij vragen eerst door')!;
    expect([ambition.roleGroup, ambition.to, ambition.authorName]).toEqual(['raad', null, 'Rita']);
    const expectation = m2.statements.find((s) => s.text === 'raad verwacht van college')!;
    expect([expectation.roleGroup, expectation.to, expectation.authorName]).toEqual(['raad', 'college', 'Gerda']);
    expect(exported.body.otherDocuments.some((d) => /\/m2\/g\/[a-z]+$/.test(d.name))).toBe(false);

    const gemeente = 'Rolstad';
    const deleted = await server.api<WorkshopDeleteAnswer>(`/api/workshops/${id()}`, { cookie: seeded.facilitator.cookie, method: 'DELETE', body: { confirm: gemeente } });
    expect(deleted.status).toBe(200);
    for (const table of ['meeting2_setups', 'meeting2_cases']) {
      expect(Number((await server.rows.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table} WHERE workshop_id = ?`, [id()]))!.n)).toBe(0);
    }
    expect(await server.rows.mentioning(`w/${id()}/m2/`)).toEqual([]);
  });
});
