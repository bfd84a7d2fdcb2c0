// SPDX-License-Identifier: EUPL-1.2
/**
 * The agreements register (`w/<id>/agreements`): the afspraken the facilitator made from the
 * ambitions and expectations of meeting 2, and what happens to them after the course.
 *
 *   agreements  : Y.Map<agreementId, Agreement>               plain JSON, replaced whole on each edit
 *   progress    : Y.Map<agreementId, Y.Array<ProgressEntry>>  progress at the review moments, oldest first
 *   intervisie  : Y.Map<agreementId, Y.Array<IntervisieNote>> team leaders' notes, oldest first
 *   teamLeaders : Y.Map<authorKey, true>                      who may add intervisie notes
 *   meta        : Y.Map { highestNumber: number }             the highest agreement number ever given
 *
 * Who wrote a progress entry or an intervisie note is an opaque author key and a role, never a
 * name: a screen resolves names through GET /api/workshops/<id>/authors, which answers only when
 * the workshop shows names (DESIGN.md, "hidden means not sent").
 *
 * Rules (AGREEMENTS_RULES, enforced by the server): only the server writes (the facilitator and
 * the owning groups write through the API, server/services/agreements/); only these five fields,
 * each a map of plain data or of lists of plain data. No starting content. Snapshot: `readRegister`.
 */
import * as Y from 'yjs';
import type { DocRules } from './docRules.js';
import type { RoleGroup } from './docNames.js';
import type { RoleGroupSourceRef } from './roleGroupDoc.js';
import type { Role } from './roles.js';

/** Top-level field names of the agreements document. */
const FIELDS = { agreements: 'agreements', progress: 'progress', intervisie: 'intervisie', teamLeaders: 'teamLeaders', meta: 'meta' } as const;

/** The rules of the agreements document (enforced by the server, server/collab/changeJudge.ts). */
export const AGREEMENTS_RULES: DocRules = {
  fields: {
    [FIELDS.agreements]: { kind: 'map', map: { values: 'plain' } },
    [FIELDS.progress]: { kind: 'map', map: { values: 'lists' } },
    [FIELDS.intervisie]: { kind: 'map', map: { values: 'lists' } },
    [FIELDS.teamLeaders]: { kind: 'map', map: { values: 'plain' } },
    [FIELDS.meta]: { kind: 'map', map: { keys: ['highestNumber'], values: 'plain' } },
  },
  serverOnly: true,
};

/** Whether an agreement is still a proposal or has been adopted. */
export const AGREEMENT_STATUSES = ['concept', 'vastgesteld'] as const;
/** The status of an agreement. */
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/** How an agreement is going at a review moment: op koers, aandacht nodig, niet gelukt. */
export const PROGRESS_STATES = ['opKoers', 'aandachtNodig', 'nietGelukt'] as const;
/** A progress state. */
export type ProgressState = (typeof PROGRESS_STATES)[number];

/**
 * Where an agreement came from: an ambition of a role group, or what role group `from` expects of
 * group `to`, by the statement's stable id in that group's document; `quote` is its text when linked
 * (meeting 2's source reference, shared/roleGroupDoc.ts).
 */
export type AgreementSource = RoleGroupSourceRef;

/** One agreement. Dates are `YYYY-MM-DD`, times epoch ms. */
export interface Agreement {
  id: string;
  /** Shown as "Afspraak <number>"; never reused within a workshop. */
  number: number;
  text: string;
  /** The role groups that own it (at least one). */
  owners: RoleGroup[];
  /** Review moments, earliest first. */
  reviewMoments: string[];
  status: AgreementStatus;
  sources: AgreementSource[];
  createdAt: number;
  updatedAt: number;
}

/** Who wrote an entry: the author key (null for the set-up session) and the role. */
export interface EntryAuthor { byKey: string | null; byRole: Role }

/** Progress recorded on an agreement (at a review moment, or in between when `reviewMoment` is null). */
export interface ProgressEntry extends EntryAuthor {
  id: string;
  at: number;
  reviewMoment: string | null;
  state: ProgressState;
  note: string;
}

/** A team leader's intervisie note on an agreement: what was discussed. */
export interface IntervisieNote extends EntryAuthor {
  id: string;
  at: number;
  text: string;
}

/** One agreement with its history, as screens show it. */
export interface RegisterEntry extends Agreement {
  progress: ProgressEntry[];
  intervisie: IntervisieNote[];
}

/** The whole register as plain data. */
export interface Register {
  /** Agreements by number. */
  agreements: RegisterEntry[];
  /** Author keys of the team leaders. */
  teamLeaders: string[];
}

