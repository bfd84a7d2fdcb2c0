// SPDX-License-Identifier: EUPL-1.2
/**
 * Counts the private writing of step 1 per group, for the facilitator's cockpit: per group how many
 * members have at least one private statement and how many statements there are. Reads each
 * member's draft document through the document port and keeps only the counts; no text leaves it.
 */
import { draftDocName, GROUP_COUNT } from '../../../shared/docNames.js';
import type { DraftCountsAnswer, DraftGroupCount } from '../../../shared/apiMeeting.js';
import { readDraft } from '../../../shared/draftDoc.js';
import type { ServiceContext } from '../serviceContext.js';

/** The private writing of every group of a workshop, as counts. */
export async function countDrafts(ctx: ServiceContext, workshopId: string): Promise<DraftCountsAnswer> {
  const members = (await ctx.stores.workshops.listParticipants(workshopId)).filter((p) => p.role !== 'facilitator');
  const groups: Record<string, DraftGroupCount> = {};
  for (let g = 1; g <= GROUP_COUNT; g++) {
    const count: DraftGroupCount = { members: 0, writers: 0, statements: 0 };
    for (const member of members.filter((p) => p.group === g)) {
      const written = await ctx.documents.read(draftDocName(workshopId, g, member.id), (doc) => readDraft(doc).statements.length);
      count.members++;
      count.statements += written;
      if (written > 0) count.writers++;
    }
    groups[String(g)] = count;
  }
  return { groups };
}
