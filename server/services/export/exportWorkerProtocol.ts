// SPDX-License-Identifier: EUPL-1.2
/** The messages between the server and the export worker (exportWorker.ts). */
import type { ExportFormat } from '../../../shared/dossier/dossierParts.js';
import type { PartStatus } from './dossierBuilder.js';
import type { DossierInput } from './dossierInput.js';
import type { ExportStep, RenderedDossier } from './dossierRenderer.js';

/** A task for the worker. */
export type WorkerTask =
  | { id: number; kind: 'render'; input: DossierInput; format: ExportFormat }
  | { id: number; kind: 'status'; input: DossierInput };

/** What the worker answers. */
export type WorkerReply =
  | { id: number; type: 'step'; step: ExportStep }
  | { id: number; type: 'done'; file: RenderedDossier }
  | { id: number; type: 'status'; status: PartStatus }
  | { id: number; type: 'error'; message: string };
