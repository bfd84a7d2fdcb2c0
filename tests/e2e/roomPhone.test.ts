// SPDX-License-Identifier: EUPL-1.2
/**
 * Browser: the group room on a phone (390×844) beside a laptop (1280×800). Before step 1 the room
 * says what will happen and keeps new statements private; the header is compact and the parts menu
 * shows every name whole; a step change, a message and the lock reach the phone while it is
 * scrolled down, in a bar that stays in view (the lock explained beside the closed form), and so
 * does a lost connection; logging
 * out sits in the "Meer" menu and asks first, saying what it deletes. Axe on every state.
 * With STIP_SHOTS=<folder> it also saves screenshots of each state.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, newPerson, seriousAxeViolations } from './browser.js';
import { startServerWithClient } from './stipInBrowser.js';
import type { SeededWorkshop, TestServer } from '../helpers/stipServer.js';

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };

let server: TestServer;
let browser: Browser;
let seeded: SeededWorkshop;
let anna: Page;
let bram: Page;

async function openRoom(page: Page, link: string) {
  await page.goto(link);
  await page.waitForURL(/\/groep\/1$/);
  await page.getByRole('status', { name: 'Verbinding' }).filter({ hasText: 'Verbonden' }).waitFor();
}

/** The facilitator changes the live state, as the cockpit does. */
async function facilitatorSets(body: Record<string, unknown>) {
  const res = await server.api(`/api/workshops/${seeded.workshopId}/live`, { method: 'PATCH', cookie: seeded.facilitator.cookie, body });
  expect(res.status).toBe(200);
}

/** Whether the element lies wholly inside the page's viewport now. */
async function inView(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const size = page.viewportSize();
  if (!box || !size) return false;
  return box.y >= 0 && box.y + box.height <= size.height && box.x >= 0 && box.x + box.width <= size.width;
}

async function shot(page: Page, name: string) {
  if (process.env.STIP_SHOTS) await page.screenshot({ path: path.join(process.env.STIP_SHOTS, `${name}.png`) });
}

const noticeBar = (page: Page) => page.getByRole('region', { name: 'Meldingen van de procesbegeleider' });

async function scrollToHorizon(page: Page) {
  await page.getByRole('textbox', { name: 'Tekst van de stip op de horizon' }).scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
}

