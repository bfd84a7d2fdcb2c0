// SPDX-License-Identifier: EUPL-1.2
/**
 * Browser: a person adds statements while their phone is offline, closes the page, and opens the
 * room again once online. The room opens its socket and reads the device's copy at the same time;
 * whether the copy is read before the server's state arrives or after, what was added offline
 * reaches the server once, nothing is refused (the room stays connected) and nothing is lost or
 * doubled.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page, WebSocketRoute } from 'playwright-core';
import { groupDocName } from '../../shared/docNames.js';
import { listStatements } from '../../shared/groupDoc.js';
import { launchBrowser, newPerson } from './browser.js';
import { startServerWithClient } from './stipInBrowser.js';
import type { TestServer } from '../helpers/stipServer.js';

const ONLINE_TEXT = 'We beginnen bij wat inwoners al doen.';
const FIRST_OFFLINE_TEXT = 'Offline bedacht in de trein.';
const SECOND_OFFLINE_TEXT = 'Nog een idee zonder bereik.';

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let roomUrl: string;
let docName: string;
let joinLink: string;

const serverTexts = () => server.app.documents.read(docName, (doc) => listStatements(doc).map((s) => s.text));
const openStaan = (page: Page) => page.getByRole('region', { name: 'Open staan' });
const connected = (page: Page) => page.getByRole('status', { name: 'Verbinding' }).filter({ hasText: 'Verbonden' }).waitFor();

/** Counts, in the page, the reads of an offline copy's stored changes (y-indexeddb reads them with getAll). */
const COUNT_COPY_READS = () => {
  const getAll = IDBObjectStore.prototype.getAll;
  IDBObjectStore.prototype.getAll = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['getAll']>) {
    const request = getAll.apply(this, args);
    if (this.name === 'updates') {
      request.addEventListener('success', () => {
        const counted = window as unknown as { stipCopyReads?: number };
        counted.stipCopyReads = (counted.stipCopyReads ?? 0) + 1;
      });
    }
    return request;
  };
};

/** Whether this page's offline copy of the document holds the string (ASCII). */
function localCopyHolds(page: Page, needle: string): Promise<boolean> {
  return page.evaluate(([dbName, wanted]) => new Promise<boolean>((resolve) => {
    const open = indexedDB.open(dbName);
    open.onerror = () => resolve(false);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('updates')) { db.close(); resolve(false); return; }
      const all = db.transaction('updates', 'readonly').objectStore('updates').getAll();
      all.onsuccess = () => {
        const bytes = (all.result as Uint8Array[]).map((u) => String.fromCharCode(...u)).join('');
        db.close();
        resolve(bytes.includes(wanted));
      };
    };
  }), [`stip/${docName}`, needle] as const);
}

/** Adds a statement while offline and leaves the page once the device's copy holds it. */
async function addOffline(page: Page, text: string): Promise<void> {
  await context.setOffline(true);
  await page.getByRole('status', { name: 'Verbinding' }).filter({ hasText: 'Offline' }).waitFor();
  await page.getByLabel('Nieuwe uitspraak over open staan').fill(text);
  await openStaan(page).getByRole('button', { name: 'Toevoegen' }).click();
  await expect.poll(() => localCopyHolds(page, text)).toBe(true);
  await page.close();
  await context.setOffline(false);
}

/**
 * Records the frames the page sends on the group document's sockets. `sentAgain(texts)`: whether
 * any of them carried one of these texts, which the server already has: a copy sent whole, as a
 * plain update, would (it holds the server's statements as well as the device's own).
 */
function watchSentFrames(page: Page): { sentAgain: (texts: string[]) => boolean } {
  const frames: Buffer[] = [];
  page.on('websocket', (ws) => {
    if (!new URL(ws.url()).pathname.endsWith(docName)) return;
    ws.on('framesent', ({ payload }) => { if (typeof payload !== 'string') frames.push(payload); });
  });
  return { sentAgain: (texts) => frames.some((frame) => texts.some((text) => frame.includes(text))) };
}

