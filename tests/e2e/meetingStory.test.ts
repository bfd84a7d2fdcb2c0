// SPDX-License-Identifier: EUPL-1.2
/**
 * Browser: meeting 1 as one story in a real council room (issue 10). A facilitator (laptop: board,
 * cockpit, merge view), three participants of group 1 (Anna and Carla on laptops, Bram on a
 * 390×844 phone) and the beamer (screen link, 1920×1080) walk the route: the board tells the truth
 * about the mix and asks before dealing everyone again once meeting 1 runs; step 1 is private and
 * the cockpit counts it; the beamer shows the step and a large timer; after the reveal a change to
 * someone else's statement shows the role of who changed it; the facilitator lets people change
 * only their own statements and the room says why; a message and the lock reach the phone where it
 * is; a statement taken up twice is not added twice; version labels follow the phase; the log
 * names the facilitator and lists the reveal once. Axe (no
 * serious or critical violations) on every screen it visits; screenshots in /tmp/shots-m1.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import type { WorkshopDetail } from '../../shared/api.js';
import type { ScreenLinkAnswer } from '../../shared/apiMeeting.js';
import type { SeededWorkshop, TestServer } from '../helpers/stipServer.js';
import { launchBrowser, newPerson, seriousAxeViolations } from './browser.js';
import { startServerWithClient } from './stipInBrowser.js';

const SHOTS = '/tmp/shots-m1';
const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };
const BEAMER = { width: 1920, height: 1080 };
const ANNA_TEXT = 'Wij vragen inwoners eerst wat zij belangrijk vinden.';
const BRAM_TEXT = 'Ambtenaren gaan vaker de wijk in.';
const MESSAGE = 'Nog vijf minuten, rond je zin af.';

let server: TestServer;
let browser: Browser;
let seeded: SeededWorkshop;
let origin: string;
let board: Page;
let cockpit: Page;
let merge: Page;
let anna: Page;
let bram: Page;
let carla: Page;
let beamer: Page;

const person = (name: string) => seeded.participants.find((p) => p.name === name)!;

async function openRoom(page: Page, name: string) {
  await page.goto(person(name).link);
  await page.waitForURL(/\/groep\/1$/);
  await page.getByRole('status', { name: 'Verbinding' }).filter({ hasText: 'Verbonden' }).waitFor();
}

/** Whether the element lies wholly inside the page's viewport now. */
async function inView(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const size = page.viewportSize();
  if (!box || !size) return false;
  return box.y >= 0 && box.y + box.height <= size.height && box.x >= 0 && box.x + box.width <= size.width;
}

async function scrollToBottom(page: Page) {
  await page.getByRole('textbox', { name: 'Tekst van de stip op de horizon' }).scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
}

/** Axe finds nothing serious or critical on the page. */
async function accessible(page: Page) {
  expect(await seriousAxeViolations(page)).toEqual([]);
}

