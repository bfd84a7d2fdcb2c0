// SPDX-License-Identifier: EUPL-1.2
/**
 * Browser: the last parts of meeting 2. The facilitator drags a person to another role group on
 * the board; in step 1 the cockpit counts each role group's private writing (never the text) and
 * "Nu delen" shares what is left after asking; a participant on the plenary page sees what the
 * beamer shows for meeting 2, following the facilitator; "Maak hier een afspraak van" in the
 * cockpit's matrix (and its full-screen cell) opens the agreement form filled in; the beamer shows
 * the agreements, paging by itself when they are many, without personal controls. Axe checks every
 * screen; set SCREENSHOT_DIR to keep screenshots (390×844, 1280×800, 1920×1080; the beamer also 1280×720).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { ScreenLinkAnswer } from '../../shared/apiMeeting.js';
import type { Meeting2Answer } from '../../shared/apiMeeting2.js';
import type { SeededWorkshop, TestServer } from '../helpers/stipServer.js';
import { launchBrowser, newPerson, seriousAxeViolations } from './browser.js';
import { startServerWithClient } from './stipInBrowser.js';

let server: TestServer;
let browser: Browser;
let seeded: SeededWorkshop;
let facilitator: Page;
let rita: Page;
let anna: Page;
let beamer: Page;

const SIZES = [{ width: 390, height: 844 }, { width: 1280, height: 800 }, { width: 1920, height: 1080 }] as const;

async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  const dir = process.env.SCREENSHOT_DIR;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage });
}

/** Axe at each of the three sizes (with a screenshot), then back to `back`. */
async function checkSizes(page: Page, name: string, back: { width: number; height: number }): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await shoot(page, `${name}-${size.width}x${size.height}`, true);
  }
  await page.setViewportSize(back);
}

const person = (name: string) => seeded.participants.find((p) => p.name === name)!;
const origin = () => new URL(facilitator.url()).origin;
const api = <T,>(p: string, method = 'GET', body?: unknown) =>
  server.api<T>(`/api/workshops/${seeded.workshopId}${p}`, { cookie: seeded.facilitator.cookie, method, body });
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const screenButton = (name: string) => facilitator.getByRole('group', { name: 'Wat ziet het grote scherm?' }).getByRole('button', { name, exact: true });

