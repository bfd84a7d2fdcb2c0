// SPDX-License-Identifier: EUPL-1.2
/**
 * Browser: on the facilitator page the facilitator drags people to another group (the drop target
 * is highlighted while dragging; dropping on the own group does nothing), renames a group in place
 * (Enter saves, Escape cancels, focus returns to "Naam wijzigen"), and sets the workshop's language.
 * A participant of the renamed group sees the name in their room, and a later rename shows at once
 * in their open room, on the big screen and in the cockpit, without a reload; participants then see
 * the English interface (an open room switches too), unless they chose Dutch themselves on their
 * device. Axe checks the page with the rename field open, during a drag and after it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPerson, seriousAxeViolations } from './browser.js';
import { startServerWithClient } from './stipInBrowser.js';
import type { SeededWorkshop, TestServer } from '../helpers/stipServer.js';
import type { WorkshopDetail } from '../../shared/api.js';
import type { ScreenLinkAnswer } from '../../shared/apiMeeting.js';

let server: TestServer;
let browser: Browser;
let seeded: SeededWorkshop;
let facilitator: Page;

beforeAll(async () => {
  server = await startServerWithClient();
  browser = await launchBrowser();
  seeded = await server.seedWorkshop({
    gemeente: 'Sleepdorp',
    participants: [
      { name: 'Anna de Vries', role: 'raadslid', group: 1 },
      { name: 'Bram Jansen', role: 'ambtenaar', group: 2 },
      { name: 'Carla Smit', role: 'collegelid', group: 3 },
      { name: 'Dirk Bakker', role: 'ambtenaar', group: 1 },
      { name: 'Eva Visser', role: 'directie', group: 2 },
    ],
  });
  facilitator = (await newPerson(browser)).page;
  await facilitator.goto(seeded.facilitator.link);
  await facilitator.waitForURL(/\/regie$/);
  await facilitator.getByRole('heading', { level: 1, name: 'Regie: Sleepdorp' }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const column = (name: string) => facilitator.getByRole('region', { name, exact: true });
const cardName = (name: string) => facilitator.locator('.participant__name', { hasText: name });
const serverGroupOf = async (name: string) => {
  const detail = await server.api<WorkshopDetail>(`/api/workshops/${seeded.workshopId}`, { cookie: seeded.facilitator.cookie });
  return detail.body.participants.find((p) => p.name === name)?.group;
};
const personOf = (name: string) => seeded.participants.find((p) => p.name === name)!;
const announced = () => facilitator.locator('#announcer').textContent();
/** Marks the page, so a test can tell it was not reloaded since. */
const markPage = (page: Page) => page.evaluate(() => { (window as unknown as { stipMark: boolean }).stipMark = true; });
const stillMarked = (page: Page) => page.evaluate(() => (window as unknown as { stipMark?: boolean }).stipMark === true);

describe('moving people by dragging', () => {
  it('explains that a card can be dragged or moved with the choice on the card', async () => {
    await facilitator.getByText('Sleep een kaart naar een andere groep, of kies de groep bij de persoon.').waitFor();
  });

  it('moves a person when their card is dropped on another group, and keeps them there after a reload', async () => {
    await cardName('Anna de Vries').dragTo(column('Groep 3'));
    await column('Groep 3').locator('.participant__name', { hasText: 'Anna de Vries' }).waitFor();
    expect(await column('Groep 1').locator('.participant__name', { hasText: 'Anna de Vries' }).count()).toBe(0);
    await expect.poll(announced).toBe('Anna de Vries zit nu in Groep 3.');
    expect(await serverGroupOf('Anna de Vries')).toBe(3);
    await facilitator.reload();
    await column('Groep 3').locator('.participant__name', { hasText: 'Anna de Vries' }).waitFor();
    expect(await seriousAxeViolations(facilitator)).toEqual([]);
  });

  it('highlights the other groups while dragging, and the group under the card most', async () => {
    await cardName('Dirk Bakker').hover();
    await facilitator.mouse.down();
    const target = await column('Groep 2').boundingBox();
    await facilitator.mouse.move(target!.x + target!.width / 2, target!.y + 40, { steps: 5 });
    await expect.poll(() => column('Groep 2').getAttribute('class')).toContain('group-column--drop-over');
    expect(await column('Groep 3').getAttribute('class')).toContain('group-column--drop-target');
    expect(await column('Groep 1').getAttribute('class')).not.toContain('group-column--drop-target');
    await column('Groep 2').getByText('Laat hier los om te verplaatsen').waitFor();
    expect(await seriousAxeViolations(facilitator)).toEqual([]);
    await facilitator.mouse.up();
    await column('Groep 2').locator('.participant__name', { hasText: 'Dirk Bakker' }).waitFor();
    await expect.poll(() => serverGroupOf('Dirk Bakker')).toBe(2);
    await expect.poll(() => column('Groep 2').getAttribute('class')).not.toContain('group-column--drop');
    expect(await seriousAxeViolations(facilitator)).toEqual([]);
  });

  it('does nothing when a card is dropped on its own group', async () => {
    const before = await announced();
    await cardName('Carla Smit').dragTo(column('Groep 3'));
    await cardName('Bram Jansen').dragTo(column('Groep 2'));
    expect(await column('Groep 3').locator('.participant__name', { hasText: 'Carla Smit' }).count()).toBe(1);
    expect(await serverGroupOf('Carla Smit')).toBe(3);
    expect(await serverGroupOf('Bram Jansen')).toBe(2);
    expect(await announced()).toBe(before);
  });
});

