// SPDX-License-Identifier: EUPL-1.2
/**
 * Browser: a newcomer opens the set-up link, creates a workshop, pastes 12 participants, sees three
 * balanced groups with a join link each, and a participant opening their link lands in their group.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPerson, seriousAxeViolations } from './browser.js';
import { startServerWithClient } from './stipInBrowser.js';
import type { TestServer } from '../helpers/stipServer.js';
import type { WorkshopDetail } from '../../shared/api.js';

const TWELVE = `naam;rol;email
Annemiek van der Berg;raadslid;
Bart de Wit;raadslid;
Chantal Öztürk;raadslid;
Dennis Kramer;raadslid;
Xandra Peeters;collegelid;
Youssef El Amrani;collegelid;
Cor van Wijk;directie;
Fatima Bakkali;ambtenaar;fatima@example.nl
Gerrit Mulder;ambtenaar;
Hanneke Vos;ambtenaar;
Ellen Groen;griffier;
Marco Veenstra;gemeentesecretaris;`;

let server: TestServer;
let browser: Browser;
let facilitator: Page;

beforeAll(async () => {
  server = await startServerWithClient();
  browser = await launchBrowser();
  facilitator = (await newPerson(browser)).page;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('setting up a workshop in the browser', () => {
  it('greets someone without a link with a plain explanation, and names a bad link', async () => {
    const visitor = (await newPerson(browser)).page;
    await visitor.goto(server.url + '/');
    await visitor.getByRole('heading', { level: 1, name: 'Welkom bij Stip' }).waitFor();
    expect(await seriousAxeViolations(visitor)).toEqual([]);
    await visitor.goto(server.url + '/j/dezelinkbestaatnietmaarisweldegelijklangenoeg');
    await visitor.getByRole('heading', { level: 1, name: 'Deze link werkt niet' }).waitFor();
  });

  it('creates a workshop from the set-up link', async () => {
    await facilitator.goto(await server.app.issueSetupLink());
    await facilitator.getByRole('heading', { level: 1, name: 'Workshops' }).waitFor();
    expect(await seriousAxeViolations(facilitator)).toEqual([]);
    await facilitator.getByLabel('Naam van de gemeente').fill('Middelstad');
    await facilitator.getByRole('button', { name: 'Workshop aanmaken' }).click();
    await facilitator.getByRole('link', { name: 'Beheer de workshop van Middelstad' }).click();
    await facilitator.getByRole('heading', { level: 1, name: 'Regie: Middelstad' }).waitFor();
  });

  it('imports 12 participants from a pasted list into three balanced groups', async () => {
    await facilitator.getByLabel('Deelnemerslijst').fill(TWELVE);
    await facilitator.getByRole('button', { name: 'Lijst importeren' }).click();
    await facilitator.getByRole('strong').filter({ hasText: '12 deelnemers toegevoegd.' }).waitFor();
    for (const n of [1, 2, 3]) {
      const group = facilitator.getByRole('region', { name: `Groep ${n}` });
      await expect.poll(() => group.getByRole('button', { name: /^Kopieer link van / }).count()).toBe(4);
    }
    expect(await seriousAxeViolations(facilitator)).toEqual([]);
  });

  it('lets the facilitator move a person to another group', async () => {
    const group1 = facilitator.getByRole('region', { name: 'Groep 1' });
    const first = (await group1.getByRole('button', { name: /^Kopieer link van / }).first().getAttribute('aria-label'))
      ?? (await group1.getByRole('button', { name: /^Kopieer link van / }).first().textContent())!;
    const name = first.replace(/^Kopieer link van /, '').trim();
    await facilitator.getByLabel(`Verplaats naar groep: ${name}`).selectOption('2');
    await facilitator.getByRole('button', { name: `Verplaats ${name}` }).click();
    await expect.poll(() => facilitator.getByRole('region', { name: 'Groep 2' }).getByRole('button', { name: `Kopieer link van ${name}` }).count()).toBe(1);
  });

  it('gives each participant a link that lands them in their own group room', async () => {
    const cookie = await server.setupSession();
    const list = await server.api<{ id: string }[]>('/api/workshops', { cookie });
    const detail = await server.api<WorkshopDetail>(`/api/workshops/${list.body[0].id}`, { cookie });
    const person = detail.body.participants.find((p) => p.role === 'griffier')!;
    const page = (await newPerson(browser, { width: 1920, height: 1080 })).page;
    await page.goto(person.link);
    await page.waitForURL(new RegExp(`/groep/${person.group}$`));
    await page.getByRole('heading', { level: 1, name: `Groep ${person.group}` }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
