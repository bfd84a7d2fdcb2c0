// SPDX-License-Identifier: EUPL-1.2
/**
 * Browser: in a workshop that hides names, two members write in one group's horizon, each in
 * Chromium. Presence has a client id of its own (client/collab/RoomProvider.ts), so the editor
 * recognises the own caret by that id (client/editor/roomCaret.ts): each screen draws exactly the
 * other person's caret, labelled with their role, and never its own. Names of others appear nowhere.
 * STIP_SHOTS=<dir> keeps screenshots at phone, laptop and beamer size.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPerson, seriousAxeViolations } from './browser.js';
import { startServerWithClient } from './stipInBrowser.js';
import type { TestServer } from '../helpers/stipServer.js';

let server: TestServer;
let browser: Browser;
let anna: Page;
let bram: Page;

const EDITOR = '[contenteditable="true"][aria-label="Tekst van de stip op de horizon"]';

async function enter(link: string, viewport?: { width: number; height: number }): Promise<Page> {
  const page = (await newPerson(browser, viewport)).page;
  await page.goto(link);
  await page.waitForURL(/\/groep\/1$/);
  await page.getByRole('status', { name: 'Verbinding' }).filter({ hasText: 'Verbonden' }).waitFor();
  await page.locator(EDITOR).waitFor();
  return page;
}

/** The labels of the carets a page draws (CSS shows `data-name`). */
const caretLabels = (page: Page) => page.locator('.collab-caret__label').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.name));

beforeAll(async () => {
  server = await startServerWithClient();
  browser = await launchBrowser();
  const seeded = await server.seedWorkshop({
    gemeente: 'Rollendorp',
    showNames: false,
    participants: [
      { name: 'Anna Aalders', role: 'raadslid', group: 1 },
      { name: 'Bram Bosman', role: 'ambtenaar', group: 1 },
    ],
  });
  anna = await enter(seeded.participants[0].link);
  bram = await enter(seeded.participants[1].link, { width: 390, height: 844 });
  await anna.locator(EDITOR).click();
  await anna.keyboard.type('Samen maken we de buurt.');
  await bram.locator(EDITOR).filter({ hasText: 'buurt' }).waitFor();
  await bram.locator(EDITOR).click();
  await bram.keyboard.press('End');
  await bram.keyboard.type(' Echt.');
  await anna.locator(EDITOR).filter({ hasText: 'Echt.' }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('carets where names are hidden', () => {
  it("draws the other person's caret with their role, and never one's own", async () => {
    await expect.poll(() => caretLabels(anna)).toEqual(['Ambtenaar']);
    await expect.poll(() => caretLabels(bram)).toEqual(['Raadslid']);
    await anna.keyboard.type(' Ja.');
    await expect.poll(() => bram.locator(EDITOR).textContent()).toContain('Ja.');
    expect(await caretLabels(anna)).toEqual(['Ambtenaar']);
    expect(await caretLabels(bram)).toEqual(['Raadslid']);
  });

  it('lists the others by role only, oneself by name', async () => {
    const list = anna.getByRole('list', { name: 'Nu in deze groep' });
    await expect.poll(() => list.locator('li').allInnerTexts()).toEqual([expect.stringContaining('Anna Aalders'), 'Ambtenaar']);
    expect(await anna.locator('body').innerText()).not.toContain('Bram');
    expect(await bram.locator('body').innerText()).not.toContain('Anna');
    expect(await seriousAxeViolations(anna)).toEqual([]);
    expect(await seriousAxeViolations(bram)).toEqual([]);
  });

  it('looks right on a phone, a laptop and a beamer', async () => {
    const dir = process.env.STIP_SHOTS;
    if (!dir) return;
    await bram.screenshot({ path: `${dir}/phone-hidden-names.png` });
    for (const [name, size] of [['laptop', { width: 1280, height: 800 }], ['beamer', { width: 1920, height: 1080 }]] as const) {
      await anna.setViewportSize(size);
      await anna.screenshot({ path: `${dir}/${name}-hidden-names.png` });
    }
  });
});
