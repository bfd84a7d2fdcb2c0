// SPDX-License-Identifier: EUPL-1.2
/**
 * Browser: the facilitator opens "Dossier downloaden", sees which parts are still empty, makes the
 * dossier as Word, PDF and Markdown and downloads each file; allows participants to download, after
 * which a participant downloads the vision from a version's page. Axe checks the page; screenshots
 * at phone, laptop and beamer size go to /tmp/shots-ex/.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPerson, seriousAxeViolations } from './browser.js';
import { startServerWithClient } from './stipInBrowser.js';
import { seedDossierWorkshop } from '../helpers/dossierSeed.js';
import type { SeededWorkshop, TestServer } from '../helpers/stipServer.js';

const SHOTS = '/tmp/shots-ex';
let server: TestServer;
let browser: Browser;
let seeded: SeededWorkshop;
let page: Page;
let origin: string;

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  server = await startServerWithClient();
  browser = await launchBrowser();
  seeded = await seedDossierWorkshop(server);
  page = (await newPerson(browser)).page;
  await page.goto(seeded.facilitator.link);
  origin = new URL(page.url()).origin;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function makeAndDownload(formatLabel: RegExp, buttonName: string): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('radio', { name: formatLabel }).check();
  await page.getByRole('button', { name: buttonName }).click();
  const link = page.getByRole('link', { name: /^Download dossier-/ });
  await link.waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return { name: download.suggestedFilename(), bytes: fs.readFileSync((await download.path())!) };
}

describe('the dossier page in the browser', () => {
  it('shows every part with whether it is still empty, and is axe clean', async () => {
    await page.goto(`${origin}/w/${seeded.workshopId}/regie/privacy`);
    await page.getByRole('link', { name: 'Dossier', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Dossier downloaden' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/w/${seeded.workshopId}/regie/dossier`);
    await expect.poll(() => page.getByRole('checkbox').count()).toBe(8);
    expect(await page.getByRole('checkbox', { name: 'De visie', exact: true }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Deelnemerslijst' }).isChecked()).toBe(false);
    expect(await page.getByText('Nog leeg: komt erin als "nog niet ingevuld".').count()).toBe(3);
    expect(await page.getByRole('combobox', { name: 'Versie van de visie' }).inputValue()).toBe('2');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('downloads the dossier as Word, PDF and Markdown', async () => {
    const docx = await makeAndDownload(/^Word/, 'Maak het dossier als Word');
    expect(docx.name).toBe('dossier-voorbeeldie-v2.docx');
    expect(docx.bytes.subarray(0, 2).toString()).toBe('PK');
    const pdf = await makeAndDownload(/^PDF/, 'Maak het dossier als PDF');
    expect(pdf.name).toBe('dossier-voorbeeldie-v2.pdf');
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    await page.getByRole('checkbox', { name: 'Deelnemerslijst' }).check();
    await page.getByRole('combobox', { name: 'Versie van de visie' }).selectOption('1');
    const md = await makeAndDownload(/^Markdown/, 'Maak het dossier als Markdown');
    expect(md.name).toBe('dossier-voorbeeldie-v1.md');
    const text = md.bytes.toString('utf8');
    expect(text).toContain('# Deelnemers');
    expect(text).toContain('Wij staan open voor wat inwoners inbrengen.');
    expect(text.split('# Hoe de visie')[0]).not.toContain('Ook als het schuurt.');
    expect(await seriousAxeViolations(page)).toEqual([]);
    for (const [name, viewport] of [['phone', { width: 390, height: 844 }], ['laptop', { width: 1280, height: 800 }], ['beamer', { width: 1920, height: 1080 }]] as const) {
      await page.setViewportSize(viewport);
      await page.screenshot({ path: `${SHOTS}/dossier-${name}.png`, fullPage: true });
    }
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  it('lets a participant download the vision from a version page once the facilitator allows it', async () => {
    const anna = seeded.participants[0];
    const person = await newPerson(browser, { width: 390, height: 844 });
    await person.page.goto(anna.link);
    await person.page.goto(`${origin}/w/${seeded.workshopId}/versie/2`);
    await person.page.getByRole('heading', { level: 1 }).waitFor();
    await person.page.getByText('Wij staan open').first().waitFor();
    expect(await person.page.getByRole('heading', { name: 'Deze versie downloaden' }).count()).toBe(0);
    await page.getByRole('checkbox', { name: 'Deelnemers mogen de openbare delen downloaden' }).check();
    await page.getByRole('status').filter({ hasText: 'Deelnemers kunnen de openbare delen nu downloaden.' }).waitFor();
    await person.page.reload();
    await person.page.getByRole('heading', { name: 'Deze versie downloaden' }).waitFor();
    await person.page.getByRole('radio', { name: /^Markdown/ }).check();
    await person.page.getByRole('button', { name: 'Maak het dossier als Markdown' }).click();
    const link = person.page.getByRole('link', { name: /^Download dossier-/ });
    await link.waitFor();
    const [download] = await Promise.all([person.page.waitForEvent('download'), link.click()]);
    const text = fs.readFileSync((await download.path())!, 'utf8');
    expect(text).toContain('# De OverheidsParticipatie-visie');
    expect(text).not.toContain('# Hoe de visie tot stand kwam');
    await person.page.screenshot({ path: `${SHOTS}/version-phone.png`, fullPage: true });
    expect(await seriousAxeViolations(person.page)).toEqual([]);
    await person.context.close();
  });
});