beforeAll(async () => {
  server = await startServerWithClient();
  browser = await launchBrowser();
  seeded = await server.seedWorkshop({
    gemeente: 'Middelstad',
    participants: [
      { name: 'Anna de Vries', role: 'raadslid', group: 1 },
      { name: 'Bram Jansen', role: 'ambtenaar', group: 1 },
    ],
  });
  anna = (await newPerson(browser, LAPTOP)).page;
  bram = (await newPerson(browser, PHONE)).page;
  await openRoom(anna, seeded.participants[0].link);
  await openRoom(bram, seeded.participants[1].link);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the group room on a phone', () => {
  it('says what will happen before step 1 and keeps what is written then private', async () => {
    await bram.getByRole('heading', { name: 'De bijeenkomst begint zo' }).waitFor();
    const field = bram.getByLabel('Nieuwe uitspraak over open staan');
    expect(await field.getAttribute('aria-describedby')).toBeTruthy();
    await expect.poll(() => bram.getByRole('region', { name: 'Open staan' }).getByText(/Alleen jij ziet wat je nu schrijft/).count()).toBe(1);
    await field.fill('Eerst luisteren, dan pas plannen.');
    await bram.getByRole('region', { name: 'Open staan' }).getByRole('button', { name: 'Toevoegen' }).click();
    await expect.poll(() => bram.getByRole('textbox', { name: 'Jouw uitspraak 1' }).inputValue()).toBe('Eerst luisteren, dan pas plannen.');
    expect(await anna.getByRole('region', { name: 'Open staan' }).getByText('Er zijn nog geen uitspraken.').count()).toBe(1);
    expect(await anna.content()).not.toContain('Eerst luisteren');
    await shot(bram, 'phone-before-start');
    await shot(anna, 'laptop-before-start');
    expect(await seriousAxeViolations(bram)).toEqual([]);
    expect(await seriousAxeViolations(anna)).toEqual([]);
  });

  it('keeps the header compact and shows every part of the menu whole', async () => {
    await bram.evaluate(() => window.scrollTo(0, 0));
    const titleBottom = await bram.getByRole('heading', { level: 1 }).evaluate((h) => h.getBoundingClientRect().bottom);
    expect(titleBottom).toBeLessThan(PHONE.height * 0.2);
    await shot(bram, 'phone-top');
    const nav = bram.getByRole('navigation', { name: 'Onderdelen' });
    for (const part of ['Open staan', 'Loslaten', 'Cultuurverandering', 'Stip op de horizon']) {
      const link = nav.getByRole('link', { name: part });
      expect(await inView(bram, link)).toBe(true);
      expect(await link.evaluate((a) => a.scrollWidth <= a.clientWidth + 1)).toBe(true);
    }
    // The bar scrolls away with the page on a phone, so it never covers the text.
    await scrollToHorizon(bram);
    expect(await inView(bram, nav)).toBe(false);
    await anna.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await shot(anna, 'laptop-scrolled');
  });

  it('brings a step change to the phone while it is scrolled down, read out politely', async () => {
    await scrollToHorizon(bram);
    await facilitatorSets({ step: 'write', timer: { action: 'start', durationSeconds: 300 } });
    const notice = noticeBar(bram).getByRole('status').getByText(/Nieuwe stap:.*Stap 1: schrijf je eigen uitspraken/);
    await notice.waitFor();
    expect(await inView(bram, notice)).toBe(true);
    await expect.poll(() => inView(bram, bram.getByRole('timer', { name: 'Resterende tijd' }))).toBe(true);
    await shot(bram, 'phone-step-scrolled');
    await shot(anna, 'laptop-step');
    expect(await seriousAxeViolations(bram)).toEqual([]);
    await noticeBar(bram).getByRole('button', { name: 'Melding sluiten: Nieuwe stap' }).click();
    await expect.poll(() => notice.count()).toBe(0);
  });

  it('brings a message to the phone while it is scrolled down, until it is closed', async () => {
    await scrollToHorizon(bram);
    await facilitatorSets({ message: 'Nog vijf minuten, rond je zin af.' });
    const notice = noticeBar(bram).getByRole('status').getByText('Nog vijf minuten, rond je zin af.');
    await notice.waitFor();
    expect(await inView(bram, notice)).toBe(true);
    await shot(bram, 'phone-message-scrolled');
    expect(await seriousAxeViolations(bram)).toEqual([]);
    await noticeBar(bram).getByRole('button', { name: 'Melding sluiten: Bericht van de procesbegeleider' }).click();
    await expect.poll(() => notice.count()).toBe(0);
  });

  it('says that the group is locked, where the phone is and beside every closed form', async () => {
    await scrollToHorizon(bram);
    await facilitatorSets({ lock: { group: 1, locked: true } });
    const notice = noticeBar(bram).locator('[aria-live="assertive"]').getByText(/Op slot:.*op slot gezet/);
    await notice.waitFor();
    expect(await inView(bram, notice)).toBe(true);
    const field = bram.getByLabel('Nieuwe uitspraak over open staan');
    await expect.poll(() => field.isDisabled()).toBe(true);
    const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
    const reasons = await Promise.all(describedBy.split(' ').map((id) => bram.locator(`[id="${id}"]`).textContent()));
    expect(reasons.join(' ')).toContain('de procesbegeleider heeft je groep op slot gezet');
    expect(await bram.getByRole('region', { name: 'Stip op de horizon' }).getByText(/op slot gezet/).count()).toBe(1);
    await shot(bram, 'phone-locked-scrolled');
    await shot(anna, 'laptop-locked');
    expect(await seriousAxeViolations(bram)).toEqual([]);
    expect(await seriousAxeViolations(anna)).toEqual([]);
    await facilitatorSets({ lock: { group: 1, locked: false } });
    await noticeBar(bram).getByText('Je groep is weer van slot. Je kunt verder.').waitFor();
    await expect.poll(() => field.isDisabled()).toBe(false);
  });

  it('tells the phone, where it is, that the connection is gone and changes are kept', async () => {
    await scrollToHorizon(bram);
    await bram.context().setOffline(true);
    const trouble = noticeBar(bram).getByText('Offline — je wijzigingen worden bewaard');
    await trouble.waitFor();
    expect(await inView(bram, trouble)).toBe(true);
    await shot(bram, 'phone-offline-scrolled');
    await bram.context().setOffline(false);
    await bram.getByRole('status', { name: 'Verbinding' }).filter({ hasText: 'Verbonden' }).waitFor();
    await expect.poll(() => trouble.count()).toBe(0);
  });

  it('keeps logging out in the "Meer" menu and asks first, saying what it deletes', async () => {
    await bram.evaluate(() => window.scrollTo(0, 0));
    expect(await bram.getByRole('button', { name: 'Uitloggen op dit apparaat' }).count()).toBe(0);
    const more = bram.getByRole('button', { name: 'Meer' });
    await more.click();
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    await bram.getByRole('button', { name: 'Uitloggen op dit apparaat' }).click();
    const question = bram.getByRole('group', { name: /Uitloggen op dit apparaat\?.*worden gewist/ });
    await question.waitFor();
    await shot(bram, 'phone-logout-question');
    expect(await seriousAxeViolations(bram)).toEqual([]);
    await question.getByRole('button', { name: 'Annuleren' }).click();
    await bram.keyboard.press('Escape');
    await expect.poll(() => more.getAttribute('aria-expanded')).toBe('false');
    expect(await bram.evaluate(() => document.activeElement?.textContent)).toContain('Meer');
    await more.click();
    await bram.locator('.meeting-banner .meeting-step__help').click();
    await expect.poll(() => more.getAttribute('aria-expanded')).toBe('false');

    await anna.getByRole('button', { name: 'Meer' }).click();
    await anna.getByRole('button', { name: 'Uitloggen op dit apparaat' }).click();
    await anna.getByRole('button', { name: 'Ja, uitloggen en wissen' }).click();
    await anna.waitForURL((url) => url.pathname === '/');
  });
});
