// SPDX-License-Identifier: EUPL-1.2
/**
 * Processing a consultation: comments re-anchored after five kinds of edit to the live vision,
 * similar comments suggested as a group, answers with a status, freezing version 2 (warned while
 * comments are unanswered), the word-level comparison of the versions, and the reactienota — refused
 * while anything is unanswered, then listing every comment exactly once, and showing each commenter
 * what became of their comments.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ConsultationFreezeAnswer, OutcomesAnswer, ProcessingAnswer, Reactienota, SuggestionsAnswer } from '../../shared/apiConsultation.js';
import { readConsultation, type ConsultationComment } from '../../shared/consultationDoc.js';
import { consultationDocName, visionDocName } from '../../shared/docNames.js';
import type { VersionDiff } from '../../shared/versionDiff.js';
import { visionContentOf } from '../../shared/visionDoc.js';
import { collabClient, startTestServer, until, type CollabClient, type TestServer } from '../helpers/stipServer.js';
import { anchorOn, consultationSetup, type ConsultationSetup } from './consultationFixture.js';

let server: TestServer;
let s: ConsultationSetup;
const open: CollabClient[] = [];
const ids: Record<string, string> = {};

const connect = (docName: string, cookie: string) => {
  const client = collabClient(server.url, docName, cookie);
  open.push(client);
  return client;
};
const post = async (key: string, who: string, body: unknown) => {
  const res = await server.api<ConsultationComment>(`${s.base}/comments`, { cookie: s.commenters[who].cookie, body });
  if (res.status !== 201) throw new Error(`${key}: ${res.status} ${JSON.stringify(res.body)}`);
  ids[key] = res.body.id;
};

beforeAll(async () => {
  server = await startTestServer();
  s = await consultationSetup(server, { open: true });
  await post('p1', 'Anna', { stance: 'aanvulling', text: 'Betrek inwoners eerder bij plannen voor hun buurt.', anchor: anchorOn('p1', 'bij plannen die hun buurt raken') });
  await post('p2', 'Bert', { stance: 'eens', text: 'Goed dat ambtenaren ruimte krijgen.', anchor: anchorOn('p2', 'ruimte om zelf te beslissen') });
  await post('p3', 'Dirk', { stance: 'oneens', text: 'Loslaten is te vaag.', anchor: anchorOn('p3', 'laat de uitvoering los') });
  await post('p4', 'Anna', { stance: 'eens', text: 'Fouten delen vraagt veiligheid.', anchor: anchorOn('p4', 'delen wat we leren') });
  await post('p5', 'Bert', { stance: 'aanvulling', text: 'Ook jongeren.', anchor: anchorOn('p5', 'mee kan praten') });
  await post('general', 'Dirk', { stance: 'algemeen', text: 'Inwoners eerder betrekken bij plannen voor de buurt.' });
});
afterEach(() => {
  for (const c of open.splice(0)) c.destroy();
});
afterAll(async () => {
  await server?.close();
});

/** The paragraph of the vision with this passage id (first one). */
function passageNode(content: Y.XmlFragment, id: string): { node: Y.XmlElement; index: number } {
  const index = content.toArray().findIndex((n) => n instanceof Y.XmlElement && n.getAttribute('passage') === id);
  return { node: content.get(index) as Y.XmlElement, index };
}

function paragraph(passage: string, text: string): Y.XmlElement {
  const p = new Y.XmlElement('paragraph');
  p.setAttribute('passage', passage);
  p.insert(0, [new Y.XmlText(text)]);
  return p;
}

