// SPDX-License-Identifier: EUPL-1.2
/**
 * Answers one comment or a group of similar comments: an answer text, a status (verwerkt / deels /
 * niet) and, where the text changed, the passage in the new version. It replaces these comments'
 * earlier answer. Answers stay the facilitator's draft (not in the document) until the reactienota
 * is published; after that they no longer change.
 */
import type { AnswerBody } from '../../../shared/apiConsultation.js';
import { MAX_ANSWER_CHARS, type ConsultationAnswer } from '../../../shared/consultationDoc.js';
import { newId } from '../../auth/tokens.js';
import type { AnswerRecord } from '../../store/consultationStore.js';
import { DomainError } from '../domainError.js';
import type { ServiceContext } from '../serviceContext.js';
import { requireConsultation } from './consultationAccess.js';
import { answerEntry } from './consultationDocWriter.js';
import { needsAnswer } from './commentProgress.js';

/** Stores the answer and returns it. */
export async function answerComments(ctx: ServiceContext, workshopId: string, body: AnswerBody): Promise<ConsultationAnswer> {
  const c = await requireConsultation(ctx, workshopId);
  if (c.publishedAt !== null) throw new DomainError('reactienota-published', 'The reactienota was published: its answers no longer change');
  const text = body.answer.trim();
  if (text === '' || text.length > MAX_ANSWER_CHARS) throw new DomainError('answer-invalid', `An answer needs text, at most ${MAX_ANSWER_CHARS} characters`);
  const ids = [...new Set(body.commentIds)];
  for (const id of ids) {
    const comment = await ctx.stores.consultations.comment(id);
    if (!comment || comment.consultationId !== c.id || !needsAnswer(comment)) {
      throw new DomainError('comment-not-found', `No comment ${id} to answer (replies and withdrawn comments need no answer)`);
    }
  }
  const answer: AnswerRecord = {
    id: newId(), consultationId: c.id, workshopId, commentIds: ids, answer: text, status: body.status,
    wherePassageId: body.wherePassageId, answeredAt: ctx.now(),
  };
  await ctx.stores.consultations.putAnswer(answer);
  return answerEntry(answer);
}
