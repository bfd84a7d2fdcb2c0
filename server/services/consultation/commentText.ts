/** Checks a comment's plain text: not empty, at most MAX_COMMENT_CHARS characters; returns it trimmed. */
import { MAX_COMMENT_CHARS } from '../../../shared/consultationDoc.js';
import { DomainError } from '../domainError.js';

/** The trimmed text, or comment-empty / comment-too-long. */
export function checkedCommentText(text: string): string {
  const trimmed = text.replace(/\r\n?/g, '\n').trim();
  if (trimmed === '') throw new DomainError('comment-empty', 'A comment needs text');
  if (trimmed.length > MAX_COMMENT_CHARS) throw new DomainError('comment-too-long', `A comment has at most ${MAX_COMMENT_CHARS} characters`);
  return trimmed;
}
