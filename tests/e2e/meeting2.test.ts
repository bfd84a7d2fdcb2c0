// SPDX-License-Identifier: EUPL-1.2
/**
 * Browser: meeting 2 by role. The facilitator prepares it (date, groups formed by role, a move by
 * keyboard, a case) and starts it from the cockpit; three participants open their usual join links,
 * land in their role group's room and write ambitions and expectations at the same time; the
 * plenary screen (beamer, 1920×1080 and 1280×720) shows the expectations matrix live, one cell full
 * screen, a case and the closing. Axe checks every new screen. Set SCREENSHOT_DIR to keep screenshots.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { ScreenLinkAnswer } from '../../shared/apiMeeting.js';
import type { SeededWorkshop, TestServer } from '../helpers/stipServer.js';
import { launchBrowser, newPerson, seriousAxeViolations } from './browser.js';
import { startServerWithClient } from './stipInBrowser.js';

let server: TestServer;
let browser: Browser;
let seeded: SeededWorkshop;
let facilitator: Page;
let beamer: Page;

async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  const dir = process.env.SCREENSHOT_DIR;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage });
}

const person = (name: string) => seeded.participants.find((p) => p.name === name)!;
const origin = () => new URL(facilitator.url()).origin;

beforeAll(async () => {
  server = await startServerWithClient();
  browser = await launchBrowser();
  seeded = await server.seedWorkshop({
    gemeente: 'Rolstad',
    participants: [
      { name: 'Rita Raad', role: 'raadslid', group: 1 },
      { name: 'Roel Raad', role: 'raadslid', group: 2 },
      { name: 'Gerda Griffier', role: 'griffier', group: 3 },
      { name: 'Carl College', role: 'collegelid', group: 1 },
      { name: 'Dina Directie', role: 'directie', group: 2 },
      { name: 'Anna Ambtenaar', role: 'ambtenaar', group: 3 },
      { name: 'Ben Ambtenaar', role: 'ambtenaar', group: 1 },
    ],
  });
  facilitator = (await newPerson(browser, { width: 1280, height: 800 })).page;
  await facilitator.goto(seeded.facilitator.link);
  await facilitator.waitForURL(/\/regie$/);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('preparing meeting 2', () => {
  it('creates meeting 2 before version 2 exists (with a warning), forms the groups by role, moves a person by keyboard and adds a case', async () => {
    await facilitator.goto(`${origin()}/w/${seeded.workshopId}/regie/bijeenkomst2`);
    await facilitator.getByRole('heading', { level: 1, name: 'Bijeenkomst 2 voorbereiden' }).waitFor();
    await facilitator.getByText('Er is nog geen versie 2 van de visie').waitFor();
    await facilitator.getByLabel('Datum van bijeenkomst 2').fill('2026-05-12');
    await facilitator.getByRole('button', { name: 'Bijeenkomst 2 aanmaken en groepen maken' }).click();
    const raad = facilitator.getByRole('region', { name: 'Raadsleden' });
    await expect.poll(() => raad.textContent()).toContain('Gerda Griffier');
    expect(await raad.textContent()).toContain('3 personen');
    expect(await facilitator.getByRole('region', { name: 'College en directie' }).textContent()).toContain('Dina Directie');

    // Ben moves to college en directie with the keyboard: the choice on his card, then "Verplaats".
    const ambtenaren = facilitator.getByRole('region', { name: 'Ambtenaren' });
    await ambtenaren.getByLabel('Verplaats naar groep: Ben Ambtenaar').selectOption('college');
    await ambtenaren.getByRole('button', { name: 'Verplaats Ben Ambtenaar' }).press('Enter');
    await expect.poll(() => facilitator.getByRole('region', { name: 'College en directie' }).textContent()).toContain('Ben Ambtenaar');

    await facilitator.getByLabel('Titel van de casus').fill('Het speeltuintje');
    await facilitator.getByLabel('Korte tekst (niet verplicht)').fill('Een buurt wil meepraten over een nieuwe speeltuin, maar het budget ligt al vast.');
    await facilitator.getByRole('button', { name: 'Casus toevoegen' }).click();
    await facilitator.getByRole('heading', { name: '1. Het speeltuintje' }).waitFor();
    expect(await seriousAxeViolations(facilitator)).toEqual([]);
    await shoot(facilitator, 'm2-setup-1280x800', true);
    await facilitator.setViewportSize({ width: 390, height: 844 });
    expect(await seriousAxeViolations(facilitator)).toEqual([]);
    await shoot(facilitator, 'm2-setup-390x844', true);
    await facilitator.setViewportSize({ width: 1280, height: 800 });
  });

  it('refuses a case without a title with a Dutch message, and adds nothing', async () => {
    await facilitator.getByRole('button', { name: 'Casus toevoegen' }).click();
    await facilitator.getByText('Vul een titel in.').waitFor();
    expect(await facilitator.getByRole('heading', { name: /^2\. / }).count()).toBe(0);
  });
});

describe('meeting 2 in the room', () => {
  const writers = [
    { name: 'Rita Raad', group: 'raad', title: 'Raadsleden', ambition: 'Wij vragen eerst door voordat we oordelen', others: ['het college en de directie', 'de ambtenaren'], viewport: { width: 390, height: 844 } },
    { name: 'Carl College', group: 'college', title: 'College en directie', ambition: 'Wij geven ruimte en houden ons aan kaders', others: ['de raadsleden', 'de ambtenaren'], viewport: { width: 1280, height: 800 } },
    { name: 'Anna Ambtenaar', group: 'ambtenaren', title: 'Ambtenaren', ambition: 'Wij zoeken inwoners vroeg op', others: ['de raadsleden', 'het college en de directie'], viewport: { width: 1280, height: 800 } },
  ] as const;
  const pages: Page[] = [];

  it('starts from the cockpit; existing join links lead each person to their role group', async () => {
    await facilitator.goto(`${origin()}/w/${seeded.workshopId}/regie/live`);
    await facilitator.getByRole('button', { name: 'Start bijeenkomst 2 voor iedereen' }).click();
    await facilitator.getByRole('button', { name: 'Terug naar bijeenkomst 1' }).waitFor();
    expect(await seriousAxeViolations(facilitator)).toEqual([]);
    for (const w of writers) {
      const page = (await newPerson(browser, w.viewport)).page;
      pages.push(page);
      await page.goto(person(w.name).link);
      await page.waitForURL(new RegExp(`/w/${seeded.workshopId}/rol/${w.group}$`));
      await page.getByRole('heading', { level: 1, name: w.title }).waitFor();
      await page.getByRole('status', { name: 'Verbinding' }).filter({ hasText: 'Verbonden' }).waitFor();
    }
  });

  it('three role groups write ambitions and expectations at the same time', async () => {
    await Promise.all(writers.map(async (w, i) => {
      const page = pages[i];
      await page.getByLabel('Nieuwe ambitie').fill(w.ambition);
      await page.getByRole('region', { name: 'Onze ambities' }).getByRole('button', { name: 'Toevoegen' }).click();
      for (const other of w.others) {
        await page.getByLabel(`Nieuwe verwachting van ${other}`).fill(`${w.title} verwacht van ${other}: open en op tijd`);
        await page.getByRole('region', { name: `Wat we verwachten van ${other}` }).getByRole('button', { name: 'Toevoegen' }).click();
      }
      await expect.poll(() => page.getByRole('region', { name: 'Onze ambities' }).getByRole('textbox', { name: /Uitspraak 1/ }).inputValue()).toBe(w.ambition);
    }));
    for (const [i, w] of writers.entries()) {
      expect(await seriousAxeViolations(pages[i])).toEqual([]);
      await shoot(pages[i], `m2-room-${w.group}-${w.viewport.width}x${w.viewport.height}`, true);
    }
  });

  it('shows the matrix on the plenary screen, live, and one cell full screen', async () => {
    const link = await server.api<ScreenLinkAnswer>(`/api/workshops/${seeded.workshopId}/screen-link`, { cookie: seeded.facilitator.cookie, body: {} });
    beamer = (await newPerson(browser, { width: 1920, height: 1080 })).page;
    await beamer.goto(link.body.link);
    await beamer.waitForURL(/\/plenair$/);
    await beamer.getByRole('heading', { level: 1, name: 'Bijeenkomst 2' }).waitFor();

    await facilitator.getByRole('group', { name: 'Wat ziet het grote scherm?' }).getByRole('button', { name: 'Matrix' }).click();
    const matrix = beamer.getByRole('table', { name: 'Wat we van elkaar verwachten' });
    await matrix.waitFor();
    for (const w of writers) await expect.poll(() => matrix.textContent()).toContain(w.ambition);
    await expect.poll(() => matrix.textContent()).toContain('Raadsleden verwacht van de ambtenaren: open en op tijd');

    // Live: a new ambition appears on the beamer without a reload.
    await pages[0].getByLabel('Nieuwe ambitie').fill('Wij houden het kort en helder');
    await pages[0].getByRole('region', { name: 'Onze ambities' }).getByRole('button', { name: 'Toevoegen' }).click();
    await expect.poll(() => matrix.textContent()).toContain('Wij houden het kort en helder');

    // Step 1: what Anna writes now stays hers (and off the beamer) until the facilitator moves on.
    await facilitator.getByRole('button', { name: 'Begin met stap 1' }).click();
    await pages[2].getByText('Alleen jij ziet deze uitspraken tot de procesbegeleider ze deelt.').first().waitFor();
    await pages[2].getByLabel('Nieuwe ambitie').fill('Wij delen wat we niet weten');
    await pages[2].getByRole('region', { name: 'Onze ambities' }).getByRole('button', { name: 'Toevoegen' }).click();
    await pages[2].getByRole('heading', { name: 'Jouw uitspraken, nog niet gedeeld' }).waitFor();
    // The step's notice (fixed at the bottom, as in meeting 1) is read and closed before axe looks at the page.
    await pages[2].getByRole('button', { name: 'Melding sluiten' }).first().click();
    await shoot(pages[2], 'm2-room-private-viewport-1280x800');
    await pages[2].evaluate(() => window.scrollTo(0, 0)); // axe judges targets where they are: none under the sticky bar
    expect(await seriousAxeViolations(pages[2])).toEqual([]);
    await shoot(pages[2], 'm2-room-private-1280x800', true);
    expect(await matrix.textContent()).not.toContain('Wij delen wat we niet weten');
    await facilitator.getByRole('button', { name: 'Volgende stap' }).click();
    await expect.poll(() => matrix.textContent()).toContain('Wij delen wat we niet weten');

    expect(await seriousAxeViolations(beamer)).toEqual([]);
    await shoot(beamer, 'm2-beamer-matrix-1920x1080');
    await beamer.setViewportSize({ width: 1280, height: 720 });
    expect(await seriousAxeViolations(beamer)).toEqual([]);
    await shoot(beamer, 'm2-beamer-matrix-1280x720');

    await facilitator.getByRole('button', { name: 'Groot tonen: Raadsleden aan Ambtenaren' }).click();
    await beamer.getByRole('heading', { level: 2, name: 'Raadsleden verwacht van Ambtenaren' }).waitFor();
    await expect.poll(() => beamer.locator('main').textContent()).toContain('Wij zoeken inwoners vroeg op');
    expect(await seriousAxeViolations(beamer)).toEqual([]);
    await shoot(beamer, 'm2-beamer-cell-1280x720');
    expect(await seriousAxeViolations(facilitator)).toEqual([]);
    await shoot(facilitator, 'm2-cockpit-1280x800', true);
  });

  it('shows a case and the closing, group by group', async () => {
    await facilitator.getByRole('group', { name: 'Wat ziet het grote scherm?' }).getByRole('button', { name: 'Casus' }).click();
    await beamer.getByRole('heading', { level: 2, name: 'Het speeltuintje' }).waitFor();
    await beamer.getByText('Casus 1 van 1').waitFor();
    expect(await seriousAxeViolations(beamer)).toEqual([]);
    await shoot(beamer, 'm2-beamer-case-1280x720');
    await facilitator.getByRole('group', { name: 'Wat ziet het grote scherm?' }).getByRole('button', { name: 'Afsluiting' }).click();
    await beamer.getByRole('heading', { level: 2, name: 'Afsluiting: de ambitie van Raadsleden' }).waitFor();
    await facilitator.getByRole('button', { name: 'Volgende groep' }).click();
    await beamer.getByRole('heading', { level: 2, name: 'Afsluiting: de ambitie van College en directie' }).waitFor();
    await expect.poll(() => beamer.locator('main').textContent()).toContain('Wij geven ruimte en houden ons aan kaders');
    await beamer.setViewportSize({ width: 1920, height: 1080 });
    expect(await seriousAxeViolations(beamer)).toEqual([]);
    await shoot(beamer, 'm2-beamer-closing-1920x1080');
  });
});