const agreementsOf = (doc: Y.Doc) => doc.getMap<Agreement>(FIELDS.agreements);
const progressOf = (doc: Y.Doc) => doc.getMap<Y.Array<ProgressEntry>>(FIELDS.progress);
const intervisieOf = (doc: Y.Doc) => doc.getMap<Y.Array<IntervisieNote>>(FIELDS.intervisie);
const teamLeadersOf = (doc: Y.Doc) => doc.getMap<true>(FIELDS.teamLeaders);
const metaOf = (doc: Y.Doc) => doc.getMap<number>(FIELDS.meta);

/** The top-level types a screen observes to follow the register. */
export const registerFieldsOf = (doc: Y.Doc) => [agreementsOf(doc), progressOf(doc), intervisieOf(doc), teamLeadersOf(doc)];

/** Makes an id for an agreement, progress entry or note (`prefix_` + 16 hex digits). */
export function newEntryId(prefix: 'a' | 'v' | 'i'): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  return `${prefix}_` + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** One agreement, or null. */
export function readAgreement(doc: Y.Doc, id: string): Agreement | null {
  const value = agreementsOf(doc).get(id);
  return value && typeof value === 'object' ? value : null;
}

/** The next free agreement number (one more than the highest ever used, deleted ones included). */
export function nextAgreementNumber(doc: Y.Doc): number {
  let highest = 0;
  agreementsOf(doc).forEach((a) => { if (typeof a?.number === 'number') highest = Math.max(highest, a.number); });
  return Math.max(highest, readHighestNumber(doc)) + 1;
}

/** The highest number ever handed out, so deleting an agreement never frees its number. */
function readHighestNumber(doc: Y.Doc): number {
  const value = metaOf(doc).get('highestNumber');
  return typeof value === 'number' ? value : 0;
}

/** Writes an agreement (new or changed) and remembers its number. */
export function putAgreement(doc: Y.Doc, agreement: Agreement): void {
  doc.transact(() => {
    agreementsOf(doc).set(agreement.id, agreement);
    if (agreement.number > readHighestNumber(doc)) metaOf(doc).set('highestNumber', agreement.number);
  });
}

/** Deletes an agreement with its progress and notes; false when there was none. */
export function removeAgreement(doc: Y.Doc, id: string): boolean {
  if (!agreementsOf(doc).has(id)) return false;
  doc.transact(() => {
    agreementsOf(doc).delete(id);
    progressOf(doc).delete(id);
    intervisieOf(doc).delete(id);
  });
  return true;
}

function appendTo<T>(map: Y.Map<Y.Array<T>>, id: string, entry: T): void {
  let list = map.get(id);
  if (!(list instanceof Y.Array)) {
    list = new Y.Array<T>();
    map.set(id, list);
  }
  list.push([entry]);
}

const listOf = <T>(map: Y.Map<Y.Array<T>>, id: string): T[] => {
  const list = map.get(id);
  return list instanceof Y.Array ? list.toArray() : [];
};

/** How many agreements the register holds. */
export const agreementCount = (doc: Y.Doc) => agreementsOf(doc).size;

/** How many progress entries and intervisie notes an agreement has. */
export function entryCounts(doc: Y.Doc, agreementId: string): { progress: number; intervisie: number } {
  return { progress: listOf(progressOf(doc), agreementId).length, intervisie: listOf(intervisieOf(doc), agreementId).length };
}

/** Adds a progress entry to an agreement. */
export function appendProgress(doc: Y.Doc, agreementId: string, entry: ProgressEntry): void {
  doc.transact(() => appendTo(progressOf(doc), agreementId, entry));
}

/** Adds an intervisie note to an agreement. */
export function appendIntervisie(doc: Y.Doc, agreementId: string, note: IntervisieNote): void {
  doc.transact(() => appendTo(intervisieOf(doc), agreementId, note));
}

/** Marks or unmarks an author key as team leader. */
export function setTeamLeader(doc: Y.Doc, authorKey: string, teamLeader: boolean): void {
  if (teamLeader) teamLeadersOf(doc).set(authorKey, true);
  else teamLeadersOf(doc).delete(authorKey);
}

/** The author keys of the team leaders. */
export function readTeamLeaders(doc: Y.Doc): string[] {
  return [...teamLeadersOf(doc).keys()].filter((k) => teamLeadersOf(doc).get(k) === true).sort();
}

/** The register as plain data: agreements by number, each with its progress and notes, oldest first. */
export function readRegister(doc: Y.Doc): Register {
  const agreements: RegisterEntry[] = [];
  agreementsOf(doc).forEach((a, id) => {
    if (!a || typeof a !== 'object') return;
    agreements.push({ ...a, id, progress: listOf(progressOf(doc), id), intervisie: listOf(intervisieOf(doc), id) });
  });
  agreements.sort((a, b) => a.number - b.number);
  return { agreements, teamLeaders: readTeamLeaders(doc) };
}
