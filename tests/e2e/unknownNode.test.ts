// SPDX-License-Identifier: EUPL-1.2
/**
 * Browser: an unknown node planted in a group's horizon (an `iframe`, which the editor schema does
 * not know) never reaches the viewers. The plenary screen and a member of a locked group (both
 * read-only, both with a Tiptap view of the horizon) stay connected and keep showing what the
 * group writes afterwards. Before the document rules, each viewer's editor dropped the node, sent
 * that change back, and was closed (4003).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import * as Y from 'yjs';
import type { ScreenLinkAnswer } from '../../shared/apiMeeting.js';
import { CLOSE } from '../../shared/closeCodes.js';
import { groupDocName } from '../../shared/docNames.js';
import { horizonOf } from '../../shared/groupDoc.js';
import { syncStep1Frame, updateFrame } from '../helpers/collabFrames.js';
import { isSyncStep2, openRawCollab } from '../helpers/rawCollabSocket.js';
import type { SeededWorkshop, TestServer } from '../helpers/stipServer.js';
import { launchBrowser, newPerson } from './browser.js';
import { startServerWithClient } from './stipInBrowser.js';

let server: TestServer;
let browser: Browser;
let seeded: SeededWorkshop;

beforeAll(async () => {
  server = await startServerWithClient();
  browser = await launchBrowser();
  seeded = await server.seedWorkshop({
    gemeente: 'Kijkdorp',
    participants: [
      { name: 'Anna de Vries', role: 'raadslid', group: 1 },
      { name: 'Bram Jansen', role: 'ambtenaar', group: 1 },
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const paragraph = (text: string) => {
  const p = new Y.XmlElement('paragraph');
  p.insert(0, [new Y.XmlText(text)]);
  return p;
};

/** Sends an update that adds an iframe to group 1's horizon as `cookie`; answers the close code. */
async function plantIframe(cookie: string): Promise<number | null> {
  const docName = groupDocName(seeded.workshopId, 1);
  const copy = new Y.Doc();
  Y.applyUpdate(copy, await server.app.documents.read(docName, (doc) => Y.encodeStateAsUpdate(doc)));
  const before = Y.encodeStateVector(copy);
  const iframe = new Y.XmlElement('iframe');
  iframe.setAttribute('src', 'https://aanvaller.example/');
  horizonOf(copy).push([iframe]);
  const opened = await openRawCollab(server.url, docName, { cookie });
  if (!opened.ok) throw new Error(`refused ${opened.status}`);
  opened.socket.send(updateFrame(Y.encodeStateAsUpdate(copy, before)));
  opened.socket.send(syncStep1Frame());
  await Promise.race([opened.socket.frame(isSyncStep2), opened.socket.closed]);
  const code = opened.socket.isClosed ? (await opened.socket.closed).code : null;
  opened.socket.close();
  return code;
}

describe('an unknown node in the horizon', () => {
  it('is refused, and the beamer and a locked member stay connected and current', async () => {
    const id = seeded.workshopId;
    await server.app.documents.change(groupDocName(id, 1), (doc) => horizonOf(doc).push([paragraph('Eerste zin van groep een.')]));

    const screenLink = await server.api<ScreenLinkAnswer>(`/api/workshops/${id}/screen-link`, { cookie: seeded.facilitator.cookie, body: {} });
    const beamer: Page = (await newPerson(browser, { width: 1920, height: 1080 })).page;
    await beamer.goto(screenLink.body.link);
    await beamer.waitForURL(/\/plenair$/);
    await expect.poll(() => beamer.locator('main').textContent()).toContain('Eerste zin van groep een.');

    const lock = await server.api(`/api/workshops/${id}/live`, { method: 'PATCH', cookie: seeded.facilitator.cookie, body: { lock: { group: 1, locked: true } } });
    expect(lock.status).toBe(200);
    const bram = seeded.participants[1];
    const member: Page = (await newPerson(browser)).page;
    await member.goto(bram.link);
    await member.waitForURL(/\/groep\/1$/);
    const status = member.getByRole('status', { name: 'Verbinding' });
    await status.filter({ hasText: 'Verbonden' }).waitFor();
    await expect.poll(() => member.locator('main').textContent()).toContain('Eerste zin van groep een.');

    // The group is locked, so the facilitator (who still writes there) plants it; a member's try follows below.
    expect(await plantIframe(seeded.facilitator.cookie)).toBe(CLOSE.updateRefused.code);

    await server.app.documents.change(groupDocName(id, 1), (doc) => horizonOf(doc).push([paragraph('Na de poging geschreven.')]));
    await expect.poll(() => beamer.locator('main').textContent()).toContain('Na de poging geschreven.');
    await expect.poll(() => member.locator('main').textContent()).toContain('Na de poging geschreven.');
    expect(await status.textContent()).toContain('Verbonden');
    expect(await beamer.locator('iframe').count()).toBe(0);
    expect(await member.locator('iframe').count()).toBe(0);
  });

  it('is refused from a member too, whose group then keeps working', async () => {
    const id = seeded.workshopId;
    await server.api(`/api/workshops/${id}/live`, { method: 'PATCH', cookie: seeded.facilitator.cookie, body: { lock: { group: 1, locked: false } } });
    expect(await plantIframe(seeded.participants[0].cookie)).toBe(CLOSE.updateRefused.code);
    const names = await server.app.documents.read(groupDocName(id, 1), (doc) => horizonOf(doc).toArray().map((n) => (n instanceof Y.XmlElement ? n.nodeName : '')));
    expect(names).not.toContain('iframe');
  });
});
