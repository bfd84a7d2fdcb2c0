// SPDX-License-Identifier: EUPL-1.2
/**
 * Writes the consultation document (shared/consultationDoc.ts) through the document port, on the
 * server's own authority: the store is the source of truth, the document what open screens see live.
 * A comment in the document carries no author: only role and role category, and the name when the
 * workshop shows names (now: a change of that setting rewrites the names, see writeNamesSetting).
 */
import {
  consultationMetaOf, writeConsultationAnswers, writeConsultationComment, writeConsultationMeta, type ConsultationAnswer, type ConsultationComment, type ConsultationMeta,
} from '../../../shared/consultationDoc.js';
import { consultationDocName } from '../../../shared/docNames.js';
import { roleCategory } from '../../../shared/roles.js';
import type { AnswerRecord, CommentRecord, ConsultationPersonRecord, ConsultationRecord } from '../../store/consultationStore.js';
import type { ServiceContext } from '../serviceContext.js';
import { iso } from './consultationAccess.js';

/** Whether the workshop shows names (then comments carry the author's name). */
export const showsNames = async (ctx: Pick<ServiceContext, 'stores'>, workshopId: string): Promise<boolean> => (await ctx.stores.workshops.getWorkshop(workshopId))?.showNames ?? false;

/** The meta of a consultation as the document holds it. */
export async function consultationMeta(ctx: ServiceContext, c: ConsultationRecord): Promise<ConsultationMeta> {
  return {
    consultationId: c.id, version: c.version, intro: c.intro, closesAt: iso(c.closesAt), closedEarly: c.closedEarly,
    repliesAllowed: c.repliesAllowed, showNames: await showsNames(ctx, c.workshopId),
    publishedAt: c.publishedAt === null ? null : iso(c.publishedAt), newVersion: c.newVersion,
  };
}

/** A stored comment as the document (and everyone but the facilitator's export) shows it. */
export function commentEntry(c: CommentRecord, author: ConsultationPersonRecord | null, names: boolean): ConsultationComment {
  const role = author?.role ?? 'ambtenaar';
  return {
    id: c.id, number: c.number, parentId: c.parentId, stance: c.stance, text: c.status === 'withdrawn' ? '' : c.text,
    role, roleCategory: roleCategory(role), authorName: names && author ? author.name : null, anchor: c.anchor,
    status: c.status, createdAt: iso(c.createdAt), editedAt: c.editedAt === null ? null : iso(c.editedAt),
  };
}

/** A stored answer as the document shows it. */
export const answerEntry = (a: AnswerRecord): ConsultationAnswer => ({
  id: a.id, commentIds: a.commentIds, answer: a.answer, status: a.status, wherePassageId: a.wherePassageId, answeredAt: iso(a.answeredAt),
});

/** Writes the consultation's meta. */
export async function writeMeta(ctx: ServiceContext, c: ConsultationRecord): Promise<void> {
  const meta = await consultationMeta(ctx, c);
  await ctx.documents.change(consultationDocName(c.workshopId), (doc) => writeConsultationMeta(doc, meta));
}

/**
 * Writes the meta when the consultation opens. A process without documents (the CLI) cannot: the
 * first comment writes it then (writeComment), and the facilitator's dashboard shows the store's.
 */
export async function writeOpeningMeta(ctx: ServiceContext, c: ConsultationRecord): Promise<void> {
  try {
    await writeMeta(ctx, c);
  } catch (err) {
    ctx.log.warn('consultation.meta-deferred', { workshopId: c.workshopId, error: err instanceof Error ? err.message : String(err) });
  }
}

/** Writes (or replaces) one comment, and the meta when the document does not have it yet. */
export async function writeComment(ctx: ServiceContext, c: ConsultationRecord, entry: ConsultationComment): Promise<void> {
  const meta = await consultationMeta(ctx, c);
  await ctx.documents.change(consultationDocName(c.workshopId), (doc) => {
    if (!consultationMetaOf(doc).has('consultationId')) writeConsultationMeta(doc, meta);
    writeConsultationComment(doc, entry);
  });
}

/**
 * Makes the document follow the workshop's current "names shown" setting: every comment is written
 * again with its author's name, or without it, and the meta's showNames follows. Called when the
 * setting changes, so a name written while names were shown does not stay readable after the
 * facilitator hid them (nor stay hidden after they were shown). No consultation: nothing to do.
 */
export async function writeNamesSetting(ctx: ServiceContext, workshopId: string): Promise<void> {
  const c = await ctx.stores.consultations.ofWorkshop(workshopId);
  if (!c) return;
  const names = await showsNames(ctx, workshopId);
  const people = new Map((await ctx.stores.consultations.people(c.id)).map((p) => [p.id, p]));
  const entries = (await ctx.stores.consultations.comments(c.id)).map((r) => commentEntry(r, people.get(r.personId) ?? null, names));
  const meta = await consultationMeta(ctx, c);
  await ctx.documents.change(consultationDocName(workshopId), (doc) => {
    writeConsultationMeta(doc, meta);
    for (const entry of entries) writeConsultationComment(doc, entry);
  });
}

/** Writes every answer at once (publication). */
export async function writeAnswers(ctx: ServiceContext, workshopId: string, answers: readonly AnswerRecord[]): Promise<void> {
  const entries = answers.map(answerEntry);
  await ctx.documents.change(consultationDocName(workshopId), (doc) => writeConsultationAnswers(doc, entries));
}
