// SPDX-License-Identifier: EUPL-1.2
/**
 * Edits or withdraws a commenter's own comment until the consultation closes. Someone else's comment
 * is refused (not-your-comment), as is a withdrawn one. A withdrawn comment keeps its number but
 * loses its text, in the store and in the document.
 */
import type { CommentEditBody } from '../../../shared/apiConsultation.js';
import type { ConsultationComment } from '../../../shared/consultationDoc.js';
import type { CommentRecord, ConsultationPersonRecord } from '../../store/consultationStore.js';
import { DomainError } from '../domainError.js';
import type { ServiceContext } from '../serviceContext.js';
import { requireConsultation, requireOpen } from './consultationAccess.js';
import { commentEntry, showsNames, writeComment } from './consultationDocWriter.js';
import { checkedCommentText } from './commentText.js';

async function ownActiveComment(ctx: ServiceContext, person: ConsultationPersonRecord, commentId: string): Promise<CommentRecord> {
  const c = await requireConsultation(ctx, person.workshopId);
  requireOpen(ctx, c);
  const comment = await ctx.stores.consultations.comment(commentId);
  if (!comment || comment.consultationId !== c.id) throw new DomainError('comment-not-found', 'No such comment');
  if (comment.personId !== person.id) throw new DomainError('not-your-comment', 'Only the author may change or withdraw a comment');
  if (comment.status === 'withdrawn') throw new DomainError('comment-withdrawn', 'This comment was withdrawn');
  return comment;
}

async function save(ctx: ServiceContext, person: ConsultationPersonRecord, next: CommentRecord): Promise<ConsultationComment> {
  await ctx.stores.consultations.updateComment(next);
  const entry = commentEntry(next, person, await showsNames(ctx, person.workshopId));
  await writeComment(ctx, await requireConsultation(ctx, person.workshopId), entry);
  return entry;
}

/** Changes the text (and the stance of a top-level comment). */
export async function editComment(ctx: ServiceContext, person: ConsultationPersonRecord, commentId: string, body: CommentEditBody): Promise<ConsultationComment> {
  const comment = await ownActiveComment(ctx, person, commentId);
  const text = checkedCommentText(body.text);
  const stance = comment.parentId === null && body.stance ? body.stance : comment.stance;
  return save(ctx, person, { ...comment, text, stance, editedAt: ctx.now() });
}

/** Withdraws the comment. */
export async function withdrawComment(ctx: ServiceContext, person: ConsultationPersonRecord, commentId: string): Promise<ConsultationComment> {
  const comment = await ownActiveComment(ctx, person, commentId);
  return save(ctx, person, { ...comment, text: '', status: 'withdrawn', editedAt: ctx.now() });
}