/** Screenshots of a part of a page at the phone, laptop and beamer sizes; the page returns to `back`. */
async function shootSizes(page: Page, name: string, target: () => Locator, back: { width: number; height: number }) {
  for (const [label, size] of [['390x844', PHONE], ['1280x800', LAPTOP], ['1920x1080', BEAMER]] as const) {
    await page.setViewportSize(size);
    await target().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/${name}-${label}.png` });
  }
  await page.setViewportSize(back);
}

const noticeBar = (page: Page) => page.getByRole('region', { name: 'Meldingen van de procesbegeleider' });
const openStaan = (page: Page) => page.getByRole('region', { name: 'Open staan' });
const groupOf = async (name: string) => {
  const detail = await server.api<WorkshopDetail>(`/api/workshops/${seeded.workshopId}`, { cookie: seeded.facilitator.cookie });
  return detail.body.participants.find((p) => p.name === name)!.group;
};

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  server = await startServerWithClient();
  browser = await launchBrowser();
  // Lopsided on purpose: three in group 1, one raadslid in each of the others.
  seeded = await server.seedWorkshop({
    gemeente: 'Verhaaldorp',
    participants: [
      { name: 'Anna de Vries', role: 'raadslid', group: 1 },
      { name: 'Bram Jansen', role: 'ambtenaar', group: 1 },
      { name: 'Carla Smit', role: 'collegelid', group: 1 },
      { name: 'Dirk Bos', role: 'raadslid', group: 2 },
      { name: 'Els Visser', role: 'raadslid', group: 3 },
    ],
  });
  const facilitator = await newPerson(browser, LAPTOP);
  board = facilitator.page;
  await board.goto(seeded.facilitator.link);
  await board.waitForURL(/\/regie$/);
  origin = new URL(board.url()).origin;
  cockpit = await facilitator.context.newPage();
  merge = await facilitator.context.newPage();
  for (const page of [cockpit, merge]) await page.setViewportSize(LAPTOP);
  anna = (await newPerson(browser, LAPTOP)).page;
  bram = (await newPerson(browser, PHONE)).page;
  carla = (await newPerson(browser, LAPTOP)).page;
  await openRoom(anna, 'Anna de Vries');
  await openRoom(bram, 'Bram Jansen');
  await openRoom(carla, 'Carla Smit');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('meeting 1 in a real room, as one story', () => {
  it('the board tells the truth about the mix, and once meeting 1 runs asks before dealing everyone again', async () => {
    const table = board.getByRole('table', { name: 'Aantal mensen per rol in elke groep' });
    await table.waitFor();
    await board.locator('#groepen').getByText('Let op: de groepen zijn niet goed gemengd').waitFor();
    expect(await board.locator('#groepen').textContent()).not.toContain('goede mix');
    await accessible(board);

    await cockpit.goto(`${origin}/w/${seeded.workshopId}/regie/live`);
    await cockpit.getByRole('status', { name: 'Verbinding' }).filter({ hasText: 'Verbonden' }).waitFor();
    await accessible(cockpit);
    await cockpit.getByRole('button', { name: 'Begin met stap 1' }).click();
    await bram.getByText('Stap 1: schrijf je eigen uitspraken').first().waitFor();

    await board.getByRole('button', { name: 'Opnieuw verdelen' }).click();
    const question = board.getByRole('group', { name: 'Bijeenkomst 1 is al begonnen' });
    await question.waitFor();
    const said = await question.textContent();
    expect(said).toContain('Wat ze al schreven, blijft bij hun oude groep.');
    expect(said).toContain('Alleen mensen zonder groep indelen is niet nodig');
    await accessible(board);
    await question.getByRole('button', { name: 'Annuleren' }).click();
    expect(await groupOf('Bram Jansen')).toBe(1);
  });

  it('step 1 is private: the cockpit counts per group, never the text, and the beamer shows the step and a large timer', async () => {
    for (const [page, text] of [[anna, ANNA_TEXT], [bram, BRAM_TEXT]] as const) {
      await page.getByLabel('Nieuwe uitspraak over open staan').fill(text);
      await openStaan(page).getByRole('button', { name: 'Toevoegen' }).click();
      await expect.poll(() => page.getByRole('textbox', { name: 'Jouw uitspraak 1' }).inputValue()).toBe(text);
    }
    await accessible(bram);
    const drafts = cockpit.getByRole('region', { name: 'Groep 1' }).getByRole('group', { name: 'Stap 1: ieder schrijft voor zich' });
    await expect.poll(() => drafts.textContent()).toContain('2 van 3 deelnemers');
    await expect.poll(() => drafts.textContent()).toContain('2 uitspraken');
    expect(await cockpit.locator('main').textContent()).not.toContain(BRAM_TEXT);
    expect(await carla.locator('main').textContent()).not.toContain(BRAM_TEXT);
    await cockpit.getByLabel('Aantal minuten').fill('10');
    await cockpit.getByRole('button', { name: 'Start timer' }).click();
    await accessible(cockpit);

    const link = await server.api<ScreenLinkAnswer>(`/api/workshops/${seeded.workshopId}/screen-link`, { cookie: seeded.facilitator.cookie, body: {} });
    beamer = (await newPerson(browser, BEAMER)).page;
    await beamer.goto(link.body.link);
    await beamer.waitForURL(/\/plenair$/);
    await beamer.getByText('Stap 1: schrijf je eigen uitspraken').first().waitFor();
    const timer = beamer.getByRole('timer', { name: 'Resterende tijd' });
    await timer.waitFor();
    expect(await inView(beamer, timer)).toBe(true);
    expect(await timer.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(72);
    expect(await beamer.getByRole('button', { name: /English|Uitloggen/ }).count()).toBe(0);
    await accessible(beamer);
    await beamer.screenshot({ path: `${SHOTS}/beamer-step1-1920x1080.png` });
  });

  it('after the reveal, a change to someone else\'s statement shows the role of who changed it', async () => {
    await cockpit.getByRole('button', { name: 'Volgende stap' }).click();
    const bramsOnAnna = openStaan(anna).getByRole('textbox', { name: 'Uitspraak 2' });
    await expect.poll(() => bramsOnAnna.inputValue()).toBe(BRAM_TEXT);
    await bramsOnAnna.click();
    await bramsOnAnna.press('End');
    await bramsOnAnna.pressSequentially(' Samen met de buurt.');
    const bramsOwn = openStaan(bram).getByRole('listitem').filter({ has: bram.getByRole('textbox', { name: 'Uitspraak 2' }) });
    await expect.poll(() => bramsOwn.getByRole('textbox').inputValue()).toBe(`${BRAM_TEXT} Samen met de buurt.`);
    await bramsOwn.getByText('Aangepast door: Raadslid').waitFor();
    await openStaan(anna).getByText('Aangepast door: Raadslid (jij)').waitFor();
    // Roles only in this workshop: no names of who changed it.
    expect(await bramsOwn.textContent()).not.toContain('Anna');
    await accessible(bram);
    await accessible(anna);
  });

  it('once the workshop shows names, the name of who changed it comes with the role', async () => {
    const bramsOwn = openStaan(bram).getByRole('listitem').filter({ has: bram.getByRole('textbox', { name: 'Uitspraak 2' }) });
    await shootSizes(bram, 'statement-edited-by', () => bramsOwn, PHONE);
    const names = await server.api(`/api/workshops/${seeded.workshopId}`, { method: 'PATCH', cookie: seeded.facilitator.cookie, body: { showNames: true } });
    expect(names.status).toBe(200);
    await bramsOwn.getByText('Aangepast door: Raadslid · Anna de Vries').waitFor();
  });

  // The members' group sockets close with permission-changed and the room reopens in place, whole
  // (tests/e2e/editSettingReopen.test.ts); the server's enforcement is in tests/integration/documentRules.test.ts.
  it('the facilitator lets people change only their own statements; the room says why, and own statements stay open', async () => {
    const setting = cockpit.getByRole('checkbox', { name: 'Alleen eigen uitspraken aanpassen' });
    expect(await setting.isChecked()).toBe(false);
    await setting.check();
    await expect.poll(() => setting.isChecked()).toBe(true);
    await accessible(cockpit);

    const bramsOnAnna = openStaan(anna).getByRole('textbox', { name: 'Uitspraak 2' });
    await expect.poll(() => bramsOnAnna.getAttribute('readonly')).not.toBeNull();
    const describedBy = (await bramsOnAnna.getAttribute('aria-describedby')) ?? '';
    const reasons = await Promise.all(describedBy.split(' ').map((id) => anna.locator(`[id="${id}"]`).textContent()));
    expect(reasons.join(' ')).toContain('Alleen de schrijver en de procesbegeleider kunnen deze uitspraak aanpassen');
    // Her own statement stays hers to change, and the change reaches the group.
    const annasOwn = openStaan(anna).getByRole('textbox', { name: 'Uitspraak 1' });
    expect(await annasOwn.getAttribute('readonly')).toBeNull();
    await annasOwn.click();
    await annasOwn.press('End');
    await annasOwn.pressSequentially(' En we doen er iets mee.');
    await expect.poll(() => openStaan(carla).getByRole('textbox', { name: 'Uitspraak 1' }).inputValue()).toBe(`${ANNA_TEXT} En we doen er iets mee.`);
    expect(await openStaan(carla).getByRole('textbox', { name: 'Uitspraak 2' }).getAttribute('readonly')).not.toBeNull();
    await accessible(anna);
  });

  it('the setting and the closed statement read well on a phone, a laptop and a beamer', async () => {
    await shootSizes(cockpit, 'cockpit-edit-setting', () => cockpit.getByRole('region', { name: 'Uitspraken aanpassen' }), LAPTOP);
    await shootSizes(anna, 'statement-own-only', () => openStaan(anna).getByRole('listitem').nth(1), LAPTOP);
  });

  it('a message and the lock reach the phone where it is, and the lock is explained', async () => {
    await scrollToBottom(bram);
    await cockpit.getByLabel('Bericht', { exact: true }).fill(MESSAGE);
    await cockpit.getByRole('button', { name: 'Verstuur bericht' }).click();
    const message = noticeBar(bram).getByRole('status').getByText(MESSAGE);
    await message.waitFor();
    expect(await inView(bram, message)).toBe(true);
    await accessible(bram);
    await bram.screenshot({ path: `${SHOTS}/phone-message-scrolled.png` });

    await scrollToBottom(bram);
    await cockpit.getByRole('button', { name: 'Zet Groep 1 op slot' }).click();
    const lock = noticeBar(bram).locator('[aria-live="assertive"]').getByText(/Op slot:.*op slot gezet/);
    await lock.waitFor();
    expect(await inView(bram, lock)).toBe(true);
    const field = bram.getByLabel('Nieuwe uitspraak over open staan');
    await expect.poll(() => field.isDisabled()).toBe(true);
    const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
    const reasons = await Promise.all(describedBy.split(' ').map((id) => bram.locator(`[id="${id}"]`).textContent()));
    expect(reasons.join(' ')).toContain('de procesbegeleider heeft je groep op slot gezet');
    await accessible(bram);
    await bram.screenshot({ path: `${SHOTS}/phone-locked-scrolled.png` });
    await cockpit.getByRole('button', { name: 'Haal Groep 1 van slot' }).click();
    await expect.poll(() => field.isDisabled()).toBe(false);
  });

  it('a statement taken up twice is not added twice, and version labels follow the phase, on the beamer too', async () => {
    await merge.goto(`${origin}/w/${seeded.workshopId}/regie/samenvoegen`);
    const vision = merge.getByRole('textbox', { name: 'Tekst van de visie' });
    await vision.waitFor();
    const insert = merge.getByRole('button', { name: `Neem op in visie: ${ANNA_TEXT.slice(0, 40)}`, exact: false }).first();
    await insert.click();
    await expect.poll(() => vision.textContent()).toContain(ANNA_TEXT);
    await insert.click();
    const dialog = merge.getByRole('dialog', { name: 'Staat al in de visie' });
    await dialog.waitFor();
    await accessible(merge);
    await dialog.getByRole('button', { name: 'Ga naar de passage' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await vision.textContent())!.split(ANNA_TEXT).length - 1).toBe(1);

    await merge.getByRole('button', { name: 'Vastleggen als versie 1 (na bijeenkomst 1)' }).click();
    await merge.getByRole('link', { name: 'Versie 1: na bijeenkomst 1' }).waitFor();
    await merge.getByRole('button', { name: 'Vastleggen als versie 2 (na consultatie)' }).waitFor();
    await accessible(merge);

    await cockpit.getByRole('radio', { name: 'De visie' }).check();
    await beamer.reload();
    await beamer.getByText('Visie, versie 1 (na bijeenkomst 1)').waitFor();
    await accessible(beamer);
    await beamer.screenshot({ path: `${SHOTS}/beamer-version1-1920x1080.png` });

    await merge.getByRole('link', { name: 'Versie 1: na bijeenkomst 1' }).click();
    await merge.getByText(/^na bijeenkomst 1, vastgelegd op/).waitFor();
    await accessible(merge);
  });

  it('the log names the facilitator, lists the reveal once and records the edit setting', async () => {
    // The own-statements step above switches the setting on; this step checks it still is, so it stands on its own.
    const setting = cockpit.getByRole('checkbox', { name: 'Alleen eigen uitspraken aanpassen' });
    if (!(await setting.isChecked())) await setting.check();
    await expect.poll(() => setting.isChecked()).toBe(true);
    await board.goto(`${origin}/w/${seeded.workshopId}/regie/privacy`);
    const rows = board.getByRole('table').getByRole('row');
    await rows.filter({ hasText: 'Deelnemers passen nu alleen hun eigen uitspraken aan.' }).waitFor();
    expect(await rows.filter({ hasText: 'eigen uitspraken gedeeld met alle groepen' }).count()).toBe(1);
    expect(await rows.filter({ hasText: 'Beheerder' }).count()).toBe(0);
    await accessible(board);
  });
});
