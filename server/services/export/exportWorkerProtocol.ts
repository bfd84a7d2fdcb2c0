// SPDX-License-Identifier: EUPL-1.2
/**
 * The messages between the server and the export worker (exportWorker.ts): small on purpose. The
 * server sends which workshop and what was chosen; the worker reads the workshop itself and
 * answers with the path of the finished file, never its bytes.
 */
import type { ExportFormat } from '../../../shared/dossier/dossierParts.js';
import type { PartStatus } from './dossierBuilder.js';
import type { DossierChoice } from './dossierInput.js';
import type { ExportStep } from './dossierRenderer.js';

/** Where the server keeps its data: its data folder, and PostgreSQL when DATABASE_URL is set. */
export interface ExportSource { dataDir: string; databaseUrl: string | null }

/** An export as the server asks for it. */
export interface ExportRequest { workshopId: string; choice: DossierChoice; format: ExportFormat }

/** A finished file in the data folder (exportFiles.ts). */
export interface ExportedFile { path: string; size: number; mediaType: string }

/** A task for the worker; `source` says where the server keeps its data. */
export type WorkerTask =
  | { id: number; kind: 'render'; source: ExportSource; request: ExportRequest }
  | { id: number; kind: 'status'; source: ExportSource; workshopId: string };

/** What the worker answers; an error's `refusal` is a Dutch sentence the person can act on (else an internal error). */
export type WorkerReply =
  | { id: number; type: 'step'; step: ExportStep }
  | { id: number; type: 'done'; file: ExportedFile }
  | { id: number; type: 'status'; status: PartStatus }
  | { id: number; type: 'error'; message: string; refusal: boolean };
