// SPDX-License-Identifier: EUPL-1.2
/**
 * The reveal of meeting 2: each member's private drafts of step 1 (`w/<id>/m2/g/<group>/draft/<pid>`)
 * are added to the role group's document as theirs — same id, kind, text (cut to the limit) and
 * creation time, the owner's author key and role as the server knows them, no endorsements — and
 * the draft is emptied. As in meeting 1 (server/services/meeting/revealer.ts): idempotent (an id
 * already in the group's document is not added again), bounded by the group document's limits
 * (the rest is skipped and logged), with a turn for others between members; someone moved to
 * another group keeps what they wrote in the group they wrote it for. Runs when the step leaves
 * 'write' while meeting 2 is the current meeting.
 */
import * as Y from 'yjs';
import { liveDocName, roleDraftDocName, roleGroupDocName, ROLE_GROUPS, type RoleGroup } from '../../../shared/docNames.js';
import { readMeeting2Live } from '../../../shared/meeting2Live.js';
import type { Statement } from '../../../shared/groupDoc.js';
import { addStatementTo } from '../../../shared/groupDoc.js';
import { DEFAULT_LIMITS } from '../../../shared/limits.js';
import { readRoleGroupDoc, roleGroupRules, roleStatementsOf, ROLE_GROUP_FIELDS, type RoleStatementField } from '../../../shared/roleGroupDoc.js';
import type { ParticipantRecord } from '../../store/workshopStore.js';
import type { ServiceContext } from '../serviceContext.js';

interface DraftContent { keys: Record<RoleStatementField, string[]>; statements: Record<RoleStatementField, Statement<string>[]> }

function readRoleDraft(doc: Y.Doc, group: RoleGroup): DraftContent {
  const snapshot = readRoleGroupDoc(doc, group);
  const written = (s: Statement<string>) => s.text.trim() !== '';
  return {
    keys: { ambitions: [...roleStatementsOf(doc, 'ambitions').keys()], expectations: [...roleStatementsOf(doc, 'expectations').keys()] },
    statements: {
      ambitions: snapshot.ambitions.filter(written),
      expectations: ROLE_GROUPS.flatMap((g) => snapshot.expectations[g]).filter(written),
    },
  };
}

/** Adds what the group document still lacks and its limits allow; answers added and skipped. */
function revealInto(doc: Y.Doc, group: RoleGroup, owner: ParticipantRecord, draft: DraftContent, now: number): { added: number; skipped: number } {
  let added = 0;
  let skipped = 0;
  for (const field of Object.keys(ROLE_GROUP_FIELDS) as RoleStatementField[]) {
    const rules = roleGroupRules(group).fields[ROLE_GROUP_FIELDS[field]];
    if (rules.kind !== 'statements') continue;
    const map = roleStatementsOf(doc, field);
    let own = 0;
    map.forEach((e) => { if (e instanceof Y.Map && e.get('authorKey') === owner.authorKey) own++; });
    let room = Math.max(0, Math.min(rules.statements.maxPerDocument - map.size, rules.statements.maxPerAuthor - own));
    for (const s of draft.statements[field]) {
      if (map.has(s.id)) continue;
      if (room <= 0) { skipped++; continue; }
      addStatementTo(doc, map, {
        id: s.id, kind: s.kind, text: s.text.slice(0, DEFAULT_LIMITS.maxStatementChars), authorKey: owner.authorKey, authorRole: owner.role,
        createdAt: Number.isFinite(s.createdAt) && s.createdAt > 0 ? s.createdAt : now,
      });
      room--;
      added++;
    }
  }
  return { added, skipped };
}

async function revealMember(ctx: ServiceContext, workshopId: string, group: RoleGroup, owner: ParticipantRecord): Promise<number> {
  const draftName = roleDraftDocName(workshopId, group, owner.id);
  const draft = await ctx.documents.read(draftName, (doc) => readRoleDraft(doc, group));
  if (draft.keys.ambitions.length + draft.keys.expectations.length === 0) return 0;
  let outcome: { added: number; skipped: number };
  try {
    const now = ctx.now();
    outcome = await ctx.documents.change(roleGroupDocName(workshopId, group), (doc) => revealInto(doc, group, owner, draft, now));
  } catch (err) {
    ctx.log.warn('meeting.reveal-refused', { workshopId, group, participantId: owner.id, error: String(err) });
    return 0;
  }
  if (outcome.skipped > 0) ctx.log.warn('meeting.reveal-skipped', { workshopId, group, participantId: owner.id, skipped: outcome.skipped });
  await ctx.documents.change(draftName, (doc) => {
    for (const field of ['ambitions', 'expectations'] as const) for (const key of draft.keys[field]) roleStatementsOf(doc, field).delete(key);
  });
  return outcome.added;
}

const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Reveals the private drafts of every role group; answers the number added per group. */
async function revealRoleDrafts(ctx: ServiceContext, workshopId: string): Promise<Record<string, number>> {
  const members = (await ctx.stores.workshops.listParticipants(workshopId)).filter((p) => p.role !== 'facilitator');
  const revealed: Record<string, number> = {};
  for (const g of ROLE_GROUPS) {
    let count = 0;
    for (const owner of members) {
      count += await revealMember(ctx, workshopId, g, owner);
      await yieldToOthers();
    }
    revealed[g] = count;
  }
  return revealed;
}

/** Reveals the role groups' drafts when meeting 2 is the current meeting (the step left 'write'). */
export async function revealRoleDraftsIfCurrent(ctx: ServiceContext, workshopId: string): Promise<void> {
  const active = await ctx.documents.read(liveDocName(workshopId), (doc) => readMeeting2Live(doc).active);
  if (active) await revealRoleDrafts(ctx, workshopId);
}
