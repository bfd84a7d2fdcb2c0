// SPDX-License-Identifier: EUPL-1.2
/**
 * The DossierInput decoded (in the export worker): the documents' Yjs states read with the shared
 * editor schema and the shared document homes into plain data the parts work on.
 */
import * as Y from 'yjs';
import { GROUP_COUNT, groupDocName, visionDocName } from '../../../shared/docNames.js';
import type { RichNode } from '../../../shared/dossier/richTextBlocks.js';
import { fragmentToNode } from '../../../shared/editor/schema.js';
import { horizonOf, listStatements, type Statement } from '../../../shared/groupDoc.js';
import { groupName } from '../../../shared/groupNames.js';
import { readProvenance, visionContentOf, type SourceRef } from '../../../shared/visionDoc.js';
import type { DossierInput } from './dossierInput.js';

/** A vision as plain data. */
export interface VisionData { content: RichNode; provenance: Record<string, SourceRef[]> }

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

const readVision = (doc: Y.Doc): VisionData => ({ content: fragmentToNode(visionContentOf(doc)).toJSON() as RichNode, provenance: readProvenance(doc) });

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
  return {
    input, shown, versions, groups,
    currentVision: withDoc(input.docs[visionDocName(input.workshop.id)], readVision),
    readDoc: (docName, read) => withDoc(input.docs[docName], read),
  };
}