/** The name of "Maak hier een afspraak van" on one statement (the statement's text follows, hidden, for screen readers). */
const makeAgreement = (text: string) => new RegExp(`^Maak hier een afspraak van\\s*:\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

const RITA_AMBITION = 'Wij lezen de stukken van inwoners voordat we besluiten';
const RITA_EXPECTATION = 'Vertel ons op tijd wat inwoners zeggen';

beforeAll(async () => {
  server = await startServerWithClient();
  browser = await launchBrowser();
  seeded = await server.seedWorkshop({
    gemeente: 'Sleepdorp',
    participants: [
      { name: 'Rita Raad', role: 'raadslid', group: 1 },
      { name: 'Roel Raad', role: 'raadslid', group: 2 },
      { name: 'Carl College', role: 'collegelid', group: 1 },
      { name: 'Anna Ambtenaar', role: 'ambtenaar', group: 3 },
      { name: 'Bea Ambtenaar', role: 'ambtenaar', group: 2 },
    ],
  });
  expect((await api('/meeting2', 'PUT', { date: inDays(7) })).status).toBe(200);
  expect((await api('/meeting2/cases', 'POST', { title: 'De bomenkap', text: 'Bewoners hoorden pas van de kap toen de zagen kwamen.' })).status).toBe(201);
  facilitator = (await newPerson(browser, { width: 1280, height: 800 })).page;
  await facilitator.goto(seeded.facilitator.link);
  await facilitator.waitForURL(/\/regie$/);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the role-group board', () => {
  it('moves a person when their card is dragged onto another role group', async () => {
    await facilitator.goto(`${origin()}/w/${seeded.workshopId}/regie/bijeenkomst2`);
    const region = (name: string) => facilitator.getByRole('region', { name, exact: true });
    const card = region('Ambtenaren').locator('.participant__name', { hasText: 'Bea Ambtenaar' });
    await card.waitFor();
    await card.dragTo(region('College en directie'));
    await region('College en directie').locator('.participant__name', { hasText: 'Bea Ambtenaar' }).waitFor();
    expect(await region('Ambtenaren').locator('.participant__name', { hasText: 'Bea Ambtenaar' }).count()).toBe(0);
    const setup = await api<Meeting2Answer>('/meeting2');
    expect(setup.body.groups.find((g) => g.roleGroup === 'college')!.memberIds).toContain(person('Bea Ambtenaar').id);
    expect(await seriousAxeViolations(facilitator)).toEqual([]);
  });
});

describe('private writing in step 1, in the cockpit', () => {
  it('counts what each role group writes privately, without the text', async () => {
    expect((await api('/meeting2/live', 'PATCH', { active: true, view: 'matrix' })).status).toBe(200);
    expect((await api('/live', 'PATCH', { step: 'write' })).status).toBe(200);
    rita = (await newPerson(browser, { width: 390, height: 844 })).page;
    await rita.goto(person('Rita Raad').link);
    await rita.waitForURL(new RegExp(`/w/${seeded.workshopId}/rol/raad$`));
    await rita.getByLabel('Nieuwe ambitie').fill(RITA_AMBITION);
    await rita.getByRole('region', { name: 'Onze ambities' }).getByRole('button', { name: 'Toevoegen' }).click();
    await rita.getByRole('heading', { name: 'Jouw uitspraken, nog niet gedeeld' }).waitFor();

    await facilitator.goto(`${origin()}/w/${seeded.workshopId}/regie/live`);
    const drafts = facilitator.getByRole('group', { name: 'Stap 1: wat ieder voor zich schrijft, per groep' });
    const raad = drafts.getByRole('listitem').filter({ hasText: 'Raadsleden' });
    await expect.poll(() => raad.textContent()).toContain('1 van 2 deelnemers');
    expect(await raad.textContent()).toContain('1 stuk');
    expect(await drafts.getByRole('listitem').filter({ hasText: 'Ambtenaren' }).textContent()).toContain('0 van 1 deelnemer');
    expect(await facilitator.locator('main').textContent()).not.toContain(RITA_AMBITION);
    await checkSizes(facilitator, 'm2f-cockpit-step1', { width: 1280, height: 800 });
  });

  it('"Nu delen" asks first, in Dutch, then shares what is left into the group', async () => {
    const drafts = facilitator.getByRole('group', { name: 'Stap 1: wat ieder voor zich schrijft, per groep' });
    await drafts.getByRole('button', { name: 'Nu delen met Raadsleden' }).click();
    await drafts.getByText('Wat nog niet gedeeld is (1 stuk), komt nu in de groep Raadsleden.', { exact: false }).waitFor();
    expect(await seriousAxeViolations(facilitator)).toEqual([]);
    await shoot(facilitator, 'm2f-cockpit-share-question-1280x800');
    await drafts.getByRole('button', { name: 'Ja, nu delen' }).click();
    await expect.poll(() => facilitator.locator('#announcer').textContent()).toBe('1 stuk is gedeeld met Raadsleden.');
    await expect.poll(() => drafts.getByRole('listitem').filter({ hasText: 'Raadsleden' }).textContent()).toContain('0 van 2 deelnemers');
    const ours = rita.getByRole('region', { name: 'Onze ambities' });
    await expect.poll(() => ours.getByRole('textbox', { name: /Uitspraak 1/ }).inputValue()).toBe(RITA_AMBITION);
    expect((await api('/live', 'PATCH', { step: 'reveal' })).status).toBe(200);
    // Now shared writing: Rita also says what the raad expects of the ambtenaren.
    await rita.getByLabel('Nieuwe verwachting van de ambtenaren').fill(RITA_EXPECTATION);
    await rita.getByRole('region', { name: 'Wat we verwachten van de ambtenaren' }).getByRole('button', { name: 'Toevoegen' }).click();
    await expect.poll(() => facilitator.getByRole('table', { name: 'Wat we van elkaar verwachten' }).textContent()).toContain(RITA_EXPECTATION);
  });
});

describe('the plenary page of a participant in meeting 2', () => {
  it('shows what the beamer shows for meeting 2, following the facilitator', async () => {
    anna = (await newPerson(browser, { width: 390, height: 844 })).page;
    await anna.goto(person('Anna Ambtenaar').link);
    await anna.waitForURL(new RegExp(`/w/${seeded.workshopId}/rol/ambtenaren$`));
    await anna.goto(`${origin()}/w/${seeded.workshopId}/plenair`);
    await anna.getByRole('heading', { level: 1, name: 'Bijeenkomst 2' }).waitFor();
    const matrix = anna.getByRole('table', { name: 'Wat we van elkaar verwachten' });
    await expect.poll(() => matrix.textContent()).toContain(RITA_AMBITION);
    expect(await matrix.textContent()).toContain(RITA_EXPECTATION);
    expect(await anna.getByRole('button', { name: /Maak hier een afspraak van|Groot tonen/ }).count()).toBe(0);
    expect(await anna.getByRole('link', { name: 'Terug naar je groep' }).getAttribute('href')).toBe(`/w/${seeded.workshopId}/rol`);
    await checkSizes(anna, 'm2f-participant-plenary-matrix', { width: 390, height: 844 });

    await screenButton('Casus').click();
    await anna.getByRole('heading', { level: 2, name: 'De bomenkap' }).waitFor();
    await screenButton('Visie versie 2').click();
    await anna.getByText('Er is nog geen versie van de visie.').waitFor();
    await screenButton('Afsluiting').click();
    await anna.getByRole('heading', { level: 2, name: 'Afsluiting: de ambitie van Raadsleden' }).waitFor();
    await expect.poll(() => anna.locator('main').textContent()).toContain(RITA_AMBITION);
    expect(await seriousAxeViolations(anna)).toEqual([]);
  });
});

describe('an agreement from the matrix', () => {
  it('opens the form filled in from an ambition in the cockpit, and adds it', async () => {
    await screenButton('Matrix').click();
    await facilitator.getByRole('button', { name: makeAgreement(RITA_AMBITION) }).first().click();
    const form = facilitator.getByRole('form', { name: 'Nieuwe afspraak' });
    expect(await form.getByLabel('De afspraak').inputValue()).toBe(RITA_AMBITION);
    expect(await form.getByRole('checkbox', { name: 'Raad', exact: true }).isChecked()).toBe(true);
    expect(await form.getByRole('checkbox', { name: 'Ambtenaren', exact: true }).isChecked()).toBe(false);
    await form.getByText('Gemaakt van deze ambities en verwachtingen (1)').waitFor();
    await form.getByLabel('De afspraak').fill('Raadsleden lezen de inbreng van inwoners voor elk besluit.');
    await form.getByLabel('Datum').fill(inDays(30));
    await form.getByRole('button', { name: 'Moment toevoegen' }).click();
    await checkSizes(facilitator, 'm2f-cockpit-agreement-form', { width: 1280, height: 800 });
    await form.getByRole('button', { name: 'Afspraak toevoegen' }).click();
    await expect.poll(() => facilitator.locator('#announcer').textContent()).toBe('Afspraak 1 is toegevoegd.');
    await facilitator.getByRole('region', { name: 'Nieuwe afspraak uit de matrix' }).waitFor({ state: 'detached' });
  });

  it('offers it in the full-screen cell too (an expectation: the group expected of carries it out), never on the beamer', async () => {
    const link = await api<ScreenLinkAnswer>('/screen-link', 'POST', {});
    beamer = (await newPerson(browser, { width: 1920, height: 1080 })).page;
    await beamer.goto(link.body.link);
    await beamer.waitForURL(/\/plenair$/);
    await facilitator.getByRole('button', { name: 'Groot tonen: Raadsleden aan Ambtenaren' }).click();
    await beamer.getByRole('heading', { level: 2, name: 'Raadsleden verwacht van Ambtenaren' }).waitFor();
    await expect.poll(() => beamer.locator('main').textContent()).toContain(RITA_EXPECTATION);
    expect(await beamer.getByRole('button', { name: /Maak hier een afspraak van/ }).count()).toBe(0);

    const cell = facilitator.getByRole('region', { name: 'Raadsleden verwacht van Ambtenaren' });
    await cell.getByRole('button', { name: makeAgreement(RITA_EXPECTATION) }).click();
    const form = facilitator.getByRole('form', { name: 'Nieuwe afspraak' });
    expect(await form.getByLabel('De afspraak').inputValue()).toBe(RITA_EXPECTATION);
    expect(await form.getByRole('checkbox', { name: 'Ambtenaren', exact: true }).isChecked()).toBe(true);
    expect(await form.getByRole('checkbox', { name: 'Raad', exact: true }).isChecked()).toBe(false);
    await form.getByRole('button', { name: 'Afspraak toevoegen' }).click();
    await expect.poll(() => facilitator.locator('#announcer').textContent()).toBe('Afspraak 2 is toegevoegd.');
    expect(await seriousAxeViolations(facilitator)).toEqual([]);
  });
});

describe('the agreements on the beamer', () => {
  it('shows them with owners, status and next review moment, chosen from the cockpit', async () => {
    await screenButton('Afspraken').click();
    const view = beamer.getByRole('region', { name: 'Wat hebben we afgesproken?' });
    await view.waitFor();
    await expect.poll(() => view.textContent()).toContain('Raadsleden lezen de inbreng van inwoners voor elk besluit.');
    const first = view.getByRole('listitem').filter({ hasText: 'Afspraak 1' });
    expect(await first.textContent()).toContain('Wie voert het uit: Raad');
    expect(await first.textContent()).toContain('Concept');
    expect(await first.textContent()).toMatch(/Volgende keer terugkijken: /);
    expect(await view.getByRole('listitem').filter({ hasText: 'Afspraak 2' }).textContent()).toContain('Wie voert het uit: Ambtenaren');
    expect(await beamer.locator('main').getByRole('button').count()).toBe(0);
    for (const size of [{ width: 1920, height: 1080 }, { width: 1280, height: 720 }]) {
      await beamer.setViewportSize(size);
      expect(await seriousAxeViolations(beamer)).toEqual([]);
      await shoot(beamer, `m2f-beamer-agreements-${size.width}x${size.height}`);
    }
  });

  it('pages by itself when the agreements do not fit', async () => {
    for (let i = 3; i <= 16; i++) {
      const text = `Afspraak over samenwerking nummer ${i}: we vragen inwoners vroeg en vertellen wat we met hun inbreng doen.`;
      expect((await api('/agreements', 'POST', { text, owners: ['college'], reviewMoments: [inDays(i)] })).status).toBe(201);
    }
    const view = beamer.getByRole('region', { name: 'Wat hebben we afgesproken?' });
    await expect.poll(() => view.textContent()).toContain('nummer 16');
    await view.getByText(/^Deel 1 van \d+$/).waitFor();
    expect(await seriousAxeViolations(beamer)).toEqual([]);
    await shoot(beamer, 'm2f-beamer-agreements-paged-1280x720');
    await beamer.setViewportSize({ width: 1920, height: 1080 });
    await shoot(beamer, 'm2f-beamer-agreements-paged-1920x1080');
    expect(await seriousAxeViolations(beamer)).toEqual([]);
  });
});
