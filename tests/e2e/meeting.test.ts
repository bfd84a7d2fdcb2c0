// SPDX-License-Identifier: EUPL-1.2
/**
 * Browser: a facilitator runs meeting 1 with three participants (one per group) and a beamer, each
 * in their own browser context. Participants write privately, the facilitator reveals, the timer
 * shows on every screen, the facilitator merges statements from all three groups into the vision,
 * the plenary screen shows it live, and version 1 is frozen. Axe checks the cockpit, the merge view
 * and the plenary screen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPerson, seriousAxeViolations } from './browser.js';
import { startServerWithClient } from './stipInBrowser.js';
import type { TestServer, SeededWorkshop } from '../helpers/stipServer.js';
import type { ScreenLinkAnswer } from '../../shared/apiMeeting.js';

const STATEMENTS = [
  'We gaan eerst luisteren naar wat bewoners zelf willen, voordat we met een plan komen.',
  'Niet zenden maar ontvangen: eerst horen wat er bij inwoners leeft.',
  'We luisteren eerst en pas daarna praten we over oplossingen.',
];

let server: TestServer;
let browser: Browser;
let seeded: SeededWorkshop;
let origin: string;
let cockpit: Page;
let merge: Page;
let beamer: Page;
const members: Page[] = [];

beforeAll(async () => {
  server = await startServerWithClient();
  browser = await launchBrowser();
  seeded = await server.seedWorkshop({
    gemeente: 'Middelstad',
    participants: [
      { name: 'Anna de Vries', role: 'raadslid', group: 1 },
      { name: 'Bram Jansen', role: 'ambtenaar', group: 2 },
      { name: 'Carla Smit', role: 'collegelid', group: 3 },
    ],
  });
  for (const [i, p] of seeded.participants.entries()) {
    const page = (await newPerson(browser, i === 1 ? { width: 390, height: 844 } : undefined)).page;
    await page.goto(p.link);
    await page.waitForURL(new RegExp(`/groep/${p.group}$`));
    await page.getByRole('status', { name: 'Verbinding' }).filter({ hasText: 'Verbonden' }).waitFor();
    members.push(page);
  }
  const facilitator = await newPerson(browser);
  cockpit = facilitator.page;
  await cockpit.goto(seeded.facilitator.link);
  // Join links name the server's public host; stay on it so the session cookie goes along.
  origin = new URL(cockpit.url()).origin;
  await cockpit.goto(`${origin}/w/${seeded.workshopId}/regie/live`);
  merge = await facilitator.context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('running meeting 1', () => {
  it('starts step 1 on every participant screen', async () => {
    await cockpit.getByRole('button', { name: 'Begin met stap 1' }).click();
    for (const page of members) {
      await page.getByRole('heading', { name: 'Stap 1: schrijf je eigen uitspraken' }).waitFor();
    }
    expect(await seriousAxeViolations(cockpit)).toEqual([]);
  });

  it('keeps statements written in step 1 private to their author', async () => {
    for (const [i, page] of members.entries()) {
      await page.getByLabel('Nieuwe uitspraak over open staan').fill(STATEMENTS[i]);
      await page.getByRole('region', { name: 'Open staan' }).getByRole('button', { name: 'Toevoegen' }).click();
      await expect.poll(() => page.getByRole('textbox', { name: 'Jouw uitspraak 1' }).inputValue()).toBe(STATEMENTS[i]);
    }
    // The facilitator's merge view reads the group documents: nothing is there before the reveal.
    await merge.goto(`${origin}/w/${seeded.workshopId}/regie/samenvoegen`);
    await merge.getByRole('textbox', { name: 'Tekst van de visie' }).waitFor();
    expect(await merge.content()).not.toContain('eerst luisteren');
  });

  it('shows the timer on every screen', async () => {
    await cockpit.getByLabel('Aantal minuten').fill('5');
    await cockpit.getByRole('button', { name: 'Start timer' }).click();
    for (const page of members) {
      await expect.poll(() => page.getByRole('timer', { name: 'Resterende tijd' }).textContent()).toMatch(/[45]:\d\d/);
    }
  });

  it('reveals the statements to the groups when the facilitator moves on', async () => {
    await cockpit.getByRole('button', { name: 'Volgende stap' }).click();
    for (const [i, page] of members.entries()) {
      const statement = page.getByRole('region', { name: 'Open staan' }).getByRole('textbox', { name: 'Uitspraak 1' });
      await expect.poll(() => statement.inputValue()).toBe(STATEMENTS[i]);
    }
  });

  it('merges statements from all three groups into the vision, with their sources', async () => {
    for (const text of STATEMENTS) {
      const insert = merge.getByRole('button', { name: `Neem op in visie: ${text.slice(0, 40)}`, exact: false });
      await insert.first().click();
    }
    const vision = merge.getByRole('textbox', { name: 'Tekst van de visie' });
    for (const text of STATEMENTS) await expect.poll(() => vision.textContent()).toContain(text);
    await expect.poll(() => members[0].getByText('Opgenomen in de visie').count()).toBeGreaterThan(0);
    expect(await seriousAxeViolations(merge)).toEqual([]);
  });

  it('shows the vision live on the plenary screen', async () => {
    const screenLink = await server.api<ScreenLinkAnswer>(`/api/workshops/${seeded.workshopId}/screen-link`, { cookie: seeded.facilitator.cookie, body: {} });
    beamer = (await newPerson(browser, { width: 1920, height: 1080 })).page;
    await beamer.goto(screenLink.body.link);
    await beamer.waitForURL(/\/plenair$/);
    await cockpit.getByRole('radio', { name: 'De visie' }).check();
    await beamer.getByRole('heading', { level: 1, name: 'De visie van Middelstad' }).waitFor();
    for (const text of STATEMENTS) await expect.poll(() => beamer.locator('main').textContent()).toContain(text);

    const vision = merge.getByRole('textbox', { name: 'Tekst van de visie' });
    await vision.click();
    await merge.keyboard.press('Control+End');
    await merge.keyboard.type(' Samen luisteren is onze eerste stap.');
    await expect.poll(() => beamer.locator('main').textContent()).toContain('Samen luisteren is onze eerste stap.');
    expect(await seriousAxeViolations(beamer)).toEqual([]);
  });

  it('freezes version 1, which later edits do not change', async () => {
    await merge.getByRole('button', { name: 'Vastleggen als versie 1 (na bijeenkomst 1)' }).click();
    await merge.getByRole('link', { name: 'Versie 1: na bijeenkomst 1' }).waitFor();
    await merge.getByRole('textbox', { name: 'Tekst van de visie' }).click();
    await merge.keyboard.press('Control+End');
    await merge.keyboard.type(' Later toegevoegd.');
    await expect.poll(() => beamer.locator('main').textContent()).toContain('Later toegevoegd.');

    await merge.getByRole('link', { name: 'Versie 1: na bijeenkomst 1' }).click();
    await merge.getByRole('heading', { level: 1, name: 'Visie, versie 1' }).waitFor();
    await expect.poll(() => merge.locator('main').textContent()).toContain('Samen luisteren is onze eerste stap.');
    expect(await merge.locator('main').textContent()).not.toContain('Later toegevoegd.');
  });
});
