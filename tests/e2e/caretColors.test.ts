// SPDX-License-Identifier: EUPL-1.2
/**
 * Browser: nine people write in one group's horizon at once. Only eight people can have a colour of
 * their own from the home palette, so at least two would have shared one; on the screen of the
 * person in the browser every caret and every presence dot has a different colour. The other eight
 * are stock y-websocket clients in Node, each with their own session, with a caret in the text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Browser, Page } from 'playwright-core';
import { groupDocName } from '../../shared/docNames.js';
import { horizonOf } from '../../shared/groupDoc.js';
import { launchBrowser, newPerson, seriousAxeViolations } from './browser.js';
import { startServerWithClient } from './stipInBrowser.js';
import { collabClient, type CollabClient, type TestServer } from '../helpers/stipServer.js';

const OTHERS = 8;

let server: TestServer;
let browser: Browser;
let anna: Page;
const clients: CollabClient[] = [];

beforeAll(async () => {
  server = await startServerWithClient();
  browser = await launchBrowser();
  const seeded = await server.seedWorkshop({
    gemeente: 'Middelstad',
    participants: Array.from({ length: OTHERS + 1 }, (_, i) => ({ name: `Persoon ${i + 1}`, role: 'raadslid' as const, group: 1 })),
  });
  anna = (await newPerson(browser)).page;
  await anna.goto(seeded.participants[0].link);
  await anna.waitForURL(/\/groep\/1$/);
  await anna.getByRole('status', { name: 'Verbinding' }).filter({ hasText: 'Verbonden' }).waitFor();
  const editor = anna.locator('[contenteditable="true"][aria-label="Tekst van de stip op de horizon"]');
  await editor.waitFor();
  await editor.click();
  await anna.keyboard.type('Samen maken we de buurt.');

  const docName = groupDocName(seeded.workshopId, 1);
  for (const person of seeded.participants.slice(1)) {
    const client = collabClient(server.url, docName, person.cookie);
    await client.synced();
    clients.push(client);
  }
  await Promise.all(clients.map((client) => new Promise<void>((resolve) => {
    const ready = () => (horizonOf(client.doc).toString().includes('buurt') ? resolve() : undefined);
    client.doc.on('update', ready);
    ready();
  })));
  for (const [i, client] of clients.entries()) {
    const paragraph = horizonOf(client.doc).get(0) as Y.XmlElement;
    const text = paragraph.get(0) as Y.XmlText;
    const at = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, i + 1));
    client.provider.awareness.setLocalStateField('user', { name: 'x', role: 'raadslid', color: '#000000' });
    client.provider.awareness.setLocalStateField('cursor', { anchor: at, head: at });
  }
});

afterAll(async () => {
  for (const client of clients) client.destroy();
  await browser?.close();
  await server?.close();
});

describe('caret colours in one document', () => {
  it('gives every person present a different colour, in the carets and in the presence list', async () => {
    const carets = anna.locator('.collab-caret');
    await expect.poll(() => carets.count()).toBe(OTHERS);
    const caretColors = await carets.evaluateAll((els) => els.map((el) => getComputedStyle(el).borderLeftColor));
    expect(new Set(caretColors).size).toBe(OTHERS);

    const dots = anna.getByRole('list', { name: 'Nu in deze groep' }).locator('.presence-list__dot');
    await expect.poll(() => dots.count()).toBe(OTHERS + 1);
    const dotColors = await dots.evaluateAll((els) => els.map((el) => getComputedStyle(el).backgroundColor));
    expect(new Set(dotColors).size).toBe(OTHERS + 1);
    for (const color of caretColors) expect(dotColors).toContain(color);
    if (process.env.STIP_SHOTS) await anna.screenshot({ path: `${process.env.STIP_SHOTS}/laptop-carets.png` });
    expect(await seriousAxeViolations(anna)).toEqual([]);
  });
});