/** The statements the page shows under "Open staan", in order. */
const shownTexts = (page: Page) => openStaan(page).getByRole('textbox', { name: /^Uitspraak \d+$/ }).evaluateAll((boxes) => boxes.map((b) => (b as HTMLTextAreaElement).value));

beforeAll(async () => {
  server = await startServerWithClient();
  browser = await launchBrowser();
  const seeded = await server.seedWorkshop({ gemeente: 'Middelstad', participants: [{ name: 'Anna de Vries', role: 'raadslid', group: 1 }] });
  docName = groupDocName(seeded.workshopId, 1);
  const started = await server.api(`/api/workshops/${seeded.workshopId}/live`, { method: 'PATCH', cookie: seeded.facilitator.cookie, body: { step: 'reveal' } });
  if (started.status !== 200) throw new Error(`Starting the meeting failed: ${started.status}`);
  ({ context } = await newPerson(browser));
  await context.addInitScript(COUNT_COPY_READS);
  joinLink = seeded.participants[0].link;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a copy with statements the server does not have', () => {
  it('keeps what was added offline on the device', async () => {
  const anna = await context.newPage();
  await anna.goto(joinLink);
  await anna.waitForURL(/\/groep\/1$/);
  roomUrl = anna.url();
  await connected(anna);
  await anna.getByLabel('Nieuwe uitspraak over open staan').fill(ONLINE_TEXT);
  await openStaan(anna).getByRole('button', { name: 'Toevoegen' }).click();
  await expect.poll(serverTexts).toEqual([ONLINE_TEXT]);
  await expect.poll(() => localCopyHolds(anna, ONLINE_TEXT)).toBe(true);
  await addOffline(anna, FIRST_OFFLINE_TEXT);
  });

  it('joins once when it is read while the socket waits for the server', async () => {
    const anna = await context.newPage();
    const sent = watchSentFrames(anna);
    let held = true;
    const waiting: (() => void)[] = [];
    await anna.routeWebSocket(/\/collab\//, (ws: WebSocketRoute) => {
      const upstream = ws.connectToServer();
      const isGroupDoc = new URL(ws.url()).pathname.endsWith(docName);
      upstream.onMessage((message) => { if (held && isGroupDoc) waiting.push(() => ws.send(message)); else ws.send(message); });
      ws.onMessage((message) => upstream.send(message));
    });
    await anna.goto(roomUrl);
    await expect.poll(() => anna.evaluate(() => (window as unknown as { stipCopyReads?: number }).stipCopyReads ?? 0)).toBeGreaterThan(0);
    held = false;
    for (const deliver of waiting.splice(0)) deliver();
    await connected(anna);
    await expect.poll(serverTexts).toEqual([ONLINE_TEXT, FIRST_OFFLINE_TEXT]);
    await expect.poll(() => shownTexts(anna)).toEqual([ONLINE_TEXT, FIRST_OFFLINE_TEXT]);
    expect(sent.sentAgain([ONLINE_TEXT])).toBe(false);
    await addOffline(anna, SECOND_OFFLINE_TEXT);
  });

  it('joins once when the room opens as it does every day', async () => {
    const anna = await context.newPage();
    const sent = watchSentFrames(anna);
    await anna.goto(roomUrl);
    await connected(anna);
    await expect.poll(serverTexts).toEqual([ONLINE_TEXT, FIRST_OFFLINE_TEXT, SECOND_OFFLINE_TEXT]);
    await expect.poll(() => shownTexts(anna)).toEqual([ONLINE_TEXT, FIRST_OFFLINE_TEXT, SECOND_OFFLINE_TEXT]);
    await anna.reload();
    await connected(anna);
    expect(await serverTexts()).toEqual([ONLINE_TEXT, FIRST_OFFLINE_TEXT, SECOND_OFFLINE_TEXT]);
    await expect.poll(() => shownTexts(anna)).toEqual([ONLINE_TEXT, FIRST_OFFLINE_TEXT, SECOND_OFFLINE_TEXT]);
    expect(sent.sentAgain([ONLINE_TEXT, FIRST_OFFLINE_TEXT])).toBe(false);
  });
});
