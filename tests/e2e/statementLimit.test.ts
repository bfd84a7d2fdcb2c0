// SPDX-License-Identifier: EUPL-1.2
/**
 * Browser: a member who already wrote 40 statements (the per-author limit) is told so under every
 * form before typing, and "Toevoegen" shows it as the form's error and sends nothing: the member
 * stays connected and the group keeps 40 of theirs. STIP_SHOTS=<dir> keeps phone, laptop and
 * beamer screenshots.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { groupDocName } from '../../shared/docNames.js';
import { addStatement, listStatements } from '../../shared/groupDoc.js';
import { DEFAULT_LIMITS } from '../../shared/limits.js';
import { launchBrowser, newPerson, seriousAxeViolations } from './browser.js';
import { startServerWithClient } from './stipInBrowser.js';
import type { SeededWorkshop, TestServer } from '../helpers/stipServer.js';

let server: TestServer;
let browser: Browser;
let seeded: SeededWorkshop;
let anna: Page;

const LIMIT_TEXT = `Je hebt al ${DEFAULT_LIMITS.maxStatementsPerAuthor} uitspraken geschreven. Meer kan niet.`;

beforeAll(async () => {
  server = await startServerWithClient();
  browser = await launchBrowser();
  seeded = await server.seedWorkshop({ gemeente: 'Limietstad', participants: [{ name: 'Anna de Vries', role: 'raadslid', group: 1 }] });
  const started = await server.api(`/api/workshops/${seeded.workshopId}/live`, { method: 'PATCH', cookie: seeded.facilitator.cookie, body: { step: 'reveal' } });
  expect(started.status).toBe(200);
  const a = seeded.participants[0];
  await server.app.documents.change(groupDocName(seeded.workshopId, 1), (doc) => {
    for (let i = 0; i < DEFAULT_LIMITS.maxStatementsPerAuthor; i++) {
      addStatement(doc, { kind: i % 2 ? 'loslaten' : 'openStaan', text: `Punt ${i + 1}`, authorKey: a.authorKey, authorRole: a.role });
    }
  });
  anna = (await newPerson(browser, { width: 390, height: 844 })).page;
  await anna.goto(a.link);
  await anna.waitForURL(/\/groep\/1$/);
  await anna.getByRole('status', { name: 'Verbinding' }).filter({ hasText: 'Verbonden' }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the statement limit in the composer', () => {
  it('says under the form that the limit is reached, before anything is typed', async () => {
    const field = anna.getByLabel('Nieuwe uitspraak over cultuurverandering');
    await expect.poll(async () => (await field.getAttribute('aria-describedby')) ?? '').not.toBe('');
    const described = await field.evaluate((el) => (el.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '));
    expect(described).toContain(LIMIT_TEXT);
  });

  it('shows the limit as the error on "Toevoegen" and sends nothing', async () => {
    const part = anna.getByRole('region', { name: 'Cultuurverandering' });
    await part.getByLabel('Nieuwe uitspraak over cultuurverandering').fill('Nog een gedachte.');
    await part.getByRole('button', { name: 'Toevoegen' }).click();
    await expect.poll(() => part.getByLabel('Nieuwe uitspraak over cultuurverandering').getAttribute('aria-invalid')).toBe('true');
    expect(await part.getByLabel('Nieuwe uitspraak over cultuurverandering').inputValue()).toBe('Nog een gedachte.');
    expect(await anna.getByRole('status', { name: 'Verbinding' }).textContent()).toContain('Verbonden');
    const own = await server.app.documents.read(groupDocName(seeded.workshopId, 1), (doc) => listStatements(doc).length);
    expect(own).toBe(DEFAULT_LIMITS.maxStatementsPerAuthor);
    expect(await seriousAxeViolations(anna)).toEqual([]);
    const dir = process.env.STIP_SHOTS;
    if (dir) {
      for (const [name, size] of [['phone', { width: 390, height: 844 }], ['laptop', { width: 1280, height: 800 }], ['beamer', { width: 1920, height: 1080 }]] as const) {
        await anna.setViewportSize(size);
        await part.getByRole('button', { name: 'Toevoegen' }).scrollIntoViewIfNeeded();
        await anna.screenshot({ path: `${dir}/${name}-statement-limit.png` });
      }
    }
  });
});
