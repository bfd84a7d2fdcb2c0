// SPDX-License-Identifier: EUPL-1.2
/**
 * Performs the reveal of private statements (the rule is the draft's home, shared/draftDoc.ts):
 * for each member of a group, the statements of their draft document are added to the group
 * document as theirs, then the draft is emptied. Idempotent: an interrupted reveal can be run
 * again. A group's drafts are looked for among all members, not only its current ones: someone moved
 * to another group during step 1 keeps what they wrote in the group they wrote it for. The server alone reveals: when the step leaves 'write' (liveUpdater), or for one group
 * (or all) on the facilitator's explicit request.
 *
 * Bounded: drafts are bounded by their rules (shared/draftDoc.ts DRAFT_RULES), the group
 * document's limits bound what is added (`planReveal`; the rest is skipped and logged, and stays
 * out of the answer's counts), a change past the byte ceiling is refused by the room (logged; that
 * draft is kept), and the event loop gets a turn between members.
 */
import { draftDocName, GROUP_COUNT, groupDocName } from '../../../shared/docNames.js';
import { clearDraft, planReveal, readDraft, revealInto } from '../../../shared/draftDoc.js';
import type { ParticipantRecord } from '../../store/workshopStore.js';
import type { ServiceContext } from '../serviceContext.js';

/** Moves one member's drafts into their group's document; returns how many statements were added. */
async function revealMember(ctx: ServiceContext, workshopId: string, group: number, owner: ParticipantRecord): Promise<number> {
  const draftName = draftDocName(workshopId, group, owner.id);
  const draft = await ctx.documents.read(draftName, readDraft);
  if (draft.keys.length === 0) return 0;
  const now = ctx.now();
  let outcome: { added: number; skipped: number };
  try {
    outcome = await ctx.documents.change(groupDocName(workshopId, group), (doc) => {
      const plan = planReveal(doc, owner, draft.statements);
      return { added: revealInto(doc, owner, plan.take, now), skipped: plan.skipped };
    });
  } catch (err) {
    ctx.log.warn('meeting.reveal-refused', { workshopId, group, participantId: owner.id, error: String(err) });
    return 0;
  }
  if (outcome.skipped > 0) ctx.log.warn('meeting.reveal-skipped', { workshopId, group, participantId: owner.id, skipped: outcome.skipped });
  await ctx.documents.change(draftName, (doc) => clearDraft(doc, draft.keys));
  return outcome.added;
}

/** Gives the event loop a turn (other workshops' requests and sockets) between two members' reveals. */
const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Reveals the drafts of one group, or of every group; answers the number added per group. */
export async function revealDrafts(ctx: ServiceContext, workshopId: string, group?: number): Promise<Record<string, number>> {
  const groups = group !== undefined ? [group] : Array.from({ length: GROUP_COUNT }, (_, i) => i + 1);
  const members = (await ctx.stores.workshops.listParticipants(workshopId)).filter((p) => p.role !== 'facilitator');
  const revealed: Record<string, number> = {};
  for (const g of groups) {
    let count = 0;
    for (const owner of members) {
      count += await revealMember(ctx, workshopId, g, owner);
      await yieldToOthers();
    }
    revealed[String(g)] = count;
  }
  return revealed;
}
