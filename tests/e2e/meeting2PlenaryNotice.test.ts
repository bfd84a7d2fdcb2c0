// SPDX-License-Identifier: EUPL-1.2
/**
 * Browser: what a participant's plenary page says in meeting 2, phase by phase. The facilitator
 * brings everyone to the plenary from the cockpit: Anna's role-group room follows and her page
 * says she was brought along (never that the facilitator went back to the groups); "Naar de
 * groepen" brings her back to her role group. On the plenary page by her own choice she reads that
 * the groups work apart, and only after a plenary part that the facilitator went back to the
 * groups; when the facilitator stops meeting 2 her page says so. Axe checks every phase; set
 * SCREENSHOT_DIR to keep screenshots (390×844, 1280×800, 1920×1080).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { SeededWorkshop, TestServer } from '../helpers/stipServer.js';
import { launchBrowser, newPerson, seriousAxeViolations } from './browser.js';
import { startServerWithClient } from './stipInBrowser.js';

let server: TestServer;
let browser: Browser;
let seeded: SeededWorkshop;
let facilitator: Page;
let anna: Page;

const SIZES = [{ width: 390, height: 844 }, { width: 1280, height: 800 }, { width: 1920, height: 1080 }] as const;

async function checkSizes(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENSHOT_DIR;
  for (const size of SIZES) {
    await page.setViewportSize(size);
    expect(await seriousAxeViolations(page)).toEqual([]);
    if (dir) {
      fs.mkdirSync(dir, { recursive: true });
      await page.screenshot({ path: path.join(dir, `${name}-${size.width}x${size.height}.png`), fullPage: true });
    }
  }
  await page.setViewportSize(SIZES[0]);
}

const person = (name: string) => seeded.participants.find((p) => p.name === name)!;
const api = (p: string, method: string, body?: unknown) =>
  server.api(`/api/workshops/${seeded.workshopId}${p}`, { cookie: seeded.facilitator.cookie, method, body });
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const roleRoom = () => new RegExp(`/w/${seeded.workshopId}/rol/ambtenaren$`);
const notice = () => anna.locator('.plenary-back[role="status"]');
const cockpitButton = (name: string) => facilitator.getByRole('region', { name: 'Plenair', exact: true }).getByRole('button', { name, exact: true });

const BACK = 'De procesbegeleider is weer naar de groepen gegaan.';
const BROUGHT = 'De procesbegeleider heeft iedereen naar het plenaire deel gehaald. Je scherm volgt het grote scherm.';
const APART = 'De groepen werken nu elk apart. Ga terug naar je groep om mee te schrijven.';
const STOPPED = 'Bijeenkomst 2 is gestopt. Dit scherm toont nu weer bijeenkomst 1.';

beforeAll(async () => {
  server = await startServerWithClient();
  browser = await launchBrowser();
  seeded = await server.seedWorkshop({
    gemeente: 'Volgdorp',
    participants: [
      { name: 'Rita Raad', role: 'raadslid', group: 1 },
      { name: 'Carl College', role: 'collegelid', group: 2 },
      { name: 'Anna Ambtenaar', role: 'ambtenaar', group: 3 },
    ],
  });
  expect((await api('/meeting2', 'PUT', { date: inDays(7) })).status).toBe(200);
  // Meeting 1 ended in the plenary: starting meeting 2 must not pull everyone out of their new room.
  expect((await api('/live', 'PATCH', { focus: 'plenary' })).status).toBe(200);
  expect((await api('/meeting2/live', 'PATCH', { active: true, view: 'matrix' })).status).toBe(200);
  facilitator = (await newPerson(browser, { width: 1280, height: 800 })).page;
  await facilitator.goto(seeded.facilitator.link);
  await facilitator.waitForURL(/\/regie$/);
  await facilitator.goto(`${new URL(facilitator.url()).origin}/w/${seeded.workshopId}/regie/live`);
  anna = (await newPerson(browser, { width: 390, height: 844 })).page;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a participant on the plenary page in meeting 2', () => {
  it('starts meeting 2 in the role groups, even when meeting 1 ended in the plenary', async () => {
    await anna.goto(person('Anna Ambtenaar').link);
    await anna.waitForURL(roleRoom());
    await anna.getByRole('heading', { level: 1, name: 'Ambtenaren' }).waitFor();
    await cockpitButton('Naar de groepen').waitFor();
    expect(await cockpitButton('Naar de groepen').getAttribute('aria-pressed')).toBe('true');
    expect(anna.url()).toMatch(roleRoom());
  });

  it('is brought to the plenary with the facilitator, and says so', async () => {
    await cockpitButton('Terug naar plenair').click();
    await anna.waitForURL(/\/plenair$/);
    await anna.getByRole('table', { name: 'Wat we van elkaar verwachten' }).waitFor();
    await expect.poll(() => notice().textContent()).toBe(BROUGHT);
    expect(await anna.locator('main').textContent()).not.toContain(BACK);
    await checkSizes(anna, 'm2n-brought');
  });

  it('goes back to the role group when the facilitator sends everyone to the groups', async () => {
    await cockpitButton('Naar de groepen').click();
    await anna.waitForURL(roleRoom());
    await anna.getByRole('heading', { level: 1, name: 'Ambtenaren' }).waitFor();
  });

  it('on the plenary page by choice, says the groups work apart, not that the facilitator went back', async () => {
    await anna.goto(`${new URL(anna.url()).origin}/w/${seeded.workshopId}/plenair`);
    await anna.getByRole('table', { name: 'Wat we van elkaar verwachten' }).waitFor();
    await expect.poll(() => notice().textContent()).toBe(APART);
    expect(await anna.locator('main').textContent()).not.toContain(BACK);
    await checkSizes(anna, 'm2n-by-choice');
  });

  it('says nothing extra in the plenary she came to herself, and that the facilitator went back after it', async () => {
    await cockpitButton('Terug naar plenair').click();
    await expect.poll(() => notice().textContent()).toBe('');
    await cockpitButton('Naar de groepen').click();
    await expect.poll(() => notice().textContent()).toBe(BACK);
    expect(anna.url()).toMatch(/\/plenair$/);
  });

  it('says that meeting 2 stopped when the facilitator ends it', async () => {
    await facilitator.getByRole('button', { name: 'Terug naar bijeenkomst 1' }).click();
    await expect.poll(() => notice().textContent()).toBe(STOPPED);
    await checkSizes(anna, 'm2n-stopped');
  });
});