describe('re-anchoring after the facilitator edits the live vision', () => {
  it('follows insert before, edit inside, split and move, and marks the deleted passage removed', async () => {
    const editor = connect(visionDocName(s.workshopId), s.facilitator);
    const observer = connect(visionDocName(s.workshopId), s.seeded.setupCookie);
    await Promise.all([editor.synced(), observer.synced()]);
    editor.doc.transact(() => {
      const content = visionContentOf(editor.doc);
      (passageNode(content, 'p1').node.get(0) as Y.XmlText).insert(0, 'Kort gezegd: ');
      const p2 = passageNode(content, 'p2').node.get(0) as Y.XmlText;
      const at = p2.toString().indexOf('beslissen');
      p2.delete(at, 'beslissen'.length);
      p2.insert(at, 'besluiten');
      const p3 = passageNode(content, 'p3');
      content.delete(p3.index, 1);
      const p4 = passageNode(content, 'p4');
      const p4Text = p4.node.get(0) as Y.XmlText;
      const cut = p4Text.toString().indexOf(', ook');
      const tail = p4Text.toString().slice(cut + 2);
      p4Text.delete(cut, p4Text.length - cut);
      p4Text.insert(cut, '.');
      content.insert(p4.index + 1, [paragraph('p4', tail.charAt(0).toUpperCase() + tail.slice(1))]);
      const p5 = passageNode(content, 'p5');
      const p5Text = (p5.node.get(0) as Y.XmlText).toString();
      content.delete(p5.index, 1);
      content.insert(1, [paragraph('p5', p5Text)]);
      content.insert(content.length, [paragraph('p6', 'Elk jaar kijken we samen terug.')]);
    });
    await until([observer.doc], () => visionContentOf(observer.doc).toString().includes('p6'));
    const view = await server.api<ProcessingAnswer>(`${s.base}/comments`, { cookie: s.facilitator });
    const placement = (key: string) => view.body.comments.find((c) => c.id === ids[key])!.placement;
    expect(placement('p1')).toMatchObject({ state: 'ok', passageId: 'p1', start: 'Kort gezegd: Wij betrekken inwoners vanaf het begin '.length, confidence: 1 });
    expect(placement('p2')).toMatchObject({ state: 'ok', passageId: 'p2' });
    expect(placement('p2')!.confidence).toBeLessThan(1);
    expect(placement('p3')).toMatchObject({ state: 'removed', passageId: null, start: null });
    expect(placement('p4')).toMatchObject({ state: 'ok', passageId: 'p4' });
    expect(placement('p5')).toMatchObject({ state: 'ok', passageId: 'p5', confidence: 1 });
    expect(placement('general')).toBeNull();
    expect(view.body.progress).toEqual({ answered: 0, total: 6 });
  });
});

