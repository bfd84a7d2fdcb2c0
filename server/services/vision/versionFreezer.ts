// SPDX-License-Identifier: EUPL-1.2
/**
 * Frozen versions of the vision: freezing stores the vision document's full state with a label
 * and the next number; reading turns a frozen state back into ProseMirror JSON (shared schema)
 * and provenance. Later edits of the vision never reach a stored version.
 */
import * as Y from 'yjs';
import type { VisionVersionSummary, VisionVersionView } from '../../../shared/apiMeeting.js';
import { visionDocName } from '../../../shared/docNames.js';
import { readProvenance, visionContentOf } from '../../../shared/visionDoc.js';
import type { VisionVersionRecord } from '../../store/visionVersionStore.js';
import type { ServiceContext } from '../serviceContext.js';

/** A stored version as the API shows it in a list. */
export const versionSummary = (v: VisionVersionRecord): VisionVersionSummary =>
  ({ number: v.number, label: v.label, createdAt: new Date(v.createdAt).toISOString() });

/** Freezes the current vision under the next number. */
export async function freezeVision(ctx: ServiceContext, workshopId: string, label: string): Promise<VisionVersionSummary> {
  const state = await ctx.documents.read(visionDocName(workshopId), (doc) => Y.encodeStateAsUpdate(doc));
  return versionSummary(await ctx.stores.versions.append(workshopId, label, state, ctx.now()));
}

/** Runs `read` on a frozen version's document (for exports and the consultation); null when there is no such version. */
async function readVisionVersion<T>(ctx: ServiceContext, workshopId: string, number: number, read: (doc: Y.Doc) => T): Promise<{ version: VisionVersionRecord; result: T } | null> {
  const frozen = await ctx.stores.versions.get(workshopId, number);
  if (!frozen) return null;
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, frozen.state);
    return { version: frozen, result: read(doc) };
  } finally {
    doc.destroy();
  }
}

/**
 * A frozen version with its content and provenance; null when there is no such version. The editor
 * schema is loaded on first use only: it costs memory the collaboration hot path never needs.
 */
export async function visionVersionView(ctx: ServiceContext, workshopId: string, number: number): Promise<VisionVersionView | null> {
  const { fragmentToNode } = await import('../../../shared/editor/schema.js');
  const found = await readVisionVersion(ctx, workshopId, number, (doc) => ({
    content: fragmentToNode(visionContentOf(doc)).toJSON() as unknown,
    provenance: readProvenance(doc),
  }));
  return found ? { ...versionSummary(found.version), ...found.result } : null;
}
