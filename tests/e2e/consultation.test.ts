// SPDX-License-Identifier: EUPL-1.2
/**
 * Browser: the consultation between the meetings. The facilitator opens it on version 1; a commenter
 * on a 390×844 phone taps a passage and comments, a second one at a laptop selects a few words and
 * comments on them and replies to the first; the facilitator sees it live in the processing
 * view, answers it with a status, closes the consultation, freezes version 2 after editing the
 * vision; the comparison shows the change with <ins>/<del>; the reactienota is published and the
 * commenter sees "Wat is er met mijn reactie gedaan?". Axe checks the commenter's page, the
 * dashboard, the processing view, the diff and the reactienota.
 * With STIP_SHOTS=<folder> it also saves screenshots of those pages at 390×844, 1280×800 and 1920×1080.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPerson, seriousAxeViolations } from './browser.js';
import { startServerWithClient } from './stipInBrowser.js';
import type { SeededWorkshop, TestServer } from '../helpers/stipServer.js';
import type { ConsultationLinksAnswer } from '../../shared/apiConsultation.js';
import { visionDocName } from '../../shared/docNames.js';
import { newPassageId, visionContentOf } from '../../shared/visionDoc.js';
import { commenterPath, consultationAdminPath, consultationProcessingPath, reactienotaPath } from '../../client/routes/consultationPaths.js';

const EARLY = 'We betrekken inwoners vroeg, nog voordat er een plan ligt.';
const ROOM = 'Ambtenaren krijgen ruimte om iets nieuws te proberen.';
const COMMENT = 'Betrek ook de raad al bij de start, niet pas aan het eind.';
const ANSWER = 'Goed punt: de raad staat nu in de tekst.';
const ADDITION = 'Geef ze daar ook tijd voor.';
const REPLY = 'Mee eens, de raad hoort er vanaf het begin bij.';

let server: TestServer;
let browser: Browser;
let seeded: SeededWorkshop;
let origin: string;
let facilitator: Page;
let phone: Page;
let laptop: Page;
let earlyPassage: string;

/** Saves the page at the three sizes the product must work at (only with STIP_SHOTS). */
async function shoot(page: Page, name: string) {
  const folder = process.env.STIP_SHOTS;
  if (!folder) return;
  const before = page.viewportSize();
  for (const [w, h] of [[390, 844], [1280, 800], [1920, 1080]]) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: path.join(folder, `${name}-${w}x${h}.png`), fullPage: true });
  }
  if (before) await page.setViewportSize(before);
}

async function expectAxeClean(page: Page) {
  expect(await seriousAxeViolations(page)).toEqual([]);
}

/** Writes two passages into the vision (as the merge view would), server-side. */
async function writeVision(workshopId: string) {
  earlyPassage = newPassageId();
  await server.app.documents.change(visionDocName(workshopId), (doc) => {
    const content = visionContentOf(doc);
    doc.transact(() => {
      for (const [passage, text] of [[earlyPassage, EARLY], [newPassageId(), ROOM]]) {
        const paragraph = new Y.XmlElement('paragraph');
        paragraph.setAttribute('passage', passage);
        paragraph.insert(0, [new Y.XmlText(text)]);
        content.insert(content.length, [paragraph]);
      }
    });
  });
}

/** Edits the early passage of the live vision, as the facilitator does after processing. */
async function editVision(workshopId: string) {
  await server.app.documents.change(visionDocName(workshopId), (doc) => {
    const content = visionContentOf(doc);
    const paragraph = content.toArray().find((n) => n instanceof Y.XmlElement && n.getAttribute('passage') === earlyPassage) as Y.XmlElement;
    const text = paragraph.get(0) as Y.XmlText;
    text.insert('We betrekken inwoners'.length, ' en raadsleden');
  });
}

