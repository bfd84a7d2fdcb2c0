/**
 * The dossier as PDF through Typst (`@myriaddreamin/typst-ts-node-compiler`): tagged, PDF/UA-1,
 * title and language in the document, bookmarks from the headings, lists, tables with header
 * cells and footnotes as notes in the structure tree, fonts embedded (Typst's own fonts and the
 * system's), no network access. One compiler per thread, created on first use.
 */
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import type { Dossier } from '../../../../shared/dossier/dossierModel.js';
import { renderTypstSource } from './typstSource.js';

let compiler: NodeCompiler | null = null;

/** The dossier as PDF bytes; the same dossier and `at` give the same bytes. */
export function renderPdf(dossier: Dossier, at: number): Buffer {
  compiler ??= NodeCompiler.create();
  const result = compiler.compile({ mainFileContent: renderTypstSource(dossier, at) });
  const error = result.takeError();
  if (error || !result.result) {
    const diagnostics = error ? (compiler.fetchDiagnostics(error) as { message?: string }[]) : [];
    throw new Error(`De PDF kon niet worden gemaakt: ${diagnostics.map((d) => d.message).join('; ') || 'onbekende fout'}`);
  }
  try {
    return compiler.pdf(result.result, { pdfStandard: 'ua-1', creationTimestamp: Math.floor(at / 1000) });
  } finally {
    compiler.evictCache(10);
  }
}
