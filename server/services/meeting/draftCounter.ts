// SPDX-License-Identifier: EUPL-1.2
/**
 * Counts the private writing of step 1 per group, for the facilitator's cockpit: per group how many
 * members have at least one private statement and how many statements there are. Reads each
 * member's draft document through the document port and keeps only the counts; no text leaves it.
 * Meeting 1 counts its numbered groups (`countDrafts`); meeting 2 its role groups through the same
 * `countPrivateWriting` (server/services/meeting2/roleDraftCounter.ts).
 */
import type * as Y from 'yjs';
import { draftDocName, GROUP_COUNT } from '../../../shared/docNames.js';
import type { DraftCountsAnswer, DraftGroupCount } from '../../../shared/apiMeeting.js';
import { readDraft } from '../../../shared/draftDoc.js';
import type { ServiceContext } from '../serviceContext.js';

/** One group to count: its key in the answer and the draft document of each of its members. */
export interface DraftGroupToCount { key: string; draftDocs: string[] }

/** Counts the drafts of each group with `written` (how many written statements one draft holds). */
export async function countPrivateWriting(ctx: ServiceContext, groups: DraftGroupToCount[], written: (doc: Y.Doc) => number): Promise<DraftCountsAnswer> {
  const counts: Record<string, DraftGroupCount> = {};
  for (const { key, draftDocs } of groups) {
    const count: DraftGroupCount = { members: 0, writers: 0, statements: 0 };
    for (const name of draftDocs) {
      const n = await ctx.documents.read(name, written);
      count.members++;
      count.statements += n;
      if (n > 0) count.writers++;
    }
    counts[key] = count;
  }
  return { groups: counts };
}

/** The private writing of every group of a workshop, as counts. */
export async function countDrafts(ctx: ServiceContext, workshopId: string): Promise<DraftCountsAnswer> {
  const members = (await ctx.stores.workshops.listParticipants(workshopId)).filter((p) => p.role !== 'facilitator');
  const groups = Array.from({ length: GROUP_COUNT }, (_, i) => i + 1).map((g) => ({
    key: String(g),
    draftDocs: members.filter((p) => p.group === g).map((p) => draftDocName(workshopId, g, p.id)),
  }));
  return countPrivateWriting(ctx, groups, (doc) => readDraft(doc).statements.length);
}
