// SPDX-License-Identifier: EUPL-1.2
/**
 * Browser: meeting 1's own drafts left over after step 1. Bram writes a statement for himself while
 * offline; the step moves on (the reveal finds nothing of his); back online he sees it with
 * "Deel met de groep", shares it, and Anna in the same group sees it. Axe checks the screen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { SeededWorkshop, TestServer } from '../helpers/stipServer.js';
import { launchBrowser, newPerson, seriousAxeViolations } from './browser.js';
import { startServerWithClient } from './stipInBrowser.js';

let server: TestServer;
let browser: Browser;
let seeded: SeededWorkshop;

const TEXT = 'We luisteren eerst naar wat inwoners willen.';
const openStaan = (page: Page) => page.getByRole('region', { name: 'Open staan' });

async function liveStep(step: string) {
  const res = await server.api(`/api/workshops/${seeded.workshopId}/live`, { method: 'PATCH', cookie: seeded.facilitator.cookie, body: { step } });
  expect(res.status).toBe(200);
}

async function openRoom(page: Page, link: string) {
  await page.goto(link);
  await page.waitForURL(/\/groep\/1$/);
  await page.getByRole('status', { name: 'Verbinding' }).filter({ hasText: 'Verbonden' }).waitFor();
}

beforeAll(async () => {
  server = await startServerWithClient();
  browser = await launchBrowser();
  seeded = await server.seedWorkshop({
    gemeente: 'Restdorp',
    participants: [
      { name: 'Anna Ambtenaar', role: 'ambtenaar', group: 1 },
      { name: 'Bram Raad', role: 'raadslid', group: 1 },
    ],
  });
  await liveStep('write');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('own drafts left over after step 1 in meeting 1', () => {
  it('a member who wrote offline shares what is left, and the group sees it', async () => {
    const { page: bram, context: bramContext } = await newPerson(browser, { width: 390, height: 844 });
    const anna = (await newPerson(browser, { width: 1280, height: 800 })).page;
    await openRoom(anna, seeded.participants.find((p) => p.name === 'Anna Ambtenaar')!.link);
    await openRoom(bram, seeded.participants.find((p) => p.name === 'Bram Raad')!.link);

    await bramContext.setOffline(true);
    await bram.getByRole('status', { name: 'Verbinding' }).filter({ hasText: 'Offline' }).waitFor();
    await bram.getByLabel('Nieuwe uitspraak over open staan').fill(TEXT);
    await openStaan(bram).getByRole('button', { name: 'Toevoegen' }).click();
    await expect.poll(() => bram.getByRole('textbox', { name: 'Jouw uitspraak 1' }).inputValue()).toBe(TEXT);

    await liveStep('reveal');
    await bramContext.setOffline(false);
    const share = openStaan(bram).getByRole('button', { name: 'Deel met de groep Jouw uitspraak 1' });
    await share.waitFor();
    expect(await openStaan(anna).textContent()).not.toContain(TEXT);
    expect(await seriousAxeViolations(bram)).toEqual([]);

    await share.click();
    await expect.poll(() => openStaan(anna).getByRole('textbox', { name: /Uitspraak 1/ }).inputValue()).toBe(TEXT);
    await expect.poll(() => openStaan(bram).getByRole('button', { name: /Deel met de groep/ }).count()).toBe(0);
  });
});
