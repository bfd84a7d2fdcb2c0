// SPDX-License-Identifier: EUPL-1.2
/**
 * The DossierInput decoded (in the export worker): the documents' Yjs states read with the shared
 * editor schema and the shared document homes into plain data the parts work on.
 */
import type { Node as PmNode } from '@tiptap/pm/model';
import * as Y from 'yjs';
import type { Reactienota } from '../../../shared/apiConsultation.js';
import { GROUP_COUNT, groupDocName, visionDocName } from '../../../shared/docNames.js';
import type { RichNode } from '../../../shared/dossier/richTextBlocks.js';
import { fragmentToNode } from '../../../shared/editor/schema.js';
import { horizonOf, listStatements, type Statement } from '../../../shared/groupDoc.js';
import { groupName } from '../../../shared/groupNames.js';
import { readProvenance, visionContentOf, type SourceRef } from '../../../shared/visionDoc.js';
import { assembleReactienota } from '../consultation/reactienotaAssembler.js';
import type { DossierInput } from './dossierInput.js';

/** A vision as plain data (and as the editor schema's node, for comparisons). */
export interface VisionData { content: RichNode; node: PmNode; provenance: Record<string, SourceRef[]> }

/** A frozen vision version as plain data. */
export interface VersionData extends VisionData { number: number; label: string; createdAt: number }

/** A meeting-1 group as plain data. */
export interface GroupData { group: number; name: string; statements: Statement[]; horizon: RichNode }

/** Everything the parts read. */
export interface DossierData {
  input: DossierInput;
  /** The version the vision part shows (null: nothing frozen yet). */
  shown: VersionData | null;
  /** Every frozen version, oldest first. */
  versions: VersionData[];
  /** The current, unfrozen vision. */
  currentVision: VisionData;
  groups: GroupData[];
  /**
   * The consultation's reactienota (null: no consultation). Before publication only the
   * facilitator's export carries the draft answers; anyone else's gets the process account, `withheld`.
   */
  consultation: { reactienota: Reactienota; withheld: boolean } | null;
  /** Runs `read` on a shared document's current state (for parts of kinds to come). */
  readDoc<T>(docName: string, read: (doc: Y.Doc) => T): T;
}

function withDoc<T>(updates: Uint8Array[] | undefined, read: (doc: Y.Doc) => T): T {
  const doc = new Y.Doc();
  try {
    Y.transact(doc, () => { for (const update of updates ?? []) if (update.length) Y.applyUpdate(doc, update); });
    return read(doc);
  } finally {
    doc.destroy();
  }
}

function readVision(doc: Y.Doc): VisionData {
  const node = fragmentToNode(visionContentOf(doc));
  return { content: node.toJSON() as RichNode, node, provenance: readProvenance(doc) };
}

/** The reactienota from the consultation's rows: the consulted version against the new one (else the current vision). */
function consultationOf(input: DossierInput, versions: VersionData[], current: VisionData): DossierData['consultation'] {
  const rows = input.consultation;
  if (!rows) return null;
  const c = rows.consultation;
  const consulted = versions.find((v) => v.number === c.version)?.node ?? null;
  const after = c.newVersion !== null ? versions.find((v) => v.number === c.newVersion)?.node ?? null : current.node;
  const nota = assembleReactienota(rows, { consulted, after });
  if (nota.published || input.drafts) return { reactienota: nota, withheld: false };
  return { reactienota: { ...nota, items: [], ownChanges: [], unanswered: 0 }, withheld: true };
}

/** Decodes the input; throws a clear error when the chosen version does not exist. */
export function decodeDossierData(input: DossierInput): DossierData {
  const versions = input.versions.map((v) => ({ number: v.number, label: v.label, createdAt: v.createdAt, ...withDoc([v.state], readVision) }));
  const shown = input.version === null ? versions.at(-1) ?? null : versions.find((v) => v.number === input.version) ?? null;
  if (input.version !== null && !shown) throw new Error(`Versie ${input.version} van de visie bestaat niet.`);
  const groups = Array.from({ length: GROUP_COUNT }, (_, i) => withDoc(input.docs[groupDocName(input.workshop.id, i + 1)], (doc) => ({
    group: i + 1,
    name: groupName(input.workshop.groupNames, i + 1),
    statements: listStatements(doc),
    horizon: fragmentToNode(horizonOf(doc)).toJSON() as RichNode,
  })));
  const currentVision = withDoc(input.docs[visionDocName(input.workshop.id)], readVision);
  return {
    input, shown, versions, groups, currentVision,
    consultation: consultationOf(input, versions, currentVision),
    readDoc: (docName, read) => withDoc(input.docs[docName], read),
  };
}