describe('naming a group', () => {
  it('cancels with Escape and returns focus to "Naam wijzigen"', async () => {
    await column('Groep 1').getByRole('button', { name: /^Naam wijzigen\s*: Groep 1$/ }).click();
    const field = facilitator.getByRole('textbox', { name: 'Nieuwe naam voor Groep 1' });
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    await field.fill('Wordt niet bewaard');
    await field.press('Escape');
    await expect.poll(() => field.count()).toBe(0);
    const button = column('Groep 1').getByRole('button', { name: /^Naam wijzigen\s*: Groep 1$/ });
    await expect.poll(() => button.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('renames group 2 in place with Enter; the heading and the choices on the cards show the name', async () => {
    await column('Groep 2').getByRole('button', { name: /^Naam wijzigen\s*: Groep 2$/ }).click();
    const field = facilitator.getByRole('textbox', { name: 'Nieuwe naam voor Groep 2' });
    await field.fill('  De Vliegers  ');
    expect(await seriousAxeViolations(facilitator)).toEqual([]);
    await field.press('Enter');
    const renamed = column('De Vliegers');
    await renamed.getByRole('heading', { level: 3, name: 'De Vliegers' }).waitFor();
    const button = renamed.getByRole('button', { name: /^Naam wijzigen\s*: De Vliegers$/ });
    await expect.poll(() => button.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(announced).toBe('Groep 2 heet nu De Vliegers.');
    expect(await facilitator.getByLabel('Verplaats naar groep: Carla Smit').locator('option').allTextContents())
      .toEqual(['Groep 1', 'De Vliegers', 'Groep 3']);
    const detail = await server.api<WorkshopDetail>(`/api/workshops/${seeded.workshopId}`, { cookie: seeded.facilitator.cookie });
    expect(detail.body.groupNames).toEqual(['Groep 1', 'De Vliegers', 'Groep 3']);
  });

  it('shows the name in the room of a participant of that group', async () => {
    const eva = (await newPerson(browser)).page;
    await eva.goto(personOf('Eva Visser').link);
    await eva.waitForURL(/\/groep\/2$/);
    await eva.getByRole('heading', { level: 1, name: 'De Vliegers' }).waitFor();
    expect(await eva.title()).toContain('De Vliegers');
    await eva.context().close();
  });

  it('shows a new name at once in an open room, on the big screen and in the cockpit, without a reload', async () => {
    const eva = (await newPerson(browser)).page;
    await eva.goto(personOf('Eva Visser').link);
    await eva.getByRole('heading', { level: 1, name: 'De Vliegers' }).waitFor();
    await eva.getByRole('status', { name: 'Verbinding' }).filter({ hasText: 'Verbonden' }).waitFor();
    const screenLink = await server.api<ScreenLinkAnswer>(`/api/workshops/${seeded.workshopId}/screen-link`, { cookie: seeded.facilitator.cookie, body: {} });
    const beamer = (await newPerson(browser)).page;
    await beamer.goto(screenLink.body.link);
    await beamer.getByRole('heading', { level: 2, name: 'De Vliegers' }).waitFor();
    const cockpit = await facilitator.context().newPage();
    await cockpit.goto(`${new URL(facilitator.url()).origin}/w/${seeded.workshopId}/regie/live`);
    await cockpit.getByRole('button', { name: 'Zet De Vliegers op slot' }).waitFor();
    for (const page of [eva, beamer, cockpit]) await markPage(page);

    await column('De Vliegers').getByRole('button', { name: /^Naam wijzigen\s*: De Vliegers$/ }).click();
    const field = facilitator.getByRole('textbox', { name: 'Nieuwe naam voor De Vliegers' });
    await field.fill('De Zwaluwen');
    await field.press('Enter');
    await expect.poll(announced).toBe('De Vliegers heet nu De Zwaluwen.');

    await eva.getByRole('heading', { level: 1, name: 'De Zwaluwen' }).waitFor();
    await expect.poll(() => eva.title()).toContain('De Zwaluwen');
    await beamer.getByRole('heading', { level: 2, name: 'De Zwaluwen' }).waitFor();
    await cockpit.getByRole('button', { name: 'Zet De Zwaluwen op slot' }).waitFor();
    await cockpit.getByRole('link', { name: 'Open De Zwaluwen' }).waitFor();
    for (const page of [eva, beamer, cockpit]) expect(await stillMarked(page)).toBe(true);
    await eva.context().close();
    await beamer.context().close();
    await cockpit.close();
  });
});

describe('the workshop language', () => {
  let carla: Page;
  let bram: Page;

  it('is set to English in the settings; a participant\'s open room switches to English without a reload', async () => {
    carla = (await newPerson(browser)).page;
    await carla.goto(personOf('Carla Smit').link);
    await carla.waitForURL(/\/groep\/3$/);
    await carla.getByRole('heading', { level: 1, name: 'Groep 3' }).waitFor();
    await carla.getByRole('status', { name: 'Verbinding' }).filter({ hasText: 'Verbonden' }).waitFor();
    await markPage(carla);
    await facilitator.getByLabel('Taal van de workshop').selectOption('en');
    await expect.poll(announced).toBe('Deelnemers zien Stip nu in het Engels.');
    await carla.getByRole('heading', { level: 1, name: 'Group 3' }).waitFor();
    expect(await stillMarked(carla)).toBe(true);
    await carla.getByRole('heading', { name: 'Being open' }).first().waitFor();
    expect(await carla.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await seriousAxeViolations(carla)).toEqual([]);
  });

  it('keeps Dutch for a participant who chose Dutch on their device, also after a reload', async () => {
    bram = (await newPerson(browser)).page;
    await bram.goto(personOf('Bram Jansen').link);
    await bram.getByRole('heading', { level: 1, name: 'De Zwaluwen' }).waitFor();
    await bram.getByRole('button', { name: 'Nederlands' }).waitFor();
    expect(await bram.evaluate(() => document.documentElement.lang)).toBe('en');
    await bram.getByRole('button', { name: 'Nederlands' }).click();
    await bram.getByRole('button', { name: 'English' }).waitFor();
    expect(await bram.evaluate(() => document.documentElement.lang)).toBe('nl');
    await bram.reload();
    await bram.getByRole('heading', { level: 1, name: 'De Zwaluwen' }).waitFor();
    await bram.getByRole('button', { name: 'English' }).waitFor();
    expect(await bram.evaluate(() => document.documentElement.lang)).toBe('nl');
  });

  it('follows later changes in open rooms, except where the person chose a language on this device', async () => {
    const lang = (page: Page) => page.evaluate(() => document.documentElement.lang);
    const setSettings = async (body: object) => {
      const res = await server.api(`/api/workshops/${seeded.workshopId}`, { method: 'PATCH', cookie: seeded.facilitator.cookie, body });
      expect(res.status).toBe(200);
    };
    for (const page of [carla, bram]) await markPage(page);
    await setSettings({ language: 'nl', groupNames: ['', 'De Kraanvogels', 'De Reigers'] });
    await carla.getByRole('heading', { level: 1, name: 'De Reigers' }).waitFor();
    await carla.getByRole('heading', { name: 'Open staan' }).first().waitFor();
    expect(await lang(carla)).toBe('nl');
    await bram.getByRole('heading', { level: 1, name: 'De Kraanvogels' }).waitFor();

    await setSettings({ language: 'en', groupNames: ['', 'De Zwaluwen', 'De Reigers'] });
    await carla.getByRole('heading', { name: 'Being open' }).first().waitFor();
    expect(await lang(carla)).toBe('en');
    await bram.getByRole('heading', { level: 1, name: 'De Zwaluwen' }).waitFor();
    expect(await lang(bram)).toBe('nl');
    for (const page of [carla, bram]) expect(await stillMarked(page)).toBe(true);
  });
});
