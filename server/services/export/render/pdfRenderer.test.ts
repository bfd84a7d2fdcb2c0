// SPDX-License-Identifier: EUPL-1.2
/**
 * The PDF renderer on hard text: a run of 400 characters without a space wraps instead of running off
 * the page, and a character no font can draw (👍) still gives a tagged PDF with the rest of the text.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPdf } from './pdfRenderer.js';

const poppler = (tool: string, file: string) => execFileSync(tool, tool === 'pdftotext' ? [file, '-'] : [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });

describe('renderPdf', () => {
  it('wraps very long words and survives characters without a font', () => {
    const long = 'x'.repeat(400);
    const pdf = renderPdf({ title: 'Lastige tekst', language: 'nl-NL', blocks: [{ kind: 'paragraph', inlines: [{ kind: 'text', text: `begin ${long} eind 👍 klaar` }] }] }, 0);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'stip-pdf-')), 'x.pdf');
    fs.writeFileSync(file, pdf);
    expect(poppler('pdfinfo', file)).toMatch(/^Tagged:\s+yes$/m);
    const text = poppler('pdftotext', file).replace(/[\u200b\s]/g, '');
    expect(text).toContain(`begin${long}eind`);
    expect(text).toContain('klaar');
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });
});
