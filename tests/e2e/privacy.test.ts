// SPDX-License-Identifier: EUPL-1.2
/**
 * Browser: the facilitator opens "Privacy en verantwoording", reads the log in Dutch (paging to
 * older lines), downloads all data as a JSON file, and deletes the workshop after typing the
 * gemeente's name; a participant's link no longer works afterwards. Axe checks the page.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPerson, seriousAxeViolations } from './browser.js';
import { startServerWithClient } from './stipInBrowser.js';
import type { SeededWorkshop, TestServer } from '../helpers/stipServer.js';
import type { ParticipantView } from '../../shared/api.js';
import type { WorkshopExport } from '../../shared/apiAvg.js';
import { audit } from '../../server/services/privacy/audit.js';

let server: TestServer;
let browser: Browser;
let seeded: SeededWorkshop;
let page: Page;
let origin: string;
let bram: ParticipantView;

beforeAll(async () => {
  server = await startServerWithClient();
  browser = await launchBrowser();
  seeded = await server.seedWorkshop({ gemeente: 'Wisdorp', participants: [{ name: 'Anna de Wit', role: 'raadslid', group: 1 }] });
  const added = await server.api<ParticipantView>(`/api/workshops/${seeded.workshopId}/participants`, {
    cookie: seeded.facilitator.cookie, body: { name: 'Bram Wissel', role: 'ambtenaar', email: 'bram@wisdorp.example' },
  });
  expect(added.status).toBe(201);
  bram = added.body;
  // Sixty later lines (as a running meeting would write) push the added participant to the second page of the log.
  for (let i = 0; i < 60; i++) {
    await audit(server.app.services, { workshopId: seeded.workshopId, actor: 'system', action: 'live.update', objectType: 'live', objectId: 'focus=groups' });
  }
  page = (await newPerson(browser)).page;
  await page.goto(seeded.facilitator.link);
  // Join links name the server's public host; stay on it so the session cookie goes along.
  origin = new URL(page.url()).origin;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('privacy and accountability in the browser', () => {
  it('leads from the facilitator page to the privacy page', async () => {
    await page.goto(`${origin}/w/${seeded.workshopId}/regie`);
    await page.getByRole('heading', { level: 1, name: 'Regie: Wisdorp' }).waitFor();
    await page.getByRole('link', { name: 'Naar privacy en verantwoording' }).click();
    await page.getByRole('heading', { level: 1, name: 'Privacy en verantwoording' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/w/${seeded.workshopId}/regie/privacy`);
  });

  it('shows the log as a readable Dutch table, newest first, with older lines on request', async () => {
    const table = page.getByRole('table', { name: 'Logboek van de workshop van Wisdorp' });
    await table.waitFor();
    const headers = await table.getByRole('columnheader').allTextContents();
    expect(headers).toEqual(['Wanneer', 'Wie', 'Wat', 'Onderwerp', 'Resultaat']);
    const firstRow = table.getByRole('row').nth(1);
    expect(await firstRow.getByRole('cell').allTextContents()).toEqual([
      expect.stringMatching(/\d{4}/), 'Stip (automatisch)', 'Bijeenkomst leiden', 'Iedereen naar de groepen', 'Gelukt',
    ]);
    expect(await table.getByRole('row').count()).toBe(51);
    expect(await seriousAxeViolations(page)).toEqual([]);

    const older = page.getByRole('button', { name: 'Oudere regels' });
    await older.focus();
    await page.keyboard.press('Enter');
    const added = table.getByRole('row').filter({ hasText: 'Deelnemer toevoegen' }).filter({ hasText: 'Bram Wissel' });
    await added.waitFor();
    expect(await added.getByRole('cell').nth(1).textContent()).toBe('Procesbegeleider');
    // The set-up session that created the workshop is shown as the workshop's facilitator, not "Beheerder".
    expect(await table.getByRole('row').filter({ hasText: 'Workshop aanmaken' }).getByRole('cell').nth(1).textContent()).toBe('Procesbegeleider');
    await page.getByText('Dit zijn alle regels.').first().waitFor();
    expect(await page.getByRole('button', { name: 'Oudere regels' }).count()).toBe(0);
  });

  it('downloads every piece of data as stip-<gemeente>-<date>.json', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Gegevens downloaden' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^stip-wisdorp-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(fs.readFileSync((await download.path())!, 'utf8')) as WorkshopExport;
    expect(data.format).toBe('stip-workshop-export');
    expect(data.workshop.gemeente).toBe('Wisdorp');
    expect(data.participants.map((p) => p.name)).toEqual(expect.arrayContaining(['Anna de Wit', 'Bram Wissel']));
    expect(data.participants.find((p) => p.id === bram.id)?.email).toBe('bram@wisdorp.example');
    await page.getByRole('status').filter({ hasText: `Het bestand ${download.suggestedFilename()} is gedownload.` }).waitFor();
    // The download itself is in the log, which shows its newest lines again.
    await page.getByRole('table', { name: 'Logboek van de workshop van Wisdorp' }).getByRole('row').nth(1).filter({ hasText: 'Alle gegevens downloaden' }).waitFor();
  });

  it('refuses to delete until the gemeente is named, then deletes everything', async () => {
    const field = page.getByLabel('Typ de naam van de gemeente om te bevestigen');
    await field.fill('Wisdrop');
    await page.getByRole('button', { name: 'Workshop definitief verwijderen' }).click();
    await page.getByText('Dit is niet de naam van de gemeente. Typ precies: Wisdorp').waitFor();
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect((await server.api(`/api/workshops/${seeded.workshopId}`, { cookie: seeded.setupCookie })).status).toBe(200);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await field.fill('wisdorp');
    await field.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'De workshop is verwijderd' }).waitFor();
    await page.getByRole('link', { name: 'Naar de startpagina' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect((await server.api(`/api/workshops/${seeded.workshopId}`, { cookie: seeded.setupCookie })).status).toBe(404);
  });

  it('leaves no working link behind', async () => {
    const anna = (await newPerson(browser)).page;
    await anna.goto(seeded.participants[0].link);
    await anna.waitForURL(/\?fout=link-unknown$/);
    await anna.getByRole('heading', { level: 1, name: 'Deze link werkt niet' }).waitFor();
    await page.goto(`${origin}/w/${seeded.workshopId}/regie/privacy`);
    await page.getByRole('heading', { level: 1, name: 'Je bent niet aangemeld' }).waitFor();
  });
});
