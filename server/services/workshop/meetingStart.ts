// SPDX-License-Identifier: EUPL-1.2
/**
 * Whether meeting 1 has started: a live step is set, or some group document or private draft
 * holds a statement. From then on dealing everyone again moves people away from their words.
 */
import { draftDocName, GROUP_COUNT, groupDocName, liveDocName } from '../../../shared/docNames.js';
import { readDraft } from '../../../shared/draftDoc.js';
import { statementsOf } from '../../../shared/groupDoc.js';
import { readLive } from '../../../shared/liveDoc.js';
import type { ServiceContext } from '../serviceContext.js';

/** True once meeting 1 has a live step, a statement in a group, or a private draft. */
export async function meeting1Started(ctx: ServiceContext, workshopId: string): Promise<boolean> {
  if ((await ctx.documents.read(liveDocName(workshopId), readLive)).step !== null) return true;
  for (let g = 1; g <= GROUP_COUNT; g++) {
    if ((await ctx.documents.read(groupDocName(workshopId, g), (doc) => statementsOf(doc).size)) > 0) return true;
  }
  const members = (await ctx.stores.workshops.listParticipants(workshopId)).filter((p) => p.role !== 'facilitator' && p.group !== null);
  for (const p of members) {
    if ((await ctx.documents.read(draftDocName(workshopId, p.group!, p.id), readDraft)).keys.length > 0) return true;
  }
  return false;
}
