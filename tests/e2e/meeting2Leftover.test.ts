// SPDX-License-Identifier: EUPL-1.2
/**
 * Browser: a member's own role drafts left over after step 1 of meeting 2. Rita writes an ambition
 * and an expectation for herself while offline; the step moves on (the reveal finds nothing of
 * hers); back online she sees them under their part with "Deel met de groep" and a line that says
 * they are not in the group yet (not step 1's "until the facilitator shares them"), shares them, and
 * Roel in the same role group sees them. Axe checks the screen; set SCREENSHOT_DIR to keep
 * screenshots (390×844, 1280×800, 1920×1080).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { SeededWorkshop, TestServer } from '../helpers/stipServer.js';
import { launchBrowser, newPerson, seriousAxeViolations } from './browser.js';
import { startServerWithClient } from './stipInBrowser.js';

let server: TestServer;
let browser: Browser;
let seeded: SeededWorkshop;
let rita: Page;
let ritaContext: BrowserContext;
let roel: Page;

const SIZES = [{ width: 390, height: 844 }, { width: 1280, height: 800 }, { width: 1920, height: 1080 }] as const;

async function shoot(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENSHOT_DIR;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

const person = (name: string) => seeded.participants.find((p) => p.name === name)!;
const api = (p: string, method: string, body?: unknown) =>
  server.api(`/api/workshops/${seeded.workshopId}${p}`, { cookie: seeded.facilitator.cookie, method, body });
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const ambitions = (page: Page) => page.getByRole('region', { name: 'Onze ambities' });
const ofCollege = (page: Page) => page.getByRole('region', { name: 'Wat we verwachten van het college en de directie' });

const AMBITION = 'Wij bellen inwoners terug binnen een week';
const EXPECTATION = 'Zeg het ons vroeg als een besluit schuift';
const STEP1_LINE = 'Alleen jij ziet deze uitspraken tot de procesbegeleider ze deelt';
const LEFT_LINE = 'Nog niet gedeeld met je groep. Alleen jij ziet dit.';

beforeAll(async () => {
  server = await startServerWithClient();
  browser = await launchBrowser();
  seeded = await server.seedWorkshop({
    gemeente: 'Restdorp',
    participants: [
      { name: 'Rita Raad', role: 'raadslid', group: 1 },
      { name: 'Roel Raad', role: 'raadslid', group: 2 },
      { name: 'Carl College', role: 'collegelid', group: 1 },
      { name: 'Anna Ambtenaar', role: 'ambtenaar', group: 2 },
    ],
  });
  expect((await api('/meeting2', 'PUT', { date: inDays(7) })).status).toBe(200);
  expect((await api('/meeting2/live', 'PATCH', { active: true })).status).toBe(200);
  expect((await api('/live', 'PATCH', { step: 'write' })).status).toBe(200);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('own role drafts left over after step 1', () => {
  it('a member who wrote offline sees what is left under its part, with "Deel met de groep"', async () => {
    ({ page: rita, context: ritaContext } = await newPerson(browser, { width: 390, height: 844 }));
    await rita.goto(person('Rita Raad').link);
    await rita.waitForURL(new RegExp(`/w/${seeded.workshopId}/rol/raad$`));
    roel = (await newPerson(browser, { width: 1280, height: 800 })).page;
    await roel.goto(person('Roel Raad').link);
    await roel.waitForURL(new RegExp(`/w/${seeded.workshopId}/rol/raad$`));

    await ambitions(rita).getByRole('heading', { name: 'Onze ambities' }).waitFor();
    await ritaContext.setOffline(true);
    await rita.getByRole('status', { name: 'Verbinding' }).filter({ hasText: 'Offline' }).waitFor();
    await rita.getByLabel('Nieuwe ambitie').fill(AMBITION);
    await ambitions(rita).getByRole('button', { name: 'Toevoegen' }).click();
    await rita.getByLabel('Nieuwe verwachting van het college en de directie').fill(EXPECTATION);
    await ofCollege(rita).getByRole('button', { name: 'Toevoegen' }).click();
    await ambitions(rita).getByRole('heading', { name: 'Jouw uitspraken, nog niet gedeeld' }).waitFor();
    // In step 1 a draft is only private: nothing to share yet.
    expect(await rita.getByRole('button', { name: /Deel met de groep/ }).count()).toBe(0);
    expect(await ambitions(rita).textContent()).toContain(STEP1_LINE);

    // The step moves on while Rita is offline: the reveal finds nothing of hers.
    expect((await api('/live', 'PATCH', { step: 'reveal' })).status).toBe(200);
    await ritaContext.setOffline(false);
    await ambitions(rita).getByRole('button', { name: 'Deel met de groep Jouw uitspraak 1' }).waitFor();
    await ofCollege(rita).getByRole('button', { name: 'Deel met de groep Jouw uitspraak 1' }).waitFor();
    expect(await ambitions(rita).getByRole('textbox', { name: 'Jouw uitspraak 1' }).inputValue()).toBe(AMBITION);
    expect(await ambitions(rita).textContent()).toContain('Het staat nog niet in je groep.');
    // Step 1's line no longer fits: the facilitator does not share these, Rita does.
    expect(await ambitions(rita).textContent()).toContain(LEFT_LINE);
    expect(await rita.locator('main').textContent()).not.toContain(STEP1_LINE);
    const described = await ambitions(rita).getByRole('textbox', { name: 'Jouw uitspraak 1' }).getAttribute('aria-describedby');
    expect(await rita.locator(`[id="${described}"]`).textContent()).toBe(LEFT_LINE);
    expect(await ambitions(roel).textContent()).not.toContain(AMBITION);

    for (const size of SIZES) {
      await rita.setViewportSize(size);
      expect(await seriousAxeViolations(rita)).toEqual([]);
      await shoot(rita, `m2l-leftover-${size.width}x${size.height}`);
    }
    await rita.setViewportSize({ width: 390, height: 844 });
  });

  it('sharing puts it in the group, as hers, and another member sees it', async () => {
    await ambitions(rita).getByRole('button', { name: 'Deel met de groep Jouw uitspraak 1' }).click();
    await expect.poll(() => rita.locator('#announcer').textContent()).toBe('Gedeeld met je groep. Iedereen in je groep ziet het nu.');
    await expect.poll(() => ambitions(roel).getByRole('textbox', { name: /Uitspraak 1/ }).inputValue()).toBe(AMBITION);
    await expect.poll(() => ambitions(rita).getByRole('textbox', { name: /Uitspraak 1/ }).inputValue()).toBe(AMBITION);
    expect(await ambitions(rita).getByRole('heading', { name: 'Jouw uitspraken, nog niet gedeeld' }).count()).toBe(0);

    await ofCollege(rita).getByRole('button', { name: 'Deel met de groep Jouw uitspraak 1' }).click();
    await expect.poll(() => ofCollege(roel).getByRole('textbox', { name: /Uitspraak 1/ }).inputValue()).toBe(EXPECTATION);
    expect(await ofCollege(roel).textContent()).toContain('Geschreven door: Raadslid');
    expect(await rita.getByRole('button', { name: /Deel met de groep/ }).count()).toBe(0);
    expect(await seriousAxeViolations(roel)).toEqual([]);
    for (const size of [SIZES[0], SIZES[2]]) {
      await rita.setViewportSize(size);
      await shoot(rita, `m2l-shared-${size.width}x${size.height}`);
    }
  });
});
