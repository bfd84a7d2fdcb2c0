// SPDX-License-Identifier: EUPL-1.2
/**
 * Meeting 2's expectations matrix in the dossier when a role group was merged into another (it had
 * no members): as on the app's matrix, only the groups in use are rows and columns, the group that
 * took the others in is named with them, and a sentence says what happened. The first column's
 * "van" cells are row headers: `TH` with scope Row in the PDF (each cell of the row names its row
 * header too), Word's header column (`w:tblLook w:firstColumn`).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roleGroupDocName } from '../../shared/docNames.js';
import { addAmbition, addExpectation } from '../../shared/roleGroupDoc.js';
import { exportThroughApi } from '../helpers/exportDownload.js';
import { startTestServer, type SeededWorkshop, type TestServer } from '../helpers/stipServer.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stip-export-matrix-'));
let server: TestServer;
let seeded: SeededWorkshop;

beforeAll(async () => {
  server = await startTestServer();
  seeded = await server.seedWorkshop({
    gemeente: 'Kleindorp',
    participants: [{ name: 'Rita', role: 'raadslid', group: 1 }, { name: 'Adam', role: 'ambtenaar', group: 2 }],
  });
  const { workshopId, facilitator, participants: [rita, adam] } = seeded;
  expect((await server.api(`/api/workshops/${workshopId}/meeting2`, { method: 'PUT', cookie: facilitator.cookie, body: { date: '2026-05-07' } })).status).toBe(200);
  expect((await server.api(`/api/workshops/${workshopId}/meeting2/merge`, { cookie: facilitator.cookie, body: { from: 'college', into: 'raad' } })).status).toBe(200);
  await server.app.documents.change(roleGroupDocName(workshopId, 'raad'), (doc) => {
    addAmbition(doc, { authorKey: rita.authorKey, authorRole: 'raadslid', text: 'Wij stellen kaders.', createdAt: 1 });
    addExpectation(doc, { authorKey: rita.authorKey, authorRole: 'raadslid', to: 'ambtenaren', text: 'Kom vroeg met dilemma’s.', createdAt: 2 });
  });
  await server.app.documents.change(roleGroupDocName(workshopId, 'ambtenaren'), (doc) => {
    addAmbition(doc, { authorKey: adam.authorKey, authorRole: 'ambtenaar', text: 'Wij zeggen wat we zien.', createdAt: 3 });
  });
});
afterAll(async () => {
  await server?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const exportAs = (format: string) => exportThroughApi(server, seeded.workshopId, seeded.facilitator.cookie, { format, parts: ['meeting2'] });

describe('the matrix after a merge', () => {
  it('shows the groups in use, the merged group named with the group it joined (Markdown)', async () => {
    const md = (await exportAs('md')).bytes.toString('utf8');
    expect(md).toContain('College en directie had geen eigen groep in bijeenkomst 2: wie bij deze groep hoorde, deed mee met Raad.');
    expect(md).toContain('### Raad (met College en directie)\n\n- Wij stellen kaders.');
    expect(md).not.toContain('### College en directie');
    expect(md).toContain([
      '| Verwachting van … aan … | Raad (met College en directie) | Ambtenaren |',
      '| --- | --- | --- |',
      '| **Raad (met College en directie)** | • Wij stellen kaders. | • Kom vroeg met dilemma’s. |',
      '| **Ambtenaren** | *nog niet ingevuld* | • Wij zeggen wat we zien. |',
    ].join('\n'));
  });

  it('marks the first column as row headers in the PDF structure and as Word\'s header column', async () => {
    const pdf = path.join(tmp, 'm.pdf');
    fs.writeFileSync(pdf, (await exportAs('pdf')).bytes);
    const run = (args: string[]) => execFileSync('pdfinfo', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    expect(run([pdf])).toMatch(/^Tagged:\s+yes$/m);
    expect(fs.readFileSync(pdf).toString('latin1')).toContain('<pdfuaid:part>1</pdfuaid:part>');
    const struct = run(['-struct-text', pdf]);
    const rowHeaders = [...struct.matchAll(/^\s+TH <([^>]+)>:\n\s+\/Scope \/Row\n\s+\/Headers \[\(([^)]+)\)\]\n(?:\s+\/.*\n)*((?:\s+(?:Span \(inline\)|"[^\n]*")\n)+)/gm)]
      .map((m) => ({ id: m[1], column: m[2], text: [...m[3].matchAll(/"(.*)"/g)].map((t) => t[1]).join('') }));
    expect(rowHeaders.map((h) => h.text)).toEqual(['Raad (met College en directie)', 'Ambtenaren']);
    // Each data cell names its column's header and its row's header.
    for (const { id } of rowHeaders) expect(struct.match(new RegExp(`^\\s+/Headers \\[\\([^)]+\\) \\(${id}\\)\\]$`, 'gm'))).toHaveLength(2);

    const docx = path.join(tmp, 'm.docx');
    fs.writeFileSync(docx, (await exportAs('docx')).bytes);
    const xml = execFileSync('unzip', ['-p', docx, 'word/document.xml'], { encoding: 'utf8' });
    expect(xml.match(/<w:tbl>.*?<\/w:tbl>/g)?.find((t) => t.includes('Verwachting van'))).toContain('<w:tblLook w:firstRow="true" w:firstColumn="true" w:noVBand="true"/>');
  });
});
