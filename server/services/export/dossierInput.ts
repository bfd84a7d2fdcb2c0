// SPDX-License-Identifier: EUPL-1.2
/**
 * What an export is built from, as plain data that can cross to a worker thread: the workshop,
 * its participants (names only when the workshop shows names), every frozen vision version and the
 * current state of each shared document of the workshop (never a private draft), the chosen parts
 * and version, and the fixed time the files carry.
 */
import type { WorkshopLanguage } from '../../../shared/api.js';
import type { Reactienota } from '../../../shared/apiConsultation.js';
import type { DossierPartId } from '../../../shared/dossier/dossierParts.js';
import type { Role } from '../../../shared/roles.js';

/** A frozen vision version with its state (Y.encodeStateAsUpdate). */
export interface InputVersion { number: number; label: string; createdAt: number; state: Uint8Array }

/** What the dossier of one workshop is built from. */
export interface DossierInput {
  workshop: {
    id: string; gemeente: string; title: string; meeting1: string | null; meeting2: string | null;
    showNames: boolean; groupNames: string[]; language: WorkshopLanguage;
  };
  /** Everyone but the facilitators; `name` is empty when the workshop does not show names. */
  participants: { name: string; role: Role; group: number | null }[];
  /** Every frozen version, oldest first. */
  versions: InputVersion[];
  /** The version the vision part shows: a number, or null for the latest. */
  version: number | null;
  /**
   * The consultation's reactienota (server/services/consultation/reactienotaPresenter.ts; null: no
   * consultation). Before publication only the facilitator's export carries the draft answers;
   * anyone else's gets the process account with `withheld` set.
   */
  consultation: { reactienota: Reactienota; withheld: boolean } | null;
  /** Current state of each shared document by name as Yjs updates (groups, vision, consultation, meeting 2, agreements). */
  docs: Record<string, Uint8Array[]>;
  parts: DossierPartId[];
  /** The time the files carry (creation dates), epoch ms: the same input gives the same bytes. */
  at: number;
}
