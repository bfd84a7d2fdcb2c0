// SPDX-License-Identifier: EUPL-1.2
/**
 * Browser: the facilitator records two agreements on "Wat hebben we afgesproken?" (one with a
 * review moment), a member of the owning group records progress on a 390×844 phone, and the
 * facilitator's overview shows it live; an overdue review stands out in words. Axe checks every
 * state; screenshots at phone, laptop and beamer size go to /tmp/shots-af/.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { putAgreement } from '../../shared/agreementsDoc.js';
import { agreementsDocName, roleGroupDocName } from '../../shared/docNames.js';
import { addAmbition, addExpectation, ambitionsOf } from '../../shared/roleGroupDoc.js';
import { collabClient, until, type CollabClient } from '../helpers/stipServer.js';
import { launchBrowser, newPerson, seriousAxeViolations } from './browser.js';
import { startServerWithClient } from './stipInBrowser.js';
import type { SeededWorkshop, TestServer } from '../helpers/stipServer.js';

const SHOTS = '/tmp/shots-af';
let server: TestServer;
let browser: Browser;
let seeded: SeededWorkshop;
let facilitator: Page;
let origin: string;
const open: CollabClient[] = [];

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const person = (name: string) => seeded.participants.find((p) => p.name === name)!;
const pagePath = () => `/w/${seeded.workshopId}/afspraken`;

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  server = await startServerWithClient();
  browser = await launchBrowser();
  seeded = await server.seedWorkshop({
    gemeente: 'Afsprakendorp',
    participants: [
      { name: 'Anna de Raad', role: 'raadslid', group: 1 },
      { name: 'Ben Bestuur', role: 'collegelid', group: 2 },
      { name: 'Dina Dienst', role: 'ambtenaar', group: 3 },
    ],
  });
  // Meeting 2 wrote an ambition of the raad and an expectation of the ambtenaren: written by real members as themselves.
  const anna = person('Anna de Raad');
  const raad = collabClient(server.url, roleGroupDocName(seeded.workshopId, 'raad'), anna.cookie);
  open.push(raad);
  await raad.synced();
  addAmbition(raad.doc, { authorKey: anna.authorKey, authorRole: anna.role, text: 'Wij vragen inwoners eerst wat zij belangrijk vinden.' });
  addExpectation(raad.doc, { authorKey: anna.authorKey, authorRole: anna.role, to: 'ambtenaren', text: 'Vertel ons vroeg over dilemma’s.' });
  const check = collabClient(server.url, roleGroupDocName(seeded.workshopId, 'raad'), seeded.facilitator.cookie);
  open.push(check);
  await check.synced();
  await until([check.doc], () => ambitionsOf(check.doc).size === 1);
  facilitator = (await newPerson(browser, { width: 1280, height: 800 })).page;
  await facilitator.goto(seeded.facilitator.link);
  origin = new URL(facilitator.url()).origin;
});

afterAll(async () => {
  for (const c of open) c.destroy();
  await browser?.close();
  await server?.close();
});

async function addAgreement(page: Page, text: string, owner: string, source: string, moment?: string) {
  const form = page.getByRole('form', { name: 'Nieuwe afspraak' });
  await form.getByLabel('De afspraak').fill(text);
  await form.getByRole('checkbox', { name: owner, exact: true }).check();
  const picker = form.locator('details.source-picker');
  if (!(await picker.evaluate((d) => (d as HTMLDetailsElement).open))) await picker.locator('summary').click();
  await form.getByRole('checkbox', { name: source }).check();
  if (moment) {
    await form.getByLabel('Datum').fill(moment);
    await form.getByRole('button', { name: 'Moment toevoegen' }).click();
  }
  await form.getByRole('button', { name: 'Afspraak toevoegen' }).click();
}

describe('the agreements register in the browser', () => {
  it('lets the facilitator record two agreements, one with a review moment', async () => {
    await facilitator.goto(origin + pagePath());
    await facilitator.getByRole('heading', { level: 1, name: 'Wat hebben we afgesproken?' }).waitFor();
    await facilitator.getByText('Er zijn nog geen afspraken.').waitFor();
    await addAgreement(facilitator, 'Raadsleden vragen bij elk voorstel hoe inwoners hebben meegedacht.', 'Raad', 'Wij vragen inwoners eerst wat zij belangrijk vinden.', inDays(21));
    await facilitator.getByRole('article', { name: 'Afspraak 1' }).waitFor();
    await addAgreement(facilitator, 'Ambtenaren bespreken elke maand een dilemma in het team.', 'Ambtenaren', 'Vertel ons vroeg over dilemma’s.');
    const second = facilitator.getByRole('article', { name: 'Afspraak 2' });
    await second.waitFor();
    await second.getByText('Geen moment meer gepland om terug te kijken').waitFor();
    const first = facilitator.getByRole('article', { name: 'Afspraak 1' });
    await first.getByText(/^Volgende keer terugkijken: /).waitFor();
    await first.getByText('Hoe gaat het: nog niet ingevuld').waitFor();
    // Where each came from, with the wording, like the vision's provenance.
    expect(await first.getByRole('list', { name: 'Waar komt dit vandaan?' }).textContent()).toBe('Ambitie van Raad: Wij vragen inwoners eerst wat zij belangrijk vinden.');
    expect(await second.getByRole('list', { name: 'Waar komt dit vandaan?' }).textContent()).toBe('Wat Raad verwacht van Ambtenaren: Vertel ons vroeg over dilemma’s.');
    expect(await seriousAxeViolations(facilitator)).toEqual([]);
  });

  it('refuses an agreement without owner with a Dutch sentence, and adds nothing', async () => {
    const form = facilitator.getByRole('form', { name: 'Nieuwe afspraak' });
    await form.getByLabel('De afspraak').fill('Zonder eigenaar');
    await form.getByRole('button', { name: 'Afspraak toevoegen' }).click();
    await form.getByText('Kies minstens één groep die de afspraak uitvoert.').waitFor();
    expect(await facilitator.getByRole('article').count()).toBe(2);
    await form.getByLabel('De afspraak').fill('');
  });

  it('lets a member of the owning group record progress on a phone; the overview shows it', async () => {
    const anna = (await newPerson(browser, { width: 390, height: 844 })).page;
    // Her own join link, then "Meer" → "Wat hebben we afgesproken?".
    await anna.goto(person('Anna de Raad').link);
    await anna.getByRole('button', { name: /^Meer/ }).click();
    await anna.getByRole('link', { name: 'Wat hebben we afgesproken?' }).click();
    await anna.getByRole('heading', { level: 1, name: 'Wat hebben we afgesproken?' }).waitFor();
    expect(new URL(anna.url()).pathname).toBe(pagePath());
    const first = anna.getByRole('article', { name: 'Afspraak 1' });
    await first.waitFor();
    // Not an owner of agreement 2: no progress button there.
    await anna.getByRole('article', { name: 'Afspraak 2' }).waitFor();
    expect(await anna.getByRole('article', { name: 'Afspraak 2' }).getByRole('button', { name: /Voortgang invullen/ }).count()).toBe(0);
    expect(await seriousAxeViolations(anna)).toEqual([]);

    await first.getByRole('button', { name: 'Voortgang invullen (Afspraak 1)' }).click();
    const form = anna.getByRole('form', { name: 'Voortgang van afspraak 1' });
    await form.getByRole('radio', { name: 'Aandacht nodig' }).check();
    await form.getByLabel('Korte toelichting').fill('Bij twee voorstellen is het gelukt, bij één niet.');
    await anna.screenshot({ path: `${SHOTS}/phone-progress-form.png`, fullPage: true });
    expect(await seriousAxeViolations(anna)).toEqual([]);
    await form.getByRole('button', { name: 'Voortgang opslaan' }).click();
    await first.getByText('Hoe gaat het: Aandacht nodig').waitFor();
    await first.getByText('Geen moment meer gepland om terug te kijken').waitFor();
    await anna.screenshot({ path: `${SHOTS}/phone-390x844.png`, fullPage: true });

    const seen = facilitator.getByRole('article', { name: 'Afspraak 1' });
    await seen.getByText('Hoe gaat het: Aandacht nodig').waitFor();
    await seen.getByText(/Geschiedenis \(1 bericht\)/).click();
    await seen.getByText('Bij twee voorstellen is het gelukt, bij één niet.').waitFor();
    await seen.getByText(/Raadslid · Aandacht nodig/).waitFor();
  });

  it('lets the facilitator adopt an agreement and mark a team leader, who adds an intervisie note by keyboard on a phone', async () => {
    const second = facilitator.getByRole('article', { name: 'Afspraak 2' });
    await second.getByRole('button', { name: 'Afspraak 2 bewerken' }).click();
    const edit = facilitator.getByRole('form', { name: 'Afspraak 2 bewerken' });
    await edit.getByLabel('Status').selectOption('vastgesteld');
    await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    // The status badge (the edit form's own option reads the same while the form is still open).
    await second.locator('.agreement__status', { hasText: 'Vastgesteld' }).waitFor();
    await facilitator.getByRole('checkbox', { name: 'Dina Dienst is teamleider' }).check();
    await facilitator.getByText('Opgeslagen.').waitFor();

    const dina = (await newPerson(browser, { width: 390, height: 844 })).page;
    await dina.goto(person('Dina Dienst').link);
    await dina.goto(origin + pagePath());
    const card = dina.getByRole('article', { name: 'Afspraak 2' });
    const open = card.getByRole('button', { name: 'Intervisie-notitie toevoegen (Afspraak 2)' });
    await open.focus();
    await dina.keyboard.press('Enter');
    const field = card.getByLabel('Wat hebben jullie besproken?');
    await field.waitFor();
    await dina.keyboard.press('Tab');
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    await dina.keyboard.type('We bespraken hoe je een dilemma vroeg op tafel legt.');
    await dina.keyboard.press('Tab');
    await dina.keyboard.press('Enter');
    await card.getByText(/Geschiedenis \(1 bericht\)/).waitFor();
    expect(await seriousAxeViolations(dina)).toEqual([]);
    const seen = facilitator.getByRole('article', { name: 'Afspraak 2' });
    await seen.getByText(/Geschiedenis \(1 bericht\)/).click();
    await seen.getByText('We bespraken hoe je een dilemma vroeg op tafel legt.').waitFor();
    await seen.getByText(/intervisie door Ambtenaar/).waitFor();
  });

  it('makes an overdue review stand out in words, not by colour only', async () => {
    await server.app.services.documents.change(agreementsDocName(seeded.workshopId), (doc) => putAgreement(doc, {
      id: 'a_overdue000000000', number: 3, text: 'Het college legt twee keer per jaar verantwoording af over participatie.', owners: ['college'],
      reviewMoments: ['2026-01-15'], status: 'vastgesteld', sources: [], createdAt: Date.now(), updatedAt: Date.now(),
    }));
    const third = facilitator.getByRole('article', { name: 'Afspraak 3' });
    await third.getByText('Te laat: terugkijken was gepland op 15 januari 2026').waitFor();
    expect(await seriousAxeViolations(facilitator)).toEqual([]);
    for (const [name, size] of [['laptop-1280x800', { width: 1280, height: 800 }], ['beamer-1920x1080', { width: 1920, height: 1080 }]] as const) {
      await facilitator.setViewportSize(size);
      await facilitator.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
    }
  });

  it('names who recorded progress only once the workshop shows names', async () => {
    await facilitator.setViewportSize({ width: 1280, height: 800 });
    const history = () => facilitator.getByRole('article', { name: 'Afspraak 1' }).locator('.agreement__history');
    expect(await history().textContent()).not.toContain('Anna de Raad');
    const shown = await server.api(`/api/workshops/${seeded.workshopId}`, { method: 'PATCH', cookie: seeded.facilitator.cookie, body: { showNames: true } });
    expect(shown.status).toBe(200);
    await facilitator.reload();
    await history().locator('summary').click();
    await history().getByText(/Anna de Raad \(Raadslid\) · Aandacht nodig/).waitFor();
  });
});
