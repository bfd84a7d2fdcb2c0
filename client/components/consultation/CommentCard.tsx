// SPDX-License-Identifier: EUPL-1.2
/**
 * One comment as people see it: who (the role, and the name only when the workshop shows names),
 * the stance in words (not only a colour), the text, and "gewijzigd" / "ingetrokken". Its actions
 * (edit, withdraw, reply) are given by the caller, so the same card serves commenters and the facilitator.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsultationComment } from '../../../shared/consultationDoc.js';

/** Props of a comment card. */
export interface CommentCardProps {
  comment: ConsultationComment;
  /** This is the viewer's own comment. */
  own?: boolean;
  /** Shows the quoted text of the anchor above the comment. */
  showQuote?: boolean;
  children?: ReactNode;
}

/** A comment card. */
export function CommentCard({ comment, own = false, showQuote = false, children }: CommentCardProps) {
  const { t } = useTranslation();
  const who = comment.authorName ? `${comment.authorName} (${t(`role.${comment.role}`)})` : t(`role.${comment.role}`);
  const withdrawn = comment.status === 'withdrawn';
  return (
    <article className={`comment-card comment-card--${comment.stance}${withdrawn ? ' comment-card--withdrawn' : ''}`} aria-label={t('consultation.comment.label', { number: comment.number })}>
      <p className="comment-card__meta">
        <span className="comment-card__number">{t('consultation.comment.number', { number: comment.number })}</span>
        {comment.parentId === null ? <span className="comment-card__stance">{t(`consultation.stance.${comment.stance}`)}</span> : null}
        <span>{who}</span>
        {own ? <span className="comment-card__own">{t('consultation.comment.own')}</span> : null}
        {comment.editedAt && !withdrawn ? <span>{t('consultation.comment.edited')}</span> : null}
      </p>
      {showQuote && comment.anchor ? <blockquote className="comment-card__quote">{comment.anchor.quote}</blockquote> : null}
      {withdrawn ? <p className="comment-card__text comment-card__text--withdrawn">{t('consultation.comment.withdrawn')}</p> : <p className="comment-card__text">{comment.text}</p>}
      {children}
    </article>
  );
}
