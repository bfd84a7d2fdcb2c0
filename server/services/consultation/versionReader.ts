// SPDX-License-Identifier: EUPL-1.2
/**
 * Reads vision content as ProseMirror nodes for the consultation: a frozen version, or the live
 * vision. The editor schema is loaded on first use only (it costs memory the collaboration hot path
 * never needs).
 */
import * as Y from 'yjs';
import type { Node as PmNode } from '@tiptap/pm/model';
import { visionDocName } from '../../../shared/docNames.js';
import { passageTexts, type PassageText } from '../../../shared/consultationPassages.js';
import { visionContentOf } from '../../../shared/visionDoc.js';
import type { ServiceContext } from '../serviceContext.js';

async function nodeOfState(state: Uint8Array): Promise<PmNode> {
  const { fragmentToNode } = await import('../../../shared/editor/schema.js');
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    return fragmentToNode(visionContentOf(doc));
  } finally {
    doc.destroy();
  }
}

/** A frozen version's content and label; null when the workshop has no such version. */
export async function frozenVersion(ctx: ServiceContext, workshopId: string, number: number): Promise<{ node: PmNode; label: string; passages: PassageText[] } | null> {
  const frozen = await ctx.stores.versions.get(workshopId, number);
  if (!frozen) return null;
  const node = await nodeOfState(frozen.state);
  return { node, label: frozen.label, passages: passageTexts(node) };
}

/** The live vision's content now. */
export async function liveVision(ctx: ServiceContext, workshopId: string): Promise<{ node: PmNode; passages: PassageText[] }> {
  const state = await ctx.documents.read(visionDocName(workshopId), (doc) => Y.encodeStateAsUpdate(doc));
  const node = await nodeOfState(state);
  return { node, passages: passageTexts(node) };
}