beforeAll(async () => {
  server = await startServerWithClient();
  browser = await launchBrowser();
  seeded = await server.seedWorkshop({
    gemeente: 'Wisdorp',
    participants: [{ name: 'Anna de Wit', role: 'raadslid', group: 1 }, { name: 'Bram Wissel', role: 'ambtenaar', group: 2 }],
  });
  await writeVision(seeded.workshopId);
  const frozen = await server.api(`/api/workshops/${seeded.workshopId}/versions`, { cookie: seeded.facilitator.cookie, body: { label: 'Na bijeenkomst 1' } });
  expect(frozen.status).toBe(201);
  facilitator = (await newPerson(browser, { width: 1280, height: 800 })).page;
  await facilitator.goto(seeded.facilitator.link);
  origin = new URL(facilitator.url()).origin;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the consultation in the browser', () => {
  it('lets the facilitator open the consultation on version 1 for all participants', async () => {
    await facilitator.goto(`${origin}${consultationAdminPath(seeded.workshopId)}`);
    await facilitator.getByRole('heading', { level: 2, name: 'Consultatie openen' }).waitFor();
    await facilitator.getByLabel('Uitleg voor de mensen die reageren').fill('Wat vind je van de visie? We horen het graag.');
    await facilitator.getByRole('checkbox', { name: 'Alle deelnemers van de workshop' }).check();
    await facilitator.getByRole('button', { name: 'Consultatie openen' }).click();
    await facilitator.getByText(/De consultatie is open tot/).waitFor();
    await expect.poll(() => facilitator.getByRole('row').count()).toBeGreaterThan(4);
  });

  it('lets a commenter on a phone tap a passage and comment on it with a stance', async () => {
    const links = await server.api<ConsultationLinksAnswer>(`/api/workshops/${seeded.workshopId}/consultation/links`, { cookie: seeded.facilitator.cookie });
    expect(links.status).toBe(200);
    const anna = links.body.cards.find((c) => c.name === 'Anna de Wit')!;
    phone = (await newPerson(browser, { width: 390, height: 844 })).page;
    await phone.goto(anna.link);
    await phone.getByRole('heading', { level: 1, name: 'Reageer op de visie' }).waitFor();
    expect(new URL(phone.url()).pathname).toBe(commenterPath(seeded.workshopId));
    await phone.getByText(EARLY).waitFor();
    await expectAxeClean(phone);
    await shoot(phone, 'commenter');

    await phone.getByText(EARLY).click();
    await phone.getByText('Je reageert op dit hele stuk tekst.').waitFor();
    await phone.getByRole('radio', { name: 'Oneens' }).check();
    await phone.getByRole('textbox', { name: 'Je reactie' }).fill(COMMENT);
    await phone.getByRole('button', { name: 'Reactie plaatsen' }).click();
    await phone.getByRole('article', { name: 'Reactie 1' }).getByText(COMMENT).waitFor();
    await phone.getByRole('button', { name: 'Reactie 1 wijzigen' }).waitFor();
    await expectAxeClean(phone);
    await shoot(phone, 'commenter-commented');
  });

  it('lets a second commenter at a laptop select a few words, comment on them and reply, and refuses an empty comment in Dutch', async () => {
    await facilitator.goto(`${origin}${consultationProcessingPath(seeded.workshopId)}`);
    await facilitator.getByRole('heading', { level: 1, name: 'Reacties verwerken' }).waitFor();
    await facilitator.getByText(COMMENT).waitFor();

    const links = await server.api<ConsultationLinksAnswer>(`/api/workshops/${seeded.workshopId}/consultation/links`, { cookie: seeded.facilitator.cookie });
    laptop = (await newPerson(browser, { width: 1280, height: 800 })).page;
    await laptop.goto(links.body.cards.find((c) => c.name === 'Bram Wissel')!.link);
    await laptop.getByRole('heading', { level: 1, name: 'Reageer op de visie' }).waitFor();
    // Others' comments show the role, not the name (this workshop shows roles only).
    const annas = laptop.getByRole('article', { name: 'Reactie 1' });
    await annas.getByText(COMMENT).waitFor();
    expect(await annas.textContent()).toContain('Raadslid');
    expect(await annas.textContent()).not.toContain('Anna');

    await laptop.evaluate((words) => {
      const text = [...document.querySelectorAll('.consult-passage__text')].find((p) => p.textContent?.includes(words))!;
      const node = text.firstChild!;
      const at = node.textContent!.indexOf(words);
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + words.length);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
    }, 'iets nieuws te proberen');
    await laptop.locator('.consult-passage').filter({ hasText: ROOM }).getByRole('button', { name: 'Reageer op dit stuk' }).click();
    await laptop.getByText('Je reageert op deze woorden:').waitFor();
    await laptop.locator('.consult-passage__form blockquote').getByText('iets nieuws te proberen', { exact: true }).waitFor();
    await laptop.getByRole('button', { name: 'Reactie plaatsen' }).click();
    await laptop.getByText('Schrijf eerst je reactie.').first().waitFor();
    await laptop.getByRole('radio', { name: 'Aanvulling' }).check();
    await laptop.getByRole('textbox', { name: 'Je reactie' }).fill(ADDITION);
    await laptop.getByRole('button', { name: 'Reactie plaatsen' }).click();
    // The posted comment (the form may still hold the same text for a moment).
    await laptop.getByRole('article', { name: 'Reactie 2' }).getByText(ADDITION).waitFor();
    // Own comments can be changed until closing.
    await laptop.getByRole('button', { name: 'Reactie 2 wijzigen' }).click();
    await laptop.getByRole('textbox', { name: 'Reactie 2 wijzigen' }).fill(`${ADDITION} En rugdekking.`);
    await laptop.getByRole('button', { name: 'Wijziging opslaan' }).click();
    await laptop.getByRole('article', { name: 'Reactie 2' }).getByText(`${ADDITION} En rugdekking.`).waitFor();

    await laptop.getByRole('button', { name: 'Antwoorden op reactie 1' }).click();
    await laptop.getByRole('textbox', { name: 'Je antwoord op reactie 1' }).fill(REPLY);
    await laptop.getByRole('button', { name: 'Antwoord plaatsen' }).click();
    await laptop.locator('.comment-card__text', { hasText: REPLY }).waitFor();
    await expectAxeClean(laptop);

    // The facilitator's processing view got both live, without reloading.
    await facilitator.getByText(ADDITION).waitFor();
    await facilitator.getByText(REPLY).waitFor();
  });

  it('shows the comments live to the facilitator, who answers each with a status', async () => {
    await facilitator.getByText('0 van 2 beantwoord').waitFor();
    await expectAxeClean(facilitator);
    await shoot(facilitator, 'processing');

    await facilitator.getByRole('button', { name: 'Reactie 1 beantwoorden' }).click();
    await facilitator.getByRole('textbox', { name: 'Antwoord op reactie 1' }).fill(ANSWER);
    await facilitator.getByRole('radio', { name: 'Verwerkt', exact: true }).check();
    await facilitator.getByRole('combobox', { name: 'Waar is de tekst aangepast?' }).selectOption({ label: EARLY });
    await facilitator.getByRole('button', { name: 'Antwoord opslaan' }).click();
    await facilitator.getByText('1 van 2 beantwoord').waitFor();
    await facilitator.getByText(ANSWER).waitFor();

    const number = await facilitator.locator('.processing-comment').filter({ hasText: ADDITION }).locator('.comment-card__number').first().textContent();
    await facilitator.getByRole('button', { name: `${number} beantwoorden` }).click();
    await facilitator.getByRole('textbox', { name: `Antwoord op ${number!.toLowerCase()}` }).fill('Dat regelen we in de uitvoering, niet in de visie.');
    await facilitator.getByRole('radio', { name: 'Niet verwerkt' }).check();
    await facilitator.getByRole('button', { name: 'Antwoord opslaan' }).click();
    await facilitator.getByText('2 van 2 beantwoord').waitFor();
  });

  it('closes the consultation early from the dashboard, after which the commenter can only read', async () => {
    await facilitator.goto(`${origin}${consultationAdminPath(seeded.workshopId)}`);
    await facilitator.getByText('2 van 2 beantwoord').waitFor();
    await expectAxeClean(facilitator);
    await shoot(facilitator, 'dashboard');
    await facilitator.getByRole('textbox', { name: 'Extra mensen uitnodigen (lijst plakken)' }).fill('naam,rol,email\nCarla Smit,collegelid,carla@wisdorp.example');
    await facilitator.getByRole('button', { name: 'Uitnodigen', exact: true }).click();
    await facilitator.getByRole('rowheader', { name: 'Carla Smit' }).waitFor();
    await facilitator.getByRole('button', { name: 'Link van Carla Smit intrekken' }).click();
    await facilitator.getByRole('button', { name: 'Ja, intrekken' }).click();
    await facilitator.getByRole('row', { name: /Carla Smit/ }).getByText('link ingetrokken').waitFor();
    await facilitator.getByRole('button', { name: 'Nu sluiten' }).click();
    await facilitator.getByRole('button', { name: 'Ja, nu sluiten' }).click();
    await facilitator.getByText(/De consultatie is gesloten sinds/).waitFor();

    await phone.reload();
    await phone.getByRole('heading', { name: 'Reageren kan niet meer' }).waitFor();
    expect(await phone.getByRole('button', { name: 'Reactie plaatsen' }).count()).toBe(0);
    expect(await phone.getByRole('button', { name: 'Reactie 1 wijzigen' }).count()).toBe(0);
  });

  it('freezes version 2 after the vision was edited, and the comparison shows the change', async () => {
    await editVision(seeded.workshopId);
    await facilitator.goto(`${origin}${consultationProcessingPath(seeded.workshopId)}`);
    await facilitator.getByRole('button', { name: 'Versie 2 vastleggen' }).click();
    await facilitator.getByText('Versie 2 is vastgelegd.', { exact: false }).first().waitFor();
    await facilitator.getByRole('link', { name: 'Vergelijk versie 1 met versie 2' }).click();
    await facilitator.getByRole('heading', { level: 1, name: 'Versie 1 en versie 2 vergeleken' }).waitFor();
    const inserted = facilitator.locator('.version-diff ins').filter({ hasText: 'raadsleden' });
    await inserted.first().waitFor();
    expect(await inserted.first().textContent()).toContain('[nieuw: ');
    await facilitator.getByText('Veranderd', { exact: true }).first().waitFor();
    await expectAxeClean(facilitator);
    await shoot(facilitator, 'diff');
  });

  it('publishes the reactienota, which lists the comment with its answer and conclusion', async () => {
    await facilitator.goto(`${origin}${reactienotaPath(seeded.workshopId)}`);
    await facilitator.getByRole('heading', { level: 1, name: 'Reactienota' }).waitFor();
    await facilitator.getByText(COMMENT).waitFor();
    await facilitator.getByRole('button', { name: 'Reactienota publiceren' }).click();
    await facilitator.getByRole('button', { name: 'Ja, publiceren' }).click();
    await facilitator.getByText(/Gepubliceerd op/).waitFor();
    await facilitator.getByText(ANSWER).waitFor();
    await expectAxeClean(facilitator);
    await shoot(facilitator, 'reactienota');
  });

  it('shows the commenter what became of their comment', async () => {
    await phone.reload();
    await phone.getByRole('heading', { level: 2, name: 'Wat is er met mijn reactie gedaan?' }).waitFor();
    const outcomes = phone.locator('.my-outcomes');
    await outcomes.getByText(ANSWER).waitFor();
    await outcomes.getByText('Verwerkt', { exact: true }).waitFor();
    await expectAxeClean(phone);
    await shoot(phone, 'commenter-outcome');
  });
});
