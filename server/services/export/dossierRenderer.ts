// SPDX-License-Identifier: EUPL-1.2
/**
 * Input → file: decodes the documents, builds the dossier and renders it in the chosen format,
 * reporting each step. Pure work on plain data: the export worker runs it off the event loop.
 */
import { FORMAT_FILES, type ExportFormat } from '../../../shared/dossier/dossierParts.js';
import { buildDossier, type PartStatus } from './dossierBuilder.js';
import { decodeDossierData } from './dossierData.js';
import type { DossierInput } from './dossierInput.js';
import { renderDocx } from './render/docxRenderer.js';
import { renderMarkdown } from './render/markdownRenderer.js';
import { renderPdf } from './render/pdfRenderer.js';

/** The steps of an export, in order (progress is the share of steps done). */
export const EXPORT_STEPS = ['read', 'build', 'render'] as const;
/** One step of an export. */
export type ExportStep = (typeof EXPORT_STEPS)[number];

/** A rendered dossier. */
export interface RenderedDossier { bytes: Uint8Array; mediaType: string; extension: string; title: string; status: PartStatus }

/** Which parts of a workshop's dossier are still empty (no file made). */
export function dossierStatus(input: DossierInput): PartStatus {
  return buildDossier(decodeDossierData(input)).status;
}

/** Renders the dossier of `input` as `format`; `onStep` hears each step as it starts. */
export async function renderDossier(input: DossierInput, format: ExportFormat, onStep: (step: ExportStep) => void = () => {}): Promise<RenderedDossier> {
  onStep('read');
  const data = decodeDossierData(input);
  onStep('build');
  const { dossier, status } = buildDossier(data);
  onStep('render');
  const bytes = format === 'md' ? new TextEncoder().encode(renderMarkdown(dossier))
    : format === 'docx' ? await renderDocx(dossier, input.at)
    : renderPdf(dossier, input.at);
  return { bytes, ...FORMAT_FILES[format], title: dossier.title, status };
}
