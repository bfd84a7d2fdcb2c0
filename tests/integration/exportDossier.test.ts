// SPDX-License-Identifier: EUPL-1.2
/**
 * The dossier exported through the API by the facilitator, checked as the municipality receives it:
 * DOCX unzipped and read back with mammoth, PDF with poppler (pdfinfo, pdfinfo -struct, pdftotext),
 * Markdown against the expected file of the seeded workshop; the same version gives the same bytes.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDossierWorkshop, NASTY } from '../helpers/dossierSeed.js';
import { seedDossierParts, type SeededParts } from '../helpers/dossierSeedParts.js';
import { dutchDate } from '../../server/services/export/parts/dossierDates.js';
import { exportThroughApi } from '../helpers/exportDownload.js';
import { startTestServer, type SeededWorkshop, type TestServer } from '../helpers/stipServer.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const EXPECTED_MD = path.join(root, 'tests/fixtures/dossier-voorbeeld.md');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stip-export-'));
let server: TestServer;
let seeded: SeededWorkshop;
let parts: SeededParts;

beforeAll(async () => {
  server = await startTestServer();
  seeded = await seedDossierWorkshop(server);
  parts = await seedDossierParts(server, seeded);
});
afterAll(async () => {
  await server.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** The Markdown with the dates that follow from the real clock (consultation, review moment) as fixed words. */
