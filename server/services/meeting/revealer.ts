/**
 * Reveals private statements: for each member of a group, every statement in their draft document
 * (`w/<id>/m1/g/<n>/draft/<participantId>`) is added to the group document with the same id, kind,
 * text and creation time and no endorsements, then removed from the draft. The author key and
 * role are the draft owner's own (stamped by the server, not taken from the draft). Idempotent:
 * a statement id already in the group document is not added again; an interrupted reveal can be
 * run again.
 */
import * as Y from 'yjs';
import { draftDocName, GROUP_COUNT, groupDocName } from '../../../shared/docNames.js';
import { addStatement, readStatement, statementsOf, type Statement } from '../../../shared/groupDoc.js';
import { DEFAULT_LIMITS } from '../../../shared/limits.js';
import type { ParticipantRecord } from '../../store/workshopStore.js';
import type { ServiceContext } from '../serviceContext.js';

/** What one draft holds: every entry key, and the entries that are statements worth revealing. */
interface DraftContent { keys: string[]; statements: Statement[] }

const SANE_ID = /^[A-Za-z0-9_-]{1,64}$/;

function readDraft(doc: Y.Doc): DraftContent {
  const keys: string[] = [];
  const statements: Statement[] = [];
  statementsOf(doc).forEach((entry, key) => {
    keys.push(key);
    const s = entry instanceof Y.Map ? readStatement(entry) : null;
    if (s && s.id === key && SANE_ID.test(s.id) && s.text.trim() !== '') statements.push(s);
  });
  return { keys, statements };
}

/** Adds the statements the group document lacks; returns how many were added. */
function addMissing(doc: Y.Doc, owner: ParticipantRecord, statements: Statement[], now: number): number {
  const existing = statementsOf(doc);
  let added = 0;
  for (const s of statements) {
    if (existing.has(s.id)) continue;
    addStatement(doc, {
      id: s.id,
      kind: s.kind,
      text: s.text.slice(0, DEFAULT_LIMITS.maxStatementChars),
      authorKey: owner.authorKey,
      authorRole: owner.role,
      createdAt: Number.isFinite(s.createdAt) && s.createdAt > 0 ? s.createdAt : now,
    });
    added++;
  }
  return added;
}

/** Moves one member's drafts into their group's document; returns how many statements were added. */
async function revealMember(ctx: ServiceContext, workshopId: string, group: number, owner: ParticipantRecord): Promise<number> {
  const draftName = draftDocName(workshopId, group, owner.id);
  const draft = await ctx.documents.read(draftName, readDraft);
  if (draft.keys.length === 0) return 0;
  const now = ctx.now();
  const added = await ctx.documents.change(groupDocName(workshopId, group), (doc) => addMissing(doc, owner, draft.statements, now));
  await ctx.documents.change(draftName, (doc) => {
    const map = statementsOf(doc);
    for (const key of draft.keys) map.delete(key);
  });
  return added;
}

/** Reveals the drafts of one group, or of every group; answers the number added per group. */
export async function revealDrafts(ctx: ServiceContext, workshopId: string, group?: number): Promise<Record<string, number>> {
  const groups = group !== undefined ? [group] : Array.from({ length: GROUP_COUNT }, (_, i) => i + 1);
  const members = ctx.stores.workshops.listParticipants(workshopId).filter((p) => p.role !== 'facilitator');
  const revealed: Record<string, number> = {};
  for (const g of groups) {
    let count = 0;
    for (const owner of members.filter((p) => p.group === g)) count += await revealMember(ctx, workshopId, g, owner);
    revealed[String(g)] = count;
  }
  return revealed;
}
