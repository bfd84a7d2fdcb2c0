// SPDX-License-Identifier: EUPL-1.2
/**
 * What an export is built from, as plain data that can cross to a worker thread: the workshop,
 * its participants (names only when the workshop shows names), every frozen vision version and the
 * current state of each shared document of the workshop (never a private draft), the chosen parts
 * and version, and the fixed time the files carry.
 */
import type { WorkshopLanguage } from '../../../shared/api.js';
import type { DossierPartId } from '../../../shared/dossier/dossierParts.js';
import type { RoleGroupMerges } from '../../../shared/roleGroupFormation.js';
import type { Role } from '../../../shared/roles.js';
import type { ReactienotaRows } from '../consultation/reactienotaAssembler.js';

/** A frozen vision version with its state (Y.encodeStateAsUpdate). */
export interface InputVersion { number: number; label: string; createdAt: number; state: Uint8Array }

/** What the caller chose; `drafts`: the facilitator's export (an unpublished reactienota's draft answers included). */
export interface DossierChoice { parts: DossierPartId[]; version: number | null; at: number | null; drafts: boolean }

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
   * The consultation's stored rows (null: no consultation; e-mail addresses left out, names too
   * when the workshop does not show them): the worker assembles the reactienota from them
   * (server/services/consultation/reactienotaAssembler.ts).
   */
  consultation: ReactienotaRows | null;
  /** The facilitator's export: an unpublished reactienota's draft answers are shown (anyone else's: withheld). */
  drafts: boolean;
  /** Meeting 2's merged role groups (group → the group it joined): the matrix shows the groups in use. */
  roleGroupMerges: RoleGroupMerges;
  /** Current state of each shared document by name as Yjs updates (groups, vision, consultation, meeting 2, agreements). */
  docs: Record<string, Uint8Array[]>;
  parts: DossierPartId[];
  /** The time the files carry (creation dates), epoch ms: the same input gives the same bytes. */
  at: number;
}
