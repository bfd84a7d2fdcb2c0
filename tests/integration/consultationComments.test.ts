// SPDX-License-Identifier: EUPL-1.2
/**
 * Commenting through the API: comments reach the facilitator's consultation document live; edit and
 * withdraw work on one's own comments only and until closing; every bad input gets its own error id
 * and changes nothing; a flood from one link is refused; after closing (close early) everything is
 * refused, and extending opens it again.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CommenterView, ConsultationDashboard, OutcomesAnswer } from '../../shared/apiConsultation.js';
import { readConsultation, type ConsultationComment } from '../../shared/consultationDoc.js';
import { consultationDocName } from '../../shared/docNames.js';
import { COMMENTS_PER_MINUTE } from '../../server/services/consultation/commentRateLimit.js';
import { collabClient, startTestServer, until, type CollabClient, type TestServer } from '../helpers/stipServer.js';
import { anchorOn, consultationSetup, PASSAGES, type ConsultationSetup } from './consultationFixture.js';

let server: TestServer;
let s: ConsultationSetup;
const open: CollabClient[] = [];

beforeAll(async () => {
  server = await startTestServer();
  s = await consultationSetup(server, { open: true });
});
afterEach(() => {
  for (const c of open.splice(0)) c.destroy();
});
afterAll(async () => {
  await server?.close();
});

const post = (who: string, body: unknown) => server.api<ConsultationComment & { error?: string }>(`${s.base}/comments`, { cookie: s.commenters[who].cookie, body });
const commentCount = async () => (await server.api<CommenterView>(`${s.base}/me`, { cookie: s.commenters.Anna.cookie })).body.comments.length;

describe('posting a comment', () => {
  it('stores it with its anchor and shows it live to the facilitator, by role only', async () => {
    const watcher = collabClient(server.url, consultationDocName(s.workshopId), s.facilitator);
    open.push(watcher);
    await watcher.synced();
    const res = await post('Anna', { stance: 'oneens', text: 'Vanaf het begin is te laat: betrek ze al bij de vraag.', anchor: anchorOn('p1', 'vanaf het begin') });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ number: 1, stance: 'oneens', role: 'raadslid', roleCategory: 'raad', authorName: null });
    expect(res.body.anchor).toMatchObject({ version: 1, passageId: 'p1', quote: 'vanaf het begin', suffix: PASSAGES.p1.slice(PASSAGES.p1.indexOf('vanaf het begin') + 15, PASSAGES.p1.indexOf('vanaf het begin') + 47) });
    await until([watcher.doc], () => readConsultation(watcher.doc).comments.some((c) => c.id === res.body.id));
    expect(JSON.stringify(readConsultation(watcher.doc).comments)).not.toContain('Anna');
    const general = await post('Dirk', { stance: 'algemeen', text: 'Mooie visie.' });
    expect(general.body.anchor).toBeNull();
  });

  it('gives each bad input its own error id and changes nothing', async () => {
    const before = await commentCount();
    const cases: [unknown, string][] = [
      [{ stance: 'eens', text: '   ' }, 'comment-empty'],
      [{ stance: 'eens', text: 'x'.repeat(2001) }, 'comment-too-long'],
      [{ stance: 'eens', text: 'Goed', anchor: { passageId: 'p1', start: 10, end: 500, quote: 'x' } }, 'anchor-outside'],
      [{ stance: 'eens', text: 'Goed', anchor: { ...anchorOn('p2', 'ruimte'), quote: 'ruimt' } }, 'quote-mismatch'],
      [{ stance: 'eens', text: 'Goed', anchor: { passageId: 'p9', start: 0, end: 3, quote: 'Wij' } }, 'passage-unknown'],
      [{ stance: 'misschien', text: 'Goed' }, 'invalid-body'],
    ];
    for (const [body, error] of cases) expect((await post('Anna', body)).body.error, error).toBe(error);
    expect(await commentCount()).toBe(before);
    expect((await post('Anna', { stance: 'eens', text: 'x'.repeat(2000) })).status).toBe(201);
  });

  it('refuses a flood of posts from one link', async () => {
    const before = await commentCount();
    const statuses: string[] = [];
    for (let i = 0; i < COMMENTS_PER_MINUTE + 1; i++) {
      const res = await post('Bert', { stance: 'aanvulling', text: `Aanvulling ${i}`, anchor: anchorOn('p2', 'ruimte') });
      statuses.push(res.body.error ?? String(res.status));
    }
    expect(statuses).toEqual([...Array(COMMENTS_PER_MINUTE).fill('201'), 'too-many-comments']);
    expect(await commentCount()).toBe(before + COMMENTS_PER_MINUTE);
  });
});

describe('editing, withdrawing and replying', () => {
  it('edits and withdraws one\'s own comment, refuses someone else\'s', async () => {
    const mine = await post('Dirk', { stance: 'eens', text: 'Eerste versie', anchor: anchorOn('p3', 'kaders') });
    const path = `${s.base}/comments/${mine.body.id}`;
    const edited = await server.api<ConsultationComment>(path, { method: 'PATCH', cookie: s.commenters.Dirk.cookie, body: { text: 'Tweede versie', stance: 'oneens' } });
    expect(edited.body).toMatchObject({ text: 'Tweede versie', stance: 'oneens' });
    expect(edited.body.editedAt).not.toBeNull();
    const theirs = await server.api<{ error: string }>(path, { method: 'PATCH', cookie: s.commenters.Anna.cookie, body: { text: 'Overgenomen' } });
    expect(theirs.body.error).toBe('not-your-comment');
    expect((await server.api<{ error: string }>(path, { method: 'DELETE', cookie: s.commenters.Anna.cookie })).body.error).toBe('not-your-comment');
    expect((await server.api<{ error: string }>(path, { method: 'PATCH', cookie: s.facilitator, body: { text: 'x' } })).body.error).toBe('forbidden');
    const withdrawn = await server.api<ConsultationComment>(path, { method: 'DELETE', cookie: s.commenters.Dirk.cookie });
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', text: '' });
    expect((await server.api<{ error: string }>(path, { method: 'PATCH', cookie: s.commenters.Dirk.cookie, body: { text: 'Terug' } })).body.error).toBe('comment-withdrawn');
    const outcomes = await server.api<OutcomesAnswer>(`${s.base}/me/outcomes`, { cookie: s.commenters.Dirk.cookie });
    expect(outcomes.body.published).toBe(false);
    expect(outcomes.body.outcomes.find((o) => o.comment.id === mine.body.id)?.comment.status).toBe('withdrawn');
  });

  it('replies while allowed, and not once the facilitator switches replies off', async () => {
    const parent = (await post('Anna', { stance: 'eens', text: 'Eens met de raad.', anchor: anchorOn('p3', 'laat de uitvoering los') })).body;
    const reply = await server.api<ConsultationComment>(`${s.base}/comments/${parent.id}/replies`, { cookie: s.commenters.Dirk.cookie, body: { text: 'Ik ook.' } });
    expect(reply.body).toMatchObject({ parentId: parent.id, anchor: null });
    await server.api(s.base, { method: 'PATCH', cookie: s.facilitator, body: { repliesAllowed: false } });
    const refused = await server.api<{ error: string }>(`${s.base}/comments/${parent.id}/replies`, { cookie: s.commenters.Dirk.cookie, body: { text: 'Nog een.' } });
    expect(refused.body.error).toBe('replies-not-allowed');
    const view = await server.api<CommenterView>(`${s.base}/me`, { cookie: s.commenters.Dirk.cookie });
    expect(view.body.comments.every((c) => view.body.ownCommentIds.includes(c.id))).toBe(true);
    const socket = collabClient(server.url, consultationDocName(s.workshopId), s.commenters.Dirk.cookie);
    open.push(socket);
    expect(await socket.refused()).toBe(403);
    await server.api(s.base, { method: 'PATCH', cookie: s.facilitator, body: { repliesAllowed: true } });
  });
});

describe('the deadline', () => {
  it('refuses posting, editing and withdrawing after closing early; extending opens it again', async () => {
    const mine = (await post('Anna', { stance: 'eens', text: 'Voor de sluiting', anchor: anchorOn('p5', 'mee kan praten') })).body;
    const closed = await server.api<ConsultationDashboard>(s.base, { method: 'PATCH', cookie: s.facilitator, body: { closeNow: true } });
    expect(closed.body.open).toBe(false);
    expect(closed.body.meta.closedEarly).toBe(true);
    const before = await commentCount();
    expect((await post('Anna', { stance: 'eens', text: 'Te laat' })).body.error).toBe('consultation-closed');
    const path = `${s.base}/comments/${mine.id}`;
    expect((await server.api<{ error: string }>(path, { method: 'PATCH', cookie: s.commenters.Anna.cookie, body: { text: 'Te laat' } })).body.error).toBe('consultation-closed');
    expect((await server.api<{ error: string }>(path, { method: 'DELETE', cookie: s.commenters.Anna.cookie })).body.error).toBe('consultation-closed');
    expect(await commentCount()).toBe(before);
    const view = await server.api<CommenterView>(`${s.base}/me`, { cookie: s.commenters.Anna.cookie });
    expect(view.body.open).toBe(false);
    expect((await server.api<{ error: string }>(s.base, { method: 'PATCH', cookie: s.facilitator, body: { closesAt: '2020-01-01T00:00:00Z' } })).body.error).toBe('closes-in-past');
    const extended = await server.api<ConsultationDashboard>(s.base, { method: 'PATCH', cookie: s.facilitator, body: { closesAt: new Date(Date.now() + 3600_000).toISOString() } });
    expect(extended.body.open).toBe(true);
    expect((await server.api(path, { method: 'PATCH', cookie: s.commenters.Anna.cookie, body: { text: 'Na verlenging' } })).status).toBe(200);
  });
});
