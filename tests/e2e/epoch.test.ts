// SPDX-License-Identifier: EUPL-1.2
/**
 * Browser: a person comes back to their group room after the group started again on the server
 * (its stored history was lost and the server wrote new content). Their browser still holds the
 * old copy; it is not merged back. They see a notice, can save the copy's text as a file, and
 * continue with the new version, which then has no duplicate statements.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CLOSE } from '../../shared/closeCodes.js';
import { readDocEpoch } from '../../shared/docEpoch.js';
import { groupDocName } from '../../shared/docNames.js';
import { addStatement, listStatements } from '../../shared/groupDoc.js';
import { launchBrowser, newPerson, seriousAxeViolations } from './browser.js';
import { startServerWithClient } from './stipInBrowser.js';
import type { TestServer } from '../helpers/stipServer.js';

const OLD_TEXT = 'We vragen bewoners eerst wat zij willen.';
const NEW_TEXT = 'Nieuw begin van de groep.';

let server: TestServer;
let browser: Browser;
let anna: Page;
let roomUrl: string;
let docName: string;

const serverTexts = () => server.app.documents.read(docName, (doc) => listStatements(doc).map((s) => s.text));
const openStaan = (page: Page) => page.getByRole('region', { name: 'Open staan' });

/** Whether this page's offline copy of the document holds every one of the strings (ASCII). */
function localCopyHolds(page: Page, name: string, needles: string[]): Promise<boolean> {
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
        resolve(wanted.every((w) => bytes.includes(w)));
      };
    };
  }), [name, needles] as const);
}

beforeAll(async () => {
  server = await startServerWithClient();
  browser = await launchBrowser();
  const seeded = await server.seedWorkshop({ gemeente: 'Middelstad', participants: [{ name: 'Anna de Vries', role: 'raadslid', group: 1 }] });
  docName = groupDocName(seeded.workshopId, 1);
  // The meeting is under way (step 2: statements are shared); before step 1 new statements stay private.
  const started = await server.api(`/api/workshops/${seeded.workshopId}/live`, { method: 'PATCH', cookie: seeded.facilitator.cookie, body: { step: 'reveal' } });
  if (started.status !== 200) throw new Error(`Starting the meeting failed: ${started.status}`);
  anna = (await newPerson(browser)).page;
  await anna.goto(seeded.participants[0].link);
  await anna.waitForURL(/\/groep\/1$/);
  roomUrl = anna.url();
  await anna.getByRole('status', { name: 'Verbinding' }).filter({ hasText: 'Verbonden' }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a copy from before the group started again', () => {
  it('is kept on the device while the person is away', async () => {
    await anna.getByLabel('Nieuwe uitspraak over open staan').fill(OLD_TEXT);
    await openStaan(anna).getByRole('button', { name: 'Toevoegen' }).click();
    await expect.poll(serverTexts).toEqual([OLD_TEXT]);
    const epoch = await server.app.documents.read(docName, readDocEpoch);
    await expect.poll(() => localCopyHolds(anna, `stip/${docName}`, [OLD_TEXT, epoch!])).toBe(true);
    await anna.goto('about:blank');
  });

  it('is refused when the person comes back, and the server keeps only the new content', async () => {
    // The server loses this document's history and starts it again with other content.
    await server.app.documents.forget((name) => name === docName, CLOSE.serverShutdown);
    server.app.db.prepare('DELETE FROM collab_updates WHERE doc_name = ?').run(docName);
    server.app.db.prepare('DELETE FROM doc_epochs WHERE doc_name = ?').run(docName);
    await server.app.documents.change(docName, (doc) => { addStatement(doc, { kind: 'openStaan', text: NEW_TEXT, authorKey: 'a-facilitator', authorRole: 'facilitator' }); });

    await anna.goto(roomUrl);
    await anna.getByRole('heading', { name: 'Deze groep is op de server opnieuw begonnen' }).waitFor();
    expect(await anna.getByText('Jouw kopie op dit apparaat past er niet meer bij.').count()).toBe(1);
    expect(await serverTexts()).toEqual([NEW_TEXT]);
  });

  it('passes axe while the notice is shown', async () => {
    expect(await seriousAxeViolations(anna)).toEqual([]);
  });

  it('lets the person save the text of the copy as a file', async () => {
    const [download] = await Promise.all([
      anna.waitForEvent('download'),
      anna.getByRole('button', { name: 'Bewaar mijn tekst' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^stip-kopie-\d{4}-\d{2}-\d{2}\.txt$/);
    const text = fs.readFileSync((await download.path())!, 'utf8');
    expect(text).toContain('Groep 1');
    expect(text).toContain(`Open staan\n- ${OLD_TEXT}`);
    await anna.getByText('Je tekst is bewaard in het bestand').waitFor();
  });

  it('continues with the new version, without the old statement and without duplicates', async () => {
    await anna.getByRole('button', { name: 'Verder met de nieuwe versie' }).click();
    await anna.getByRole('status', { name: 'Verbinding' }).filter({ hasText: 'Verbonden' }).waitFor();
    const first = openStaan(anna).getByRole('textbox', { name: 'Uitspraak 1' });
    await expect.poll(() => first.inputValue()).toBe(NEW_TEXT);
    expect(await openStaan(anna).getByRole('textbox', { name: 'Uitspraak 2' }).count()).toBe(0);
    expect(await anna.getByRole('heading', { name: 'Deze groep is op de server opnieuw begonnen' }).count()).toBe(0);
    expect(await serverTexts()).toEqual([NEW_TEXT]);
  });
});
