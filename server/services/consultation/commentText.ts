// SPDX-License-Identifier: EUPL-1.2
/**
 * Checks a comment's plain text: control characters other than newline and tab are dropped, then it
 * must not be empty and have at most MAX_COMMENT_CHARS characters; returns it trimmed. The text is
 * never interpreted (no HTML, no Markdown): readers show it as text.
 */
import { MAX_COMMENT_CHARS } from '../../../shared/consultationDoc.js';
import { DomainError } from '../domainError.js';

/** The trimmed text, or comment-empty / comment-too-long. */
export function checkedCommentText(text: string): string {
  const trimmed = text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').trim();
  if (trimmed === '') throw new DomainError('comment-empty', 'A comment needs text');
  if (trimmed.length > MAX_COMMENT_CHARS) throw new DomainError('comment-too-long', `A comment has at most ${MAX_COMMENT_CHARS} characters`);
  return trimmed;
}
