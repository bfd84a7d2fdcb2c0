// SPDX-License-Identifier: EUPL-1.2
/**
 * Browser: the facilitator's board and merge view are safe for a first-time facilitator. The board
 * tells the truth about the groups' make-up (a table per role, a warning with what to do); once
 * meeting 1 has started "Opnieuw verdelen" asks first and says what happens, and a phone of a moved
 * participant follows to the new group. In the merge view a statement taken in twice is not added
 * silently, "Combineer tot één zin" lets the facilitator write the sentence (every source kept),
 * and after version 1 the freeze button proposes "na consultatie". A used set-up link says it was
 * used, and the audit log names the facilitator and lists the reveal once. Axe on every screen;
 * screenshots in /tmp/board-shots for a person to look at.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPerson, seriousAxeViolations } from './browser.js';
import { startServerWithClient } from './stipInBrowser.js';
import type { SeededWorkshop, TestServer } from '../helpers/stipServer.js';
import type { WorkshopDetail } from '../../shared/api.js';

const SHOTS = '/tmp/board-shots';
const FIRST = 'Inwoners mogen zelf bepalen waar we over praten.';
const SECOND = 'We laten bewoners het gesprek leiden.';

let server: TestServer;
let browser: Browser;
let seeded: SeededWorkshop;
let origin: string;
let board: Page;
let phone: Page;
let merge: Page;

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  server = await startServerWithClient();
  browser = await launchBrowser();
  // A lopsided start: three raadsleden in group 1, sizes 3/2/1.
  seeded = await server.seedWorkshop({
    gemeente: 'Veilighaven',
    participants: [
      { name: 'Anna de Vries', role: 'raadslid', group: 1 },
      { name: 'Bart Kok', role: 'raadslid', group: 1 },
      { name: 'Cor Mol', role: 'raadslid', group: 1 },
      { name: 'Dirk Bakker', role: 'raadslid', group: 2 },
      { name: 'Els Visser', role: 'ambtenaar', group: 2 },
      { name: 'Fem Smit', role: 'collegelid', group: 3 },
    ],
  });
  const facilitator = await newPerson(browser, { width: 1280, height: 800 });
  board = facilitator.page;
  await board.goto(seeded.facilitator.link);
  await board.waitForURL(/\/regie$/);
  origin = new URL(board.url()).origin;
  merge = await facilitator.context.newPage();
  await merge.setViewportSize({ width: 1280, height: 800 });
  phone = (await newPerson(browser, { width: 390, height: 844 })).page;
  const els = seeded.participants.find((p) => p.name === 'Els Visser')!;
  await phone.goto(els.link);
  await phone.waitForURL(/\/groep\/2$/);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const groupsSection = () => board.locator('#groepen');
const groupOf = async (name: string) => {
  const detail = await server.api<WorkshopDetail>(`/api/workshops/${seeded.workshopId}`, { cookie: seeded.facilitator.cookie });
  return detail.body.participants.find((p) => p.name === name)!.group;
};
const patchLive = (body: Record<string, unknown>) => server.api(`/api/workshops/${seeded.workshopId}/live`, { method: 'PATCH', cookie: seeded.facilitator.cookie, body });

describe('the group board', () => {
  it('shows each group per role and warns, with what to do, when the mix or the sizes are off', async () => {
    const table = board.getByRole('table', { name: 'Aantal mensen per rol in elke groep' });
    await table.waitFor();
    expect(await table.getByRole('row').nth(1).getByRole('cell').allTextContents()).toEqual(['3', '0', '0', '3']);
    const warning = groupsSection().getByText('Let op: de groepen zijn niet goed gemengd');
    await warning.waitFor();
    const text = await groupsSection().textContent();
    expect(text).toContain('De groepen zijn niet even groot: Groep 1 heeft 3 mensen, Groep 2 heeft 2 mensen, Groep 3 heeft 1 persoon.');
    expect(text).toContain('Groep 3 heeft niemand uit Raad, terwijl een andere groep er twee of meer heeft.');
    expect(text).toContain('Sleep een kaart naar een andere groep, of gebruik "Verplaats" bij de persoon.');
    expect(text).not.toContain('goede mix');
    expect(await seriousAxeViolations(board)).toEqual([]);
    await groupsSection().screenshot({ path: `${SHOTS}/board-mix-laptop.png` });
    await board.setViewportSize({ width: 390, height: 844 });
    await board.getByRole('table', { name: 'Aantal mensen per rol in elke groep' }).scrollIntoViewIfNeeded();
    await board.screenshot({ path: `${SHOTS}/board-mix-phone.png` });
    expect(await seriousAxeViolations(board)).toEqual([]);
    await board.setViewportSize({ width: 1280, height: 800 });
  });

  it('once meeting 1 has started, asks before dealing everyone again and says what happens', async () => {
    expect((await patchLive({ step: 'write' })).status).toBe(200);
    const reassign = board.getByRole('button', { name: 'Opnieuw verdelen' });
    await reassign.click();
    const question = board.getByRole('group', { name: 'Bijeenkomst 1 is al begonnen' });
    await question.waitFor();
    const said = await question.textContent();
    expect(said).toContain('Wat ze al schreven, blijft bij hun oude groep.');
    expect(said).toContain('gaat vanzelf naar de nieuwe groep');
    const yes = question.getByRole('button', { name: 'Ja, iedereen opnieuw verdelen' });
    await expect.poll(() => yes.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await groupOf('Cor Mol')).toBe(1);
    expect(await seriousAxeViolations(board)).toEqual([]);
    await question.scrollIntoViewIfNeeded();
    await board.screenshot({ path: `${SHOTS}/board-confirm-laptop.png` });
    await board.setViewportSize({ width: 390, height: 844 });
    await question.scrollIntoViewIfNeeded();
    await board.screenshot({ path: `${SHOTS}/board-confirm-phone.png` });
    expect(await seriousAxeViolations(board)).toEqual([]);
    await board.setViewportSize({ width: 1280, height: 800 });

    await question.getByRole('button', { name: 'Annuleren' }).click();
    await expect.poll(() => reassign.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await groupOf('Cor Mol')).toBe(1);

    await reassign.click();
    await board.getByRole('button', { name: 'Ja, iedereen opnieuw verdelen' }).click();
    await groupsSection().getByText('De groepen zijn ongeveer even groot en de rollen zijn verdeeld.').waitFor();
    const table = board.getByRole('table', { name: 'Aantal mensen per rol in elke groep' });
    for (let row = 1; row <= 3; row++) expect(await table.getByRole('row').nth(row).getByRole('cell').last().textContent()).toBe('2');
  });

  it('moves the phone of a participant who got another group along to that group', async () => {
    const group = await groupOf('Els Visser');
    await phone.waitForURL(new RegExp(`/groep/${group}$`), { timeout: 15_000 });
    await phone.getByRole('heading', { name: 'Stap 1: schrijf je eigen uitspraken' }).waitFor();
  });
});

describe('the merge view', () => {
  it('does not add a statement twice without asking', async () => {
    for (const text of [FIRST, SECOND]) {
      await phone.getByLabel('Nieuwe uitspraak over open staan').fill(text);
      await phone.getByRole('region', { name: 'Open staan' }).getByRole('button', { name: 'Toevoegen' }).click();
    }
    await expect.poll(() => phone.getByRole('textbox', { name: 'Jouw uitspraak 2' }).inputValue()).toBe(SECOND);
    expect((await patchLive({ step: 'reveal' })).status).toBe(200);

    await merge.goto(`${origin}/w/${seeded.workshopId}/regie/samenvoegen`);
    const vision = merge.getByRole('textbox', { name: 'Tekst van de visie' });
    await vision.waitFor();
    const insert = merge.getByRole('button', { name: `Neem op in visie: ${FIRST.slice(0, 40)}`, exact: false }).first();
    await insert.click();
    await expect.poll(() => vision.textContent()).toContain(FIRST);

    await insert.click();
    const dialog = merge.getByRole('dialog', { name: 'Staat al in de visie' });
    await dialog.waitFor();
    expect(await seriousAxeViolations(merge)).toEqual([]);
    await merge.screenshot({ path: `${SHOTS}/merge-duplicate-laptop.png` });
    // The merge view may be shown on the beamer during the plenary close.
    for (const [width, height] of [[1920, 1080], [1280, 720]]) {
      await merge.setViewportSize({ width, height });
      await merge.screenshot({ path: `${SHOTS}/merge-duplicate-beamer-${width}.png` });
    }
    await merge.setViewportSize({ width: 1280, height: 800 });
    await dialog.getByRole('button', { name: 'Ga naar de passage' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await vision.textContent())!.split(FIRST).length - 1).toBe(1);
    expect(await vision.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  });

  it('lets the facilitator write the combined sentence, keeping every source', async () => {
    for (const text of [FIRST, SECOND]) {
      await merge.locator('.merge__sources').getByRole('checkbox', { name: text }).first().check();
    }
    await merge.getByRole('button', { name: 'Combineer tot één zin' }).click();
    const dialog = merge.getByRole('dialog', { name: 'Combineer tot één zin' });
    const field = dialog.getByRole('textbox', { name: 'De gedeelde zin' });
    await expect.poll(() => field.inputValue()).toBe(`${FIRST} ${SECOND}`);
    expect(await seriousAxeViolations(merge)).toEqual([]);
    await merge.screenshot({ path: `${SHOTS}/merge-combine-laptop.png` });
    await merge.setViewportSize({ width: 390, height: 844 });
    await merge.screenshot({ path: `${SHOTS}/merge-combine-phone.png` });
    await merge.setViewportSize({ width: 1280, height: 800 });
    await field.fill('Bewoners bepalen samen met ons de agenda.');
    await dialog.getByRole('button', { name: 'Opnemen in de visie' }).click();
    const vision = merge.getByRole('textbox', { name: 'Tekst van de visie' });
    await expect.poll(() => vision.textContent()).toContain('Bewoners bepalen samen met ons de agenda.');
    const sources = merge.locator('.merge__vision');
    await expect.poll(() => sources.textContent()).toContain(SECOND);
    expect((await vision.textContent())!.split(SECOND).length - 1).toBe(0);
  });

  it('proposes the next phase in the version label after version 1 is frozen', async () => {
    await merge.getByRole('button', { name: 'Vastleggen als versie 1 (na bijeenkomst 1)' }).click();
    await merge.getByRole('link', { name: 'Versie 1: na bijeenkomst 1' }).waitFor();
    await merge.getByRole('button', { name: 'Vastleggen als versie 2 (na consultatie)' }).waitFor();
    expect(await merge.getByLabel('Naam van de versie').inputValue()).toBe('na consultatie');
  });
});

describe('links and the log', () => {
  it('says a used set-up link was used, and what to do', async () => {
    const link = await server.app.issueSetupLink();
    const person = (await newPerson(browser, { width: 390, height: 844 })).page;
    await person.goto(link);
    await person.waitForURL(/\/regie$/);
    await person.goto(link);
    await person.getByRole('heading', { level: 1, name: 'Deze link is al gebruikt' }).waitFor();
    const text = await person.locator('main').textContent();
    expect(text).not.toContain('De procesbegeleider heeft deze link uitgezet');
    expect(text).toContain('npm run stip -- setup-link');
    expect(await seriousAxeViolations(person)).toEqual([]);
    await person.screenshot({ path: `${SHOTS}/setup-link-used-phone.png`, fullPage: true });
    await person.setViewportSize({ width: 1280, height: 800 });
    await person.screenshot({ path: `${SHOTS}/setup-link-used-laptop.png` });
    await person.context().close();
  });

  it('names the facilitator and lists the reveal once', async () => {
    await board.goto(`${origin}/w/${seeded.workshopId}/regie/privacy`);
    const table = board.getByRole('table');
    const step = table.getByRole('row').filter({ hasText: 'eigen uitspraken gedeeld met alle groepen' });
    await step.waitFor();
    expect(await step.count()).toBe(1);
    expect(await table.getByRole('row').filter({ hasText: 'Eigen uitspraken delen met de groep' }).count()).toBe(0);
    expect(await table.getByRole('row').filter({ hasText: 'Beheerder' }).count()).toBe(0);
    expect(await seriousAxeViolations(board)).toEqual([]);
  });
});
