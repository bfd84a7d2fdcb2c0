// SPDX-License-Identifier: EUPL-1.2
/**
 * The dossier as PDF through Typst (`@myriaddreamin/typst-ts-node-compiler`): tagged, PDF/UA-1,
 * title and language in the document, bookmarks from the headings, lists, tables with header
 * cells and footnotes as notes in the structure tree, fonts embedded (Typst's own fonts and the
 * system's), no network access; a table's row headers are added afterwards (pdfRowHeaders.ts). One
 * compiler per thread, created on first use. A character no font
 * can draw makes Typst refuse PDF/UA-1: that file is then tagged PDF without the PDF/UA claim.
 */
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import type { Block, Dossier } from '../../../../shared/dossier/dossierModel.js';
import { markRowHeaders } from './pdfRowHeaders.js';
import { renderTypstSource } from './typstSource.js';

let compiler: NodeCompiler | null = null;

/** The tables in document order (as Typst counts them), 1-based, whose first column holds row headers. */
function rowHeaderTables(blocks: Block[]): number[] {
  const tables: Block[] = [];
  const walk = (list: Block[]) => list.forEach((b) => (b.kind === 'table' ? tables.push(b) : b.kind === 'list' ? b.items.forEach(walk) : undefined));
  walk(blocks);
  return tables.flatMap((t, i) => (t.kind === 'table' && t.rowHeaders ? [i + 1] : []));
}

/** The dossier as PDF bytes; the same dossier and `at` give the same bytes. */
export function renderPdf(dossier: Dossier, at: number): Buffer {
  compiler ??= NodeCompiler.create();
  const result = compiler.compile({ mainFileContent: renderTypstSource(dossier, at) });
  const error = result.takeError();
  if (error || !result.result) {
    const diagnostics = error ? (compiler.fetchDiagnostics(error) as { message?: string }[]) : [];
    throw new Error(`De PDF kon niet worden gemaakt: ${diagnostics.map((d) => d.message).join('; ') || 'onbekende fout'}`);
  }
  const creationTimestamp = Math.floor(at / 1000);
  const rows = rowHeaderTables(dossier.blocks);
  try {
    return markRowHeaders(compiler.pdf(result.result, { pdfStandard: 'ua-1', creationTimestamp }), rows);
  } catch (err) {
    // PDF/UA-1 refuses a character that no available font can draw (some emoji); the text is still
    // the person's, so it goes out intact in a tagged PDF that does not claim PDF/UA-1.
    if (!/could not be displayed with font/.test(String((err as { code?: unknown }).code ?? err))) throw err;
    return markRowHeaders(compiler.pdf(result.result, { creationTimestamp }), rows);
  } finally {
    compiler.evictCache(10);
  }
}
