// SPDX-License-Identifier: EUPL-1.2
/** English texts of the consultation's API error ids (see consultationErrorsNl.ts). */
import type { consultationErrorsNl } from './consultationErrorsNl.js';

/** English translation of the consultation error texts. */
export const consultationErrorsEn: Record<keyof typeof consultationErrorsNl, string> = {
  'consultation-not-found': 'There is no consultation for this workshop (yet).',
  'consultation-exists': 'This workshop already has a consultation.',
  'version-not-frozen': 'This version of the vision was never frozen. Freeze a version first.',
  'closes-in-past': 'The closing date must lie in the future.',
  'consultation-closed': 'The consultation has closed. You can no longer comment or change your comment.',
  'comment-empty': 'Write your comment first.',
  'comment-too-long': 'Your comment is too long. Use at most 2,000 characters.',
  'passage-unknown': 'This passage is not in the vision. Reload the page.',
  'anchor-outside': 'Your selection lies outside the text. Choose the passage again.',
  'quote-mismatch': 'The chosen text no longer matches. Choose the passage again.',
  'comment-not-found': 'This comment does not exist (any more).',
  'not-your-comment': 'You can only change or withdraw your own comment.',
  'comment-withdrawn': 'This comment was withdrawn.',
  'replies-not-allowed': 'Replying to others is switched off in this consultation.',
  'too-many-comments': 'You posted many comments in a short time. Wait a minute and try again.',
  'answer-invalid': 'Write an answer of at most 4,000 characters.',
  'unanswered-comments-freeze': 'Not every comment has an answer yet. Are you sure you want to freeze version 2?',
  'unanswered-comments': 'The response report can only be published once every comment has an answer.',
  'reactienota-published': 'The response report has been published. Answers can no longer change.',
  'reactienota-not-published': 'The response report has not been published yet.',
};
