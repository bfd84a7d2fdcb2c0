/**
 * Performs the reveal of private statements (the rule is the draft's home, shared/draftDoc.ts):
 * for each member of a group, the statements of their draft document are added to the group
 * document as theirs, then the draft is emptied. Idempotent: an interrupted reveal can be run
 * again. A group's drafts are looked for among all members, not only its current ones: someone moved
 * to another group during step 1 keeps what they wrote in the group they wrote it for. The server alone reveals: when the step leaves 'write' (liveUpdater), or for one group
 * (or all) on the facilitator's explicit request.
 */
import { draftDocName, GROUP_COUNT, groupDocName } from '../../../shared/docNames.js';
import { clearDraft, readDraft, revealInto } from '../../../shared/draftDoc.js';
import type { ParticipantRecord } from '../../store/workshopStore.js';
import type { ServiceContext } from '../serviceContext.js';

/** Moves one member's drafts into their group's document; returns how many statements were added. */
async function revealMember(ctx: ServiceContext, workshopId: string, group: number, owner: ParticipantRecord): Promise<number> {
  const draftName = draftDocName(workshopId, group, owner.id);
  const draft = await ctx.documents.read(draftName, readDraft);
  if (draft.keys.length === 0) return 0;
  const now = ctx.now();
  const added = await ctx.documents.change(groupDocName(workshopId, group), (doc) => revealInto(doc, owner, draft.statements, now));
  await ctx.documents.change(draftName, (doc) => clearDraft(doc, draft.keys));
  return added;
}

/** Reveals the drafts of one group, or of every group; answers the number added per group. */
export async function revealDrafts(ctx: ServiceContext, workshopId: string, group?: number): Promise<Record<string, number>> {
  const groups = group !== undefined ? [group] : Array.from({ length: GROUP_COUNT }, (_, i) => i + 1);
  const members = ctx.stores.workshops.listParticipants(workshopId).filter((p) => p.role !== 'facilitator');
  const revealed: Record<string, number> = {};
  for (const g of groups) {
    let count = 0;
    for (const owner of members) count += await revealMember(ctx, workshopId, g, owner);
    revealed[String(g)] = count;
  }
  return revealed;
}