function maskClockDates(markdown: string): string {
  const { opened, closes, published, review } = parts.clockDates;
  return [[review, '<evaluatiemoment>'], [closes, '<sluiting>'], [opened, '<vandaag>'], [published, '<vandaag>']]
    .reduce((md, [value, word]) => md.replaceAll(dutchDate(value as string | number)!, word as string), markdown);
}
const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const unzip = (file: string, entry: string) => execFileSync('unzip', ['-p', file, entry], { encoding: 'utf8' });
/** A poppler tool's output (its warnings about Typst's optional entries left out). */
const poppler = (tool: string, args: string[]) => execFileSync(tool, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
const LEVEL1 = ['OverheidsParticipatie-visie – gemeente Voorbeeldië', 'De OverheidsParticipatie-visie', 'Hoe de visie tot stand kwam',
  'De tussentijdse consultatie en de reactienota', 'Bijlage: wat veranderde van versie 1 naar versie 2', 'Bijeenkomst 2: cultuurverandering', 'Het afsprakenregister', 'Deelnemers'];
const ALL_PARTS = ['vision', 'origin', 'consultation', 'diff', 'meeting2', 'agreements', 'participants'];

describe('the dossier as Word', () => {
  it('has Heading1 for every part, the vision text, the matrix as a table with a repeating header row, real footnotes and the title', async () => {
    const { job, bytes, contentType, disposition } = await exportThroughApi(server, seeded.workshopId, seeded.facilitator.cookie, { format: 'docx', parts: ALL_PARTS });
    expect(job).toMatchObject({ state: 'done', progress: 1, fileName: 'dossier-voorbeeldie-v2.docx' });
    expect(contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(disposition).toBe('attachment; filename="dossier-voorbeeldie-v2.docx"');
    const file = path.join(tmp, 'd.docx');
    fs.writeFileSync(file, bytes);
    const xml = unzip(file, 'word/document.xml');
    const headings1 = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="Heading1"\/>(?:(?!<\/w:p>).)*?<\/w:p>/g)]
      .map((m) => [...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
    expect(headings1).toEqual(LEVEL1.map((h) => h.replace(/&/g, '&amp;')));
    expect(xml).toContain('Wij staan open voor wat inwoners inbrengen. Ook als het schuurt.');
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(xml).not.toContain('<w:fldSimple');
    expect(xml).not.toContain('<w:instrText');
    const tables = xml.match(/<w:tbl>.*?<\/w:tbl>/g) ?? [];
    const matrix = tables.find((t) => t.includes('Verwachting van'));
    expect(matrix).toMatch(/<w:tr><w:trPr><w:tblHeader\/>/);
    for (const cell of ['Raad', 'College en directie', 'Ambtenaren', 'Wij stellen kaders en laten de uitvoering los.', 'Betrek ons vroeg bij dilemma’s.', 'Sta achter ons als het misgaat.']) {
      expect(matrix).toContain(xmlText(cell));
    }
    const register = tables.find((t) => t.includes('Evaluatie en voortgang'));
    expect(register).toMatch(/<w:tr><w:trPr><w:tblHeader\/>/);
    for (const agreement of parts.agreementTexts) expect(register).toContain(xmlText(agreement));
    const refs = [...xml.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThanOrEqual(2);
    const notes = unzip(file, 'word/footnotes.xml');
    for (const id of refs) expect(notes).toContain(`<w:footnote w:id="${id}">`);
    expect(notes).toContain('uit Groep 1, uitspraak over loslaten, 4 × eens');
    expect(notes).toContain(xmlText('Ambitie van Raad in bijeenkomst 2: "Wij stellen kaders en laten de uitvoering los."').replace(/"/g, '&quot;'));
    const core = unzip(file, 'docProps/core.xml');
    expect(core).toContain('<dc:title>OverheidsParticipatie-visie – gemeente Voorbeeldië</dc:title>');
    expect(core).toContain('<dc:language>nl-NL</dc:language>');
    expect(unzip(file, 'word/styles.xml')).toContain('w:val="nl-NL"');
    const text = (await mammoth.extractRawText({ path: file })).value;
    for (const expected of [...LEVEL1, `Wij laten los. ${NASTY}`, 'Samen met inwoners, vanaf het begin.', 'Anna de Vries', 'Dewi <b>Baas</b>', 'Elk jaar kijken we samen terug.',
      'Passage: "Wij staan open"', 'Antwoord: We voegen een zin toe over wat we doen als het schuurt.', 'Conclusie: tekst niet aangepast.', ...parts.agreementTexts]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Niet overgenomen uitspraak');
  });
});

describe('the dossier as PDF', () => {
  it('is tagged PDF/UA with title and language, headings in order, lists, table header cells, notes and the text in reading order', async () => {
    const { job, bytes } = await exportThroughApi(server, seeded.workshopId, seeded.facilitator.cookie, { format: 'pdf', parts: ALL_PARTS });
    expect(job.state).toBe('done');
    const file = path.join(tmp, 'd.pdf');
    fs.writeFileSync(file, bytes);
    const info = poppler('pdfinfo', [file]);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Title:\s+OverheidsParticipatie-visie – gemeente Voorbeeldië$/m);
    expect(bytes.toString('latin1')).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(bytes.toString('latin1')).toMatch(/\/Lang \(nl-NL\)|<rdf:li>nl-NL<\/rdf:li>/);
    const struct = poppler('pdfinfo', ['-struct-text', file]);
    const headings = [...struct.matchAll(/^ {2}H1 .*\n\s+"([^"]*)"/gm)].map((m) => m[1]);
    expect(headings).toEqual(LEVEL1);
    expect(struct).toMatch(/^\s+L \(block\)/m);
    expect(struct).toMatch(/^\s+LI \(block\)/m);
    expect(struct).toMatch(/^\s+TH /m);
    const headerCells = [...struct.matchAll(/^\s+TH <[^>]*>:\n(?:\s+\/.*\n)*\s+Span \(inline\)\n((?:\s+"[^\n]*"\n)+)/gm)].map((m) => [...m[1].matchAll(/"(.*)"/g)].map((t) => t[1]).join(''));
    expect(headerCells.join('|')).toContain('Verwachting van … aan …|Raad|College en directie|Ambtenaren');
    expect(headerCells.join('|')).toContain('Afspraak|Eigenaar en status|Evaluatie en voortgang');
    // The matrix's first column, and only that table's, holds row headers (render/pdfRowHeaders.ts).
    const rowHeaders = [...struct.matchAll(/^\s+TH <[^>]+>:\n\s+\/Scope \/Row\n(?:\s+\/.*\n)*((?:\s+(?:Span \(inline\)|"[^\n]*")\n)+)/gm)]
      .map((m) => [...m[1].matchAll(/"(.*)"/g)].map((t) => t[1]).join(''));
    expect(rowHeaders).toEqual(['Raad', 'College en directie', 'Ambtenaren']);
    expect(struct).toMatch(/^\s+Note /m);
    const fonts = poppler('pdffonts', [file]).split('\n').slice(2).filter(Boolean);
    expect(fonts.every((line) => / yes yes yes /.test(line))).toBe(true);
    const text = poppler('pdftotext', [file, '-']).replace(/\s+/g, ' ');
    const order = ['Gemeente: Voorbeeldië', 'Open staan', 'Wij staan open voor wat inwoners inbrengen.', 'Loslaten', 'alert(1)</script>',
      'Hoe de visie tot stand kwam', 'Samen met inwoners, vanaf het begin.', 'Wie werden uitgenodigd en wie reageerden', 'Reactienota',
      'Antwoord: We voegen een zin toe', 'Wijzigingen op eigen initiatief', 'Bijlage: wat veranderde', 'Gewijzigd', 'Verwachtingen van elkaar', 'Het afsprakenregister',
      'De raad stelt elk voorjaar de kaders voor participatie vast.', 'Eva Jansen'];
    const positions = order.map((s) => text.indexOf(s));
    expect(positions.every((p) => p >= 0), JSON.stringify(positions)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    for (const s of ['{ MERGEFIELD naam }', '# $ * _ @ < [ ] \\ `', 'ĳ']) expect(text).toContain(s);
  });
});

describe('the dossier as Markdown', () => {
  it('equals the expected file of the seeded workshop, and the same version gives the same bytes', async () => {
    const first = await exportThroughApi(server, seeded.workshopId, seeded.facilitator.cookie, { format: 'md', parts: ALL_PARTS });
    const again = await exportThroughApi(server, seeded.workshopId, seeded.facilitator.cookie, { format: 'md', parts: ALL_PARTS });
    expect(first.contentType).toBe('text/markdown; charset=utf-8');
    const markdown = maskClockDates(first.bytes.toString('utf8'));
    if (process.env.STIP_WRITE_FIXTURES) fs.writeFileSync(EXPECTED_MD, markdown);
    expect(markdown).toBe(fs.readFileSync(EXPECTED_MD, 'utf8'));
    expect(again.bytes.equals(first.bytes)).toBe(true);
  });

  it('gives the same bytes for the same version in Word and PDF too', async () => {
    for (const format of ['docx', 'pdf']) {
      const a = await exportThroughApi(server, seeded.workshopId, seeded.facilitator.cookie, { format, version: 1 });
      const b = await exportThroughApi(server, seeded.workshopId, seeded.facilitator.cookie, { format, version: 1 });
      expect(a.job.fileName).toBe(`dossier-voorbeeldie-v1.${format}`);
      expect(a.bytes.equals(b.bytes), format).toBe(true);
    }
  });
});
