// SPDX-License-Identifier: EUPL-1.2
/**
 * The dossier's Word files opened by another word processor: LibreOffice (Debian's
 * libreoffice-writer-nogui, installed by .ci/run; the test runs where `soffice` exists) converts the
 * DOCX of a full workshop, an empty one and one whose names and texts are hard (ë, ĳ, emoji,
 * right-to-left, `<script>`, Word field codes) to PDF, and round-trips it to ODT and DOCX: every
 * conversion succeeds and the text survives. The Word parts are also checked for what Word itself
 * insists on (element order, unique and known ids, numbering, settings), so the file opens without
 * a repair prompt.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupDocName } from '../../shared/docNames.js';
import { horizonOf } from '../../shared/groupDoc.js';
import { NASTY, seedDossierWorkshop } from '../helpers/dossierSeed.js';
import { seedDossierParts, type SeededParts } from '../helpers/dossierSeedParts.js';
import { exportThroughApi } from '../helpers/exportDownload.js';
import { startTestServer, type TestServer } from '../helpers/stipServer.js';

const ALL_PARTS = ['vision', 'origin', 'consultation', 'diff', 'meeting2', 'agreements', 'participants'];
const HORIZON = `Horizon: ${NASTY}`;
const HARD_NAMES = ['Ëlla ĳsbrand 😀', 'שלום עליכם', '<script>alert(1)</script>', '{ MERGEFIELD naam }', 'Hottentottententententoonstellingsterreinbewakersvereniging'];
const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stip-export-lo-'));
let server: TestServer;
let parts: SeededParts;
/**
 * A Word file: the texts it must keep through LibreOffice's ODT and DOCX, and those looked for in
 * its PDF (text outside tables without right-to-left script: pdftotext reorders that and reads
 * table cells line by line).
 */
interface WordFile { name: string; expected: string[]; inPdf: string[] }
/** The workshops whose Word files are checked. */
let workshops: (WordFile & { workshopId: string; cookie: string })[] = [];
/** The Word files written. */
const files: WordFile[] = [];

