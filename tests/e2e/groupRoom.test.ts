// SPDX-License-Identifier: EUPL-1.2
/**
 * Browser: people co-write in their group room, live, each in their own browser context; a person
 * in another group sees none of it; the room passes axe.
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
let carla: Page;

async function openRoom(page: Page, link: string, group: number) {
  await page.goto(link);
  await page.waitForURL(new RegExp(`/groep/${group}$`));
  await page.getByRole('status', { name: 'Verbinding' }).filter({ hasText: 'Verbonden' }).waitFor();
}

beforeAll(async () => {
  server = await startServerWithClient();
  browser = await launchBrowser();
  const seeded = await server.seedWorkshop({
    gemeente: 'Middelstad',
    showNames: true, // presence by name (hiddenNameCarets.test.ts: roles only)
    participants: [
      { name: 'Anna de Vries', role: 'raadslid', group: 1 },
      { name: 'Bram Jansen', role: 'ambtenaar', group: 1 },
      { name: 'Carla Smit', role: 'collegelid', group: 2 },
    ],
  });
  // The meeting is under way (step 2: statements are shared); before step 1 new statements stay private.
  const started = await server.api(`/api/workshops/${seeded.workshopId}/live`, { method: 'PATCH', cookie: seeded.facilitator.cookie, body: { step: 'reveal' } });
  expect(started.status).toBe(200);
  const [a, b, c] = seeded.participants;
  anna = (await newPerson(browser)).page;
  bram = (await newPerson(browser, { width: 390, height: 844 })).page;
  carla = (await newPerson(browser)).page;
  await openRoom(anna, a.link, 1);
  await openRoom(bram, b.link, 1);
  await openRoom(carla, c.link, 2);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the group room', () => {
  it('shows the gemeente and the four parts of the course', async () => {
    await expect.poll(() => anna.getByText('Middelstad').first().isVisible()).toBe(true);
    for (const part of ['Open staan', 'Loslaten', 'Cultuurverandering', 'Stip op de horizon']) {
      expect(await anna.getByRole('region', { name: part }).count()).toBe(1);
    }
  });

  it('shows a statement written by one member to the other member of the group, live', async () => {
    const text = 'We gaan eerst luisteren naar wat bewoners zelf willen.';
    await anna.getByLabel('Nieuwe uitspraak over open staan').fill(text);
    await anna.getByRole('region', { name: 'Open staan' }).getByRole('button', { name: 'Toevoegen' }).click();
    const inBram = bram.getByRole('region', { name: 'Open staan' }).getByRole('textbox', { name: 'Uitspraak 1' });
    await expect.poll(() => inBram.inputValue()).toBe(text);
    await expect.poll(() => bram.getByRole('region', { name: 'Open staan' }).getByText('Raadslid').count()).toBeGreaterThan(0);
  });

  it('counts an endorsement from the other member', async () => {
    const endorse = bram.getByRole('region', { name: 'Open staan' }).getByRole('button', { name: 'Eens' });
    await endorse.click();
    await expect.poll(() => endorse.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => anna.getByRole('region', { name: 'Open staan' }).getByText('1 persoon eens').count()).toBe(1);
  });

  it('shows horizon text typed by one member to the other, live', async () => {
    const editor = anna.getByRole('textbox', { name: 'Tekst van de stip op de horizon' });
    await editor.click();
    await anna.keyboard.type('In 2030 maken inwoners en gemeente samen de buurt.');
    const inBram = bram.getByRole('textbox', { name: 'Tekst van de stip op de horizon' });
    await expect.poll(() => inBram.textContent()).toContain('In 2030 maken inwoners en gemeente samen de buurt.');
  });

  it('shows who is in the room', async () => {
    const list = anna.getByRole('list', { name: 'Nu in deze groep' });
    await expect.poll(() => list.textContent()).toContain('Bram Jansen');
  });

  it('keeps a person in another group from seeing any of it', async () => {
    const open = carla.getByRole('region', { name: 'Open staan' });
    await expect.poll(() => open.getByText('Er zijn nog geen uitspraken.').count()).toBe(1);
    const horizon = await carla.getByRole('textbox', { name: 'Tekst van de stip op de horizon' }).textContent();
    expect(horizon ?? '').not.toContain('In 2030');
    expect(await carla.content()).not.toContain('eerst luisteren');
  });

  it('passes axe on a laptop and on a phone', async () => {
    expect(await seriousAxeViolations(anna)).toEqual([]);
    expect(await seriousAxeViolations(bram)).toEqual([]);
  });
});
