// SPDX-License-Identifier: EUPL-1.2
/**
 * Browser: the screens in the room during meeting 1. The cockpit (laptop) says when it has lost
 * its connection instead of claiming nobody is present, and during step 1 shows per group how many
 * people wrote and how many private statements (never the text). The beamer (screen session, at
 * 1920×1080 and 1280×720) shows the step, a large timer and what it shows, has no personal controls,
 * and pages a vision that does not fit, with a visible "Deel 1 van 2". Axe checks every screen.
 * Set SCREENSHOT_DIR to keep screenshots of each screen for a person to look at.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import * as Y from 'yjs';
import type { ScreenLinkAnswer } from '../../shared/apiMeeting.js';
import { draftDocName, groupDocName, visionDocName } from '../../shared/docNames.js';
import { addStatement, horizonOf } from '../../shared/groupDoc.js';
import { visionContentOf } from '../../shared/visionDoc.js';
import { collabClient, type CollabClient, type SeededWorkshop, type TestServer } from '../helpers/stipServer.js';
import { launchBrowser, newPerson, seriousAxeViolations } from './browser.js';
import { startServerWithClient } from './stipInBrowser.js';

let server: TestServer;
let browser: Browser;
let seeded: SeededWorkshop;
let cockpit: Page;
let beamer: Page;
const clients: CollabClient[] = [];

async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  const dir = process.env.SCREENSHOT_DIR;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage });
}

function connect(docName: string, cookie: string): CollabClient {
  const client = collabClient(server.url, docName, cookie);
  clients.push(client);
  return client;
}

function element(type: string, text: string, attrs: Record<string, string> = {}): Y.XmlElement {
  const el = new Y.XmlElement(type);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.insert(0, [new Y.XmlText(text)]);
  return el;
}

const person = (name: string) => seeded.participants.find((p) => p.name === name)!;
const live = (body: object) => server.api(`/api/workshops/${seeded.workshopId}/live`, { method: 'PATCH', cookie: seeded.facilitator.cookie, body });

beforeAll(async () => {
  server = await startServerWithClient();
  browser = await launchBrowser();
  seeded = await server.seedWorkshop({
    gemeente: 'Raadstad',
    participants: [
      { name: 'Anna de Vries', role: 'raadslid', group: 1 },
      { name: 'Bram Jansen', role: 'ambtenaar', group: 1 },
      { name: 'Carla Smit', role: 'collegelid', group: 2 },
      { name: 'Dirk Bos', role: 'directie', group: 3 },
    ],
  });
  cockpit = (await newPerson(browser, { width: 1280, height: 800 })).page;
  await cockpit.goto(seeded.facilitator.link);
  await cockpit.goto(`${new URL(cockpit.url()).origin}/w/${seeded.workshopId}/regie/live`);
  await cockpit.getByRole('status', { name: 'Verbinding' }).filter({ hasText: 'Verbonden' }).waitFor();
});

afterAll(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await browser?.close();
  await server?.close();
});

describe('the cockpit', () => {
  it('shows per group how many people wrote privately in step 1, and how many statements, never the text', async () => {
    await cockpit.getByRole('button', { name: 'Begin met stap 1' }).click();
    const anna = connect(draftDocName(seeded.workshopId, 1, person('Anna de Vries').id), person('Anna de Vries').cookie);
    await anna.synced();
    addStatement(anna.doc, { kind: 'openStaan', text: 'Geheim-cockpit-1', authorKey: person('Anna de Vries').authorKey, authorRole: 'raadslid' });
    addStatement(anna.doc, { kind: 'loslaten', text: 'Geheim-cockpit-2', authorKey: person('Anna de Vries').authorKey, authorRole: 'raadslid' });

    const group1 = cockpit.getByRole('region', { name: 'Groep 1' });
    const drafts = group1.getByRole('group', { name: 'Stap 1: ieder schrijft voor zich' });
    await expect.poll(() => drafts.textContent()).toContain('1 van 2 deelnemers');
    await expect.poll(() => drafts.textContent()).toContain('2 uitspraken');
    await expect.poll(() => cockpit.getByRole('region', { name: 'Groep 2' }).textContent()).toContain('0 van 1 deelnemer');
    expect(await cockpit.locator('main').textContent()).not.toContain('Geheim-cockpit');
    expect(await group1.textContent()).not.toContain('Nog geen activiteit');
    expect(await seriousAxeViolations(cockpit)).toEqual([]);
    await shoot(cockpit, 'cockpit-step1-1280x800', true);
  });

  it('says the connection is lost instead of claiming that nobody is present, and recovers', async () => {
    await cockpit.context().setOffline(true);
    await cockpit.getByRole('heading', { name: 'Geen verbinding met de server' }).waitFor();
    await expect.poll(() => cockpit.locator('main').textContent()).not.toContain('Niemand aanwezig');
    expect(await cockpit.getByText('Wie er is, is nu niet bekend (geen verbinding).').count()).toBe(3);
    expect(await seriousAxeViolations(cockpit)).toEqual([]);
    await shoot(cockpit, 'cockpit-offline-1280x800', true);
    await cockpit.getByRole('status', { name: 'Verbinding' }).filter({ hasText: 'Offline — geen verbinding' }).waitFor();
    await cockpit.context().setOffline(false);
    await cockpit.getByRole('status', { name: 'Verbinding' }).filter({ hasText: 'Verbonden' }).waitFor();
    await expect.poll(() => cockpit.getByRole('heading', { name: 'Geen verbinding met de server' }).count()).toBe(0);
  });

  it('fits a phone without losing the step-1 counts', async () => {
    await cockpit.setViewportSize({ width: 390, height: 844 });
    await cockpit.getByRole('group', { name: 'Stap 1: ieder schrijft voor zich' }).first().scrollIntoViewIfNeeded();
    await shoot(cockpit, 'cockpit-step1-390x844', true);
    await cockpit.setViewportSize({ width: 1280, height: 800 });
  });
});

describe('the beamer', () => {
  it('shows the step, a large timer and what it shows, without personal controls', async () => {
    for (const g of [1, 2, 3]) {
      const group = connect(groupDocName(seeded.workshopId, g), seeded.facilitator.cookie);
      await group.synced();
      horizonOf(group.doc).push([element('paragraph', `Groep ${g} ziet een gemeente die eerst luistert en dan samen met inwoners besluit, zodat iedereen weet waar hij aan toe is.`)]);
    }
    expect((await live({ timer: { action: 'start', durationSeconds: 720 } })).status).toBe(200);
    const link = await server.api<ScreenLinkAnswer>(`/api/workshops/${seeded.workshopId}/screen-link`, { cookie: seeded.facilitator.cookie, body: {} });
    beamer = (await newPerson(browser, { width: 1920, height: 1080 })).page;
    await beamer.goto(link.body.link);
    await beamer.waitForURL(/\/plenair$/);
    await beamer.getByRole('heading', { level: 1, name: 'De drie stippen op de horizon' }).waitFor();
    await beamer.getByText('Horizons van de drie groepen').waitFor();
    await beamer.getByText('Stap 1: schrijf je eigen uitspraken').waitFor();
    await beamer.getByRole('timer', { name: 'Resterende tijd' }).waitFor();
    await expect.poll(() => beamer.locator('main').textContent()).toContain('Groep 3 ziet een gemeente');
    expect(await beamer.getByRole('button', { name: /English|Uitloggen/ }).count()).toBe(0);
    expect(await beamer.getByRole('link', { name: /English|Uitloggen/ }).count()).toBe(0);
    const digits = await beamer.getByRole('timer').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(digits).toBeGreaterThanOrEqual(72);
    expect(await seriousAxeViolations(beamer)).toEqual([]);
    await shoot(beamer, 'beamer-horizons-1920x1080');

    // The screen's own sign-off is out of sight until reached with the keyboard, and asks first.
    const signOff = beamer.getByRole('button', { name: 'Dit scherm afmelden' });
    const signOffBox = beamer.locator('.room-screen__signoff');
    expect((await signOffBox.boundingBox())!.width).toBeLessThan(2);
    await signOff.focus();
    expect((await signOffBox.boundingBox())!.width).toBeGreaterThan(40);
    await signOff.press('Enter');
    await beamer.getByText(/^Dit scherm afmelden\? Het grote scherm toont daarna niets meer/).waitFor();
    expect(await seriousAxeViolations(beamer)).toEqual([]);
    await shoot(beamer, 'beamer-signoff-question-1920x1080');
    await beamer.getByRole('button', { name: 'Nee, blijf tonen' }).click();
    await expect.poll(() => signOff.evaluate((el) => el === document.activeElement)).toBe(true);
    await beamer.locator('body').click({ position: { x: 5, y: 5 } });
    await beamer.setViewportSize({ width: 1280, height: 720 });
    await shoot(beamer, 'beamer-horizons-1280x720');
    await beamer.setViewportSize({ width: 1920, height: 1080 });
  });

  it('pages a vision that does not fit, labels it as a draft, then as version 1 once frozen', async () => {
    const vision = connect(visionDocName(seeded.workshopId), seeded.facilitator.cookie);
    await vision.synced();
    const sections = ['Open staan', 'Loslaten', 'Cultuurverandering'];
    visionContentOf(vision.doc).push(sections.flatMap((title, s) => [
      element('heading', title, { level: '2' }),
      ...Array.from({ length: 5 }, (_, i) => element('paragraph', `Zin ${s + 1}.${i + 1}: wij nemen inwoners serieus, luisteren eerst, leggen uit wat we met hun inbreng doen en komen daar later op terug.`)),
    ]));
    expect((await live({ plenaryView: 'vision' })).status).toBe(200);
    await beamer.getByRole('heading', { level: 1, name: 'De visie van Raadstad' }).waitFor();
    await beamer.getByText('Visie — concept').waitFor();
    await expect.poll(() => beamer.locator('main').textContent()).toContain('Zin 3.5');
    await beamer.getByText(/^Deel 1 van \d$/).waitFor();
    expect(await seriousAxeViolations(beamer)).toEqual([]);
    await shoot(beamer, 'beamer-vision-1920x1080');
    await beamer.getByRole('button', { name: 'Volgend deel van de visie' }).click();
    await beamer.getByText(/^Deel 2 van \d$/).waitFor();
    await shoot(beamer, 'beamer-vision-page2-1920x1080');
    await beamer.setViewportSize({ width: 1280, height: 720 });
    await shoot(beamer, 'beamer-vision-1280x720');
    await beamer.setViewportSize({ width: 1920, height: 1080 });

    const frozen = await server.api(`/api/workshops/${seeded.workshopId}/versions`, { cookie: seeded.facilitator.cookie, body: { label: 'na bijeenkomst 1' } });
    expect(frozen.status).toBe(201);
    await beamer.reload();
    await beamer.getByText('Visie, versie 1 (na bijeenkomst 1)').waitFor();
    await shoot(beamer, 'beamer-version1-1920x1080');
  });
});
