// SPDX-License-Identifier: EUPL-1.2
/**
 * The parts of the dossier a facilitator can choose, in the order of the document, and the export
 * formats. The title page is always there. Participants may download the published parts only,
 * and only when the facilitator allows it (a workshop setting).
 */

/** The parts of the dossier, in document order. */
export const DOSSIER_PARTS = ['vision', 'origin', 'consultation', 'diff', 'meeting2', 'agreements', 'participants'] as const;
/** One part of the dossier. */
export type DossierPartId = (typeof DOSSIER_PARTS)[number];

/** The parts participants may download when the facilitator allows it. */
export const PUBLISHED_PARTS: readonly DossierPartId[] = ['vision', 'consultation', 'agreements'];

/** The parts chosen when none are named (everything but the optional participants list). */
export const DEFAULT_PARTS: readonly DossierPartId[] = DOSSIER_PARTS.filter((p) => p !== 'participants');

/** The export formats. */
export const EXPORT_FORMATS = ['docx', 'pdf', 'md'] as const;
/** One export format. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** File extension and media type of each format. */
export const FORMAT_FILES: Record<ExportFormat, { extension: string; mediaType: string }> = {
  docx: { extension: 'docx', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  pdf: { extension: 'pdf', mediaType: 'application/pdf' },
  md: { extension: 'md', mediaType: 'text/markdown; charset=utf-8' },
};

/** Whether a value is a part id. */
export const isDossierPart = (v: unknown): v is DossierPartId => typeof v === 'string' && (DOSSIER_PARTS as readonly string[]).includes(v);