beforeAll(async () => {
  server = await startTestServer();
  const full = await seedDossierWorkshop(server);
  parts = await seedDossierParts(server, full);
  const empty = await server.seedWorkshop({ gemeente: 'Leegdorp', participants: [] });
  const hard = await server.seedWorkshop({
    gemeente: `Sint-Ĳsselmonde 😀 שלום <b>&amp;</b>`, showNames: true,
    participants: HARD_NAMES.map((name, i) => ({ name, role: i % 2 ? 'ambtenaar' : 'raadslid', group: (i % 3) + 1 })),
  });
  // Characters XML 1.0 does not allow (a vertical tab pasted from Word, U+FFFE) must not break the file.
  await server.app.documents.change(groupDocName(hard.workshopId, 1), (doc) => {
    const p = new Y.XmlElement('paragraph');
    p.insert(0, [new Y.XmlText(`${HORIZON} a\u000bb c\uFFFEd`)]);
    horizonOf(doc).insert(0, [p]);
  });
  workshops = [
    { name: 'full', workshopId: full.workshopId, cookie: full.facilitator.cookie, expected: [
      'OverheidsParticipatie-visie – gemeente Voorbeeldië', 'Wij staan open voor wat inwoners inbrengen. Ook als het schuurt.', `Wij laten los. ${NASTY}`,
      'Verwachting van … aan …', 'Wij stellen kaders en laten de uitvoering los.', 'Antwoord: We voegen een zin toe over wat we doen als het schuurt.', ...parts.agreementTexts,
    ], inPdf: [
      'OverheidsParticipatie-visie – gemeente Voorbeeldië', 'Wij staan open voor wat inwoners inbrengen. Ook als het schuurt.', '{ MERGEFIELD naam } # $ * _ @ < [ ] \\ `',
      'Antwoord: We voegen een zin toe over wat we doen als het schuurt.', 'Het afsprakenregister',
    ] },
    {
      name: 'empty', workshopId: empty.workshopId, cookie: empty.facilitator.cookie,
      expected: ['OverheidsParticipatie-visie – gemeente Leegdorp', 'Nog niet ingevuld: er zijn nog geen afspraken vastgelegd.'],
      inPdf: ['OverheidsParticipatie-visie – gemeente Leegdorp', 'Nog niet ingevuld: er zijn nog geen afspraken vastgelegd.'],
    },
    {
      name: 'hard', workshopId: hard.workshopId, cookie: hard.facilitator.cookie,
      expected: ['gemeente Sint-Ĳsselmonde 😀 שלום <b>&amp;</b>', HORIZON, ...HARD_NAMES],
      inPdf: ['gemeente Sint-Ĳsselmonde', '{ MERGEFIELD naam } # $ * _ @ < [ ] \\ ` Hottentottententententoonstellingsterreinbewakersvereniging'],
    },
  ];
}, 120_000);
afterAll(async () => {
  await server?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const unzip = (file: string, entry: string) => execFileSync('unzip', ['-p', file, entry], { encoding: 'utf8' });
/** Text as compared: white space folded, and the zero-width spaces a renderer may add left out. */
const flat = (s: string) => s.replace(/\u200b/g, '').replace(/\s+/g, ' ');

/** Converts every Word file with LibreOffice to `target` into its own folder; returns that folder. */
function convert(target: string): string {
  const out = path.join(tmp, target.replace(/\W.*/, ''));
  const profile = path.join(tmp, 'lo-profile');
  const run = spawnSync('soffice', [
    `-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', target, '--outdir', out,
    ...files.map((f) => path.join(tmp, `${f.name}.docx`)),
  ], { encoding: 'utf8', timeout: 180_000 });
  expect(run.status, run.stderr).toBe(0);
  expect(run.stderr).not.toMatch(/error/i);
  return out;
}

describe('the dossier as Word, structurally', () => {
  it('keeps the order, ids, numbering and settings Word requires, for a full, an empty and a hard workshop', async () => {
    for (const { name, workshopId, cookie, expected, inPdf } of workshops) {
      const { job, bytes } = await exportThroughApi(server, workshopId, cookie, { format: 'docx', parts: ALL_PARTS });
      expect(job.state, name).toBe('done');
      fs.writeFileSync(path.join(tmp, `${name}.docx`), bytes);
      files.push({ name, expected, inPdf });
    }
    for (const { name } of files) {
      const file = path.join(tmp, `${name}.docx`);
      const xml = unzip(file, 'word/document.xml');
      // Only characters XML 1.0 allows (Word refuses a file with others).
      expect(xml, name).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
      // A table cell must end with a paragraph; a body's last element is its section properties.
      expect(xml, name).not.toMatch(/<\/w:tbl><\/w:tc>/);
      expect(xml, name).toMatch(/<w:sectPr[^>]*>(?:(?!<w:p[ >]).)*<\/w:sectPr><\/w:body>/);
      // In a paragraph, the properties come first; in a table, tblPr then tblGrid before the rows.
      for (const p of xml.match(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/g) ?? []) if (p.includes('<w:pPr>')) expect(p, name).toMatch(/^<w:p(?: [^>]*)?><w:pPr>/);
      for (const t of xml.match(/<w:tbl>.*?<\/w:tbl>/g) ?? []) expect(t, name).toMatch(/^<w:tbl><w:tblPr>.*?<\/w:tblPr><w:tblGrid>.*?<\/w:tblGrid><w:tr/);
      // Every footnote reference has its footnote, every list paragraph a numbering definition.
      const refs = [...xml.matchAll(/<w:footnoteReference w:id="(-?\d+)"\/>/g)].map((m) => m[1]);
      expect(new Set(refs).size, name).toBe(refs.length);
      const notes = unzip(file, 'word/footnotes.xml');
      const noteIds = [...notes.matchAll(/<w:footnote(?: [^>]*)? w:id="(-?\d+)"/g)].map((m) => m[1]);
      expect(new Set(noteIds).size, name).toBe(noteIds.length);
      for (const id of refs) expect(noteIds, name).toContain(id);
      const numbering = unzip(file, 'word/numbering.xml');
      expect(numbering.lastIndexOf('<w:abstractNum '), `${name}: abstract numberings before the numberings`).toBeLessThan(numbering.indexOf('<w:num '));
      const nums = new Set([...numbering.matchAll(/<w:num w:numId="(\d+)"/g)].map((m) => m[1]));
      for (const m of xml.matchAll(/<w:numId w:val="(\d+)"\/>/g)) expect(nums.has(m[1]), `${name}: numId ${m[1]}`).toBe(true);
      const abstracts = new Set([...numbering.matchAll(/<w:abstractNum [^>]*w:abstractNumId="(\d+)"/g)].map((m) => m[1]));
      for (const m of numbering.matchAll(/<w:abstractNumId w:val="(\d+)"\/>/g)) expect(abstracts.has(m[1]), `${name}: abstractNumId ${m[1]}`).toBe(true);
      // Unique drawing and bookmark ids (Word repairs duplicates).
      for (const pattern of [/<wp:docPr id="(\d+)"/g, /<w:bookmarkStart w:id="(\d+)"/g]) {
        const ids = [...xml.matchAll(pattern)].map((m) => m[1]);
        expect(new Set(ids).size, name).toBe(ids.length);
      }
      const settings = unzip(file, 'word/settings.xml');
      expect(settings, name).toMatch(/<w:footnotePr>.*<w:footnote w:id="-1"\/><w:footnote w:id="0"\/>.*<\/w:footnotePr>|^(?!.*<w:footnotePr>)/s);
      const types = unzip(file, '\\[Content_Types\\].xml');
      for (const part of ['/word/document.xml', '/word/footnotes.xml', '/word/numbering.xml', '/word/settings.xml', '/docProps/core.xml']) expect(types, `${name}: ${part}`).toContain(`PartName="${part}"`);
    }
  });
});

describe('the dossier as Word in LibreOffice', () => {
  beforeAll(() => {
    if (!hasSoffice) throw new Error('LibreOffice (soffice) is missing: apt-get install -y libreoffice-writer-nogui (.ci/run installs it)');
  });

  it('converts to PDF with the text intact', () => {
    const out = convert('pdf');
    for (const { name, inPdf } of files) {
      const text = flat(execFileSync('pdftotext', [path.join(out, `${name}.pdf`), '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
      for (const s of inPdf) expect(text, name).toContain(flat(s));
    }
  }, 240_000);

  it('round-trips to ODT and back to DOCX with the text intact', async () => {
    const odt = convert('odt');
    for (const { name, expected } of files) {
      const content = unzip(path.join(odt, `${name}.odt`), 'content.xml')
        .replace(/<text:s(?: text:c="(\d+)")?\/>/g, (_, n) => ' '.repeat(Number(n ?? 1)))
        .replace(/<text:line-break\/>|<text:tab\/>|<\/text:[ph]>/g, ' ').replace(/<[^>]+>/g, '');
      const text = flat(content.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'));
      for (const s of expected) expect(text, name).toContain(flat(s));
    }
    const docx = convert('docx:MS Word 2007 XML');
    for (const { name, expected } of files) {
      const text = flat((await mammoth.extractRawText({ path: path.join(docx, `${name}.docx`) })).value);
      for (const s of expected) expect(text, name).toContain(flat(s));
    }
  }, 240_000);
});
