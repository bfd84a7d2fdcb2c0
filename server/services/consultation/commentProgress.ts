// SPDX-License-Identifier: EUPL-1.2
/**
 * Which comments need an answer and which have one. Only active top-level comments are answered:
 * replies belong to the discussion of their comment, withdrawn comments were taken back.
 */
import type { AnswerRecord, CommentRecord } from '../../store/consultationStore.js';

/** Whether a comment needs an answer. */
export const needsAnswer = (c: CommentRecord): boolean => c.parentId === null && c.status === 'active';

/** Comment id → the answer that covers it. */
export function answerByComment(answers: readonly AnswerRecord[]): Map<string, AnswerRecord> {
  const out = new Map<string, AnswerRecord>();
  for (const a of answers) for (const id of a.commentIds) out.set(id, a);
  return out;
}

/** "37 van 52 beantwoord": answered and total comments that need an answer. */
export function progressOf(comments: readonly CommentRecord[], answers: readonly AnswerRecord[]): { answered: number; total: number } {
  const byComment = answerByComment(answers);
  const open = comments.filter(needsAnswer);
  return { answered: open.filter((c) => byComment.has(c.id)).length, total: open.length };
}
