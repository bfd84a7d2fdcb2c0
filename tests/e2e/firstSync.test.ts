// SPDX-License-Identifier: EUPL-1.2
/**
 * Browser: nothing typed before the group's text has arrived ends up in the document. On a slow
 * network (every collaboration message delayed 300 ms, and the group document's first answers
 * held back while the person types) the horizon editor is read-only and says "Tekst wordt
 * geladen…"; once the text arrives it becomes editable, and the document holds the group's text
 * with nothing before or above it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page, WebSocketRoute } from 'playwright-core';
import { launchBrowser, newPerson } from './browser.js';
import { startServerWithClient } from './stipInBrowser.js';
import type { SeededWorkshop } from '../helpers/stipServer.js';
import type { TestServer } from '../helpers/stipServer.js';

const DELAY_MS = 300;
const GROUP_TEXT = 'Samen met inwoners bepalen we de koers.';
const EARLY_TEXT = 'Te vroeg getypt';
const EDITOR = 'Tekst van de stip op de horizon';
/** How long a poll may wait on a busy machine (a wait, not a threshold). */
const PATIENT = { timeout: 60_000 };

let server: TestServer;
let browser: Browser;
let seeded: SeededWorkshop;

/** The paragraphs of an editor as text, without other people's caret labels. */
function paragraphsOf(editor: Locator): Promise<string[]> {
  return editor.evaluate((el) => [...el.querySelectorAll('p')].map((p) => {
    const copy = p.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.collab-caret').forEach((caret) => caret.remove());
    return copy.textContent ?? '';
  }));
}

/** Every collaboration message delayed DELAY_MS each way; server messages of the group document also held until released. */
async function slowNetwork(page: Page, groupDocPath: string): Promise<{ release: () => void }> {
  let held = true;
  const waiting: (() => void)[] = [];
  await page.routeWebSocket(/\/collab\//, (ws: WebSocketRoute) => {
    const upstream = ws.connectToServer();
    const isGroupDoc = new URL(ws.url()).pathname.endsWith(groupDocPath);
    upstream.onMessage((message) => {
      const deliver = () => setTimeout(() => ws.send(message), DELAY_MS);
      if (held && isGroupDoc) waiting.push(deliver); else deliver();
    });
    ws.onMessage((message) => setTimeout(() => upstream.send(message), DELAY_MS));
  });
  return { release: () => { held = false; for (const deliver of waiting.splice(0)) deliver(); } };
}

beforeAll(async () => {
  server = await startServerWithClient();
  browser = await launchBrowser();
  seeded = await server.seedWorkshop({
    gemeente: 'Middelstad',
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

describe('the horizon editor before its first sync', () => {
  it('takes no typing until the group text has arrived, then lets the person write', async () => {
    const [annaSeed, bramSeed] = seeded.participants;
    const anna = (await newPerson(browser)).page;
    await anna.goto(annaSeed.link);
    const annaEditor = anna.getByRole('textbox', { name: EDITOR });
    await expect.poll(() => annaEditor.getAttribute('contenteditable'), PATIENT).toBe('true');
    await annaEditor.click();
    await anna.keyboard.type(GROUP_TEXT);

    const bram = (await newPerson(browser, { width: 390, height: 844 })).page;
    const network = await slowNetwork(bram, `/w/${seeded.workshopId}/m1/g/1`);
    await bram.goto(bramSeed.link);
    const bramEditor = bram.getByRole('textbox', { name: EDITOR });
    await bramEditor.waitFor();
    await bram.getByRole('status').filter({ hasText: 'Tekst wordt geladen…' }).waitFor();
    expect(await bramEditor.getAttribute('contenteditable')).toBe('false');
    await bramEditor.click();
    await bram.keyboard.type(EARLY_TEXT);
    await bram.keyboard.press('Enter');

    network.release();
    await expect.poll(() => bramEditor.getAttribute('contenteditable'), PATIENT).toBe('true');
    await expect.poll(() => bramEditor.textContent(), PATIENT).toContain(GROUP_TEXT);
    expect(await bram.getByRole('status').filter({ hasText: 'Tekst wordt geladen…' }).count()).toBe(0);

    await bramEditor.click();
    await bram.keyboard.press('End');
    await bram.keyboard.type(' Na het laden.');
    await expect.poll(() => paragraphsOf(annaEditor), PATIENT).toEqual([`${GROUP_TEXT} Na het laden.`]);
    await expect.poll(() => paragraphsOf(bramEditor), PATIENT).toEqual([`${GROUP_TEXT} Na het laden.`]);
    expect(await anna.content()).not.toContain(EARLY_TEXT);
  });
});