describe('answering, freezing and publishing', () => {
  it('suggests similar comments of different people as a group', async () => {
    const res = await server.api<SuggestionsAnswer>(`${s.base}/suggestions`, { cookie: s.facilitator });
    expect(res.body.groups.some((g) => g.commentIds.includes(ids.p1) && g.commentIds.includes(ids.general))).toBe(true);
  });

  it('refuses freezing version 2 and publishing while comments are unanswered, changing nothing', async () => {
    const freeze = await server.api<{ error: string; message: string }>(`${s.base}/freeze`, { cookie: s.facilitator, body: {} });
    expect(freeze.body.error).toBe('unanswered-comments-freeze');
    expect(freeze.body.message).toContain('6 of 6');
    expect((await server.api<unknown[]>(`/api/workshops/${s.workshopId}/versions`, { cookie: s.facilitator })).body).toHaveLength(1);
    expect((await server.api<{ error: string }>(`${s.base}/reactienota/publish`, { cookie: s.facilitator, method: 'POST' })).body.error).toBe('unanswered-comments');
    expect((await server.api<{ error: string }>(`${s.base}/reactienota`, { cookie: s.commenters.Anna.cookie })).body.error).toBe('reactienota-not-published');
  });

  it('answers one comment or a group with a status; bad answers change nothing', async () => {
    const answer = (body: unknown) => server.api<{ id: string; error?: string }>(`${s.base}/answers`, { cookie: s.facilitator, body });
    expect((await answer({ commentIds: [ids.p1], answer: '  ', status: 'verwerkt' })).body.error).toBe('answer-invalid');
    expect((await answer({ commentIds: ['nope'], answer: 'Ja', status: 'verwerkt' })).body.error).toBe('comment-not-found');
    expect((await answer({ commentIds: [ids.p1], answer: 'Ja', status: 'misschien' })).body.error).toBe('invalid-body');
    expect((await server.api<ProcessingAnswer>(`${s.base}/comments`, { cookie: s.facilitator })).body.progress.answered).toBe(0);
    expect((await answer({ commentIds: [ids.p1, ids.general], answer: 'We betrekken inwoners al bij de vraag.', status: 'verwerkt', wherePassageId: 'p1' })).status).toBe(201);
    await answer({ commentIds: [ids.p2], answer: 'Deels: de woorden zijn aangepast.', status: 'deels', wherePassageId: 'p2' });
    await answer({ commentIds: [ids.p3], answer: 'De passage is geschrapt.', status: 'niet' });
    await answer({ commentIds: [ids.p4], answer: 'Opgenomen.', status: 'verwerkt', wherePassageId: 'p4' });
    const partial = await server.api<ProcessingAnswer>(`${s.base}/comments`, { cookie: s.facilitator });
    expect(partial.body.progress).toEqual({ answered: 5, total: 6 });
  });

  it('freezes version 2 with a confirmation, and compares it word by word with version 1', async () => {
    const frozen = await server.api<ConsultationFreezeAnswer>(`${s.base}/freeze`, { cookie: s.facilitator, body: { confirmUnanswered: true } });
    expect(frozen.status).toBe(201);
    expect(frozen.body).toMatchObject({ unanswered: 1, version: { number: 2, label: 'Versie 2 (na consultatie)' } });
    const diff = await server.api<VersionDiff>(`/api/workshops/${s.workshopId}/versions/1/diff/2`, { cookie: s.seeded.participants[0].cookie });
    const block = (id: string) => diff.body.blocks.filter((b) => b.passageId === id);
    expect(block('p1')[0].segments[0]).toEqual({ kind: 'ins', text: 'Kort gezegd: ' });
    expect(block('p2')[0].segments).toContainEqual({ kind: 'del', text: 'beslissen' });
    expect(block('p3')[0].change).toBe('removed');
    expect(block('p6')[0].change).toBe('added');
    expect((await server.api(`/api/workshops/${s.workshopId}/versions/1/diff/9`, { cookie: s.facilitator })).status).toBe(404);
  });

  it('publishes the reactienota once everything is answered: every comment exactly once, with its status', async () => {
    const watcher = connect(consultationDocName(s.workshopId), s.facilitator);
    await watcher.synced();
    await server.api(`${s.base}/answers`, { cookie: s.facilitator, body: { commentIds: [ids.p5], answer: 'Jongeren vallen onder inwoners.', status: 'niet' } });
    const published = await server.api<Reactienota>(`${s.base}/reactienota/publish`, { cookie: s.facilitator, method: 'POST' });
    expect(published.status).toBe(200);
    const nota = published.body;
    expect(nota.published).toBe(true);
    const numbers = nota.items.flatMap((i) => i.commentNumbers).sort((a, b) => a - b);
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6]);
    expect(nota.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5]);
    expect(nota.items.every((i) => i.status !== null)).toBe(true);
    expect(nota.items.find((i) => i.commentNumbers.includes(6))!.commentNumbers).toEqual([1, 6]);
    expect(nota.process).toMatchObject({ invited: 3, reacted: 3, comments: 6 });
    expect(nota.ownChanges.map((c) => c.passageId)).toEqual(['p6']);
    expect(JSON.stringify(nota)).not.toMatch(/Anna|Bert|Dirk/);
    await until([watcher.doc], () => readConsultation(watcher.doc).answers.length === 5);
    const outcomes = await server.api<OutcomesAnswer>(`${s.base}/me/outcomes`, { cookie: s.commenters.Anna.cookie });
    expect(outcomes.body.published).toBe(true);
    expect(outcomes.body.outcomes.map((o) => o.answer?.status)).toEqual(['verwerkt', 'verwerkt']);
    expect((await server.api<Reactienota>(`${s.base}/reactienota`, { cookie: s.commenters.Bert.cookie })).status).toBe(200);
    const late = await server.api<{ error: string }>(`${s.base}/answers`, { cookie: s.facilitator, body: { commentIds: [ids.p5], answer: 'Toch wel.', status: 'verwerkt' } });
    expect(late.body.error).toBe('reactienota-published');
  });
});
