// SPDX-License-Identifier: EUPL-1.2
/**
 * A comment's author name follows the workshop's current "names shown" setting, not the setting at
 * the time of posting: in the consultation document that open pages read live, and in the answers
 * of the API. Hiding names after they were shown takes them out of the document again.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CommenterView } from '../../shared/apiConsultation.js';
import { readConsultation, type ConsultationComment } from '../../shared/consultationDoc.js';
import { consultationDocName } from '../../shared/docNames.js';
import { collabClient, startTestServer, until, type CollabClient, type TestServer } from '../helpers/stipServer.js';
import { anchorOn, consultationSetup, type ConsultationSetup } from './consultationFixture.js';

let server: TestServer;
let s: ConsultationSetup;
const open: CollabClient[] = [];

beforeAll(async () => {
  server = await startTestServer();
  s = await consultationSetup(server, { open: true, showNames: false });
});
afterEach(() => {
  for (const c of open.splice(0)) c.destroy();
});
afterAll(async () => {
  await server?.close();
});

const setShowNames = async (showNames: boolean) => {
  const res = await server.api(`/api/workshops/${s.workshopId}`, { method: 'PATCH', cookie: s.facilitator, body: { showNames } });
  expect(res.status).toBe(200);
};

describe('author names of consultation comments', () => {
  it('follow a later change of the workshop\'s names setting, both ways', async () => {
    const watcher = collabClient(server.url, consultationDocName(s.workshopId), s.facilitator);
    open.push(watcher);
    await watcher.synced();
    const posted = await server.api<ConsultationComment>(`${s.base}/comments`, {
      cookie: s.commenters.Anna.cookie, body: { stance: 'eens', text: 'Graag zo vroeg mogelijk.', anchor: anchorOn('p1', 'vanaf het begin') },
    });
    expect(posted.status).toBe(201);
    expect(posted.body.authorName).toBeNull();
    const inDoc = () => readConsultation(watcher.doc).comments.find((c) => c.id === posted.body.id);
    await until([watcher.doc], () => inDoc() !== undefined);
    expect(inDoc()?.authorName).toBeNull();

    await setShowNames(true);
    await until([watcher.doc], () => inDoc()?.authorName === 'Anna');
    expect(readConsultation(watcher.doc).meta?.showNames).toBe(true);
    const view = await server.api<CommenterView>(`${s.base}/me`, { cookie: s.commenters.Bert.cookie });
    expect(view.body.comments.find((c) => c.id === posted.body.id)?.authorName).toBe('Anna');

    await setShowNames(false);
    await until([watcher.doc], () => inDoc()?.authorName === null);
    expect(readConsultation(watcher.doc).meta?.showNames).toBe(false);
    expect(JSON.stringify(readConsultation(watcher.doc).comments)).not.toContain('Anna');
    expect(inDoc()).toMatchObject({ text: 'Graag zo vroeg mogelijk.', stance: 'eens', role: 'raadslid', number: posted.body.number });
  });
});
