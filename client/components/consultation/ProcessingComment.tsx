// SPDX-License-Identifier: EUPL-1.2
/**
 * One comment in the processing view: the card (with its replies), where it lands on the live
 * vision ("passage gewijzigd" / "passage verwijderd" when it no longer fits), its answer and status,
 * and "Beantwoorden" / "Antwoord wijzigen".
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@utrecht/component-library-react';
import type { CommentForProcessing } from '../../../shared/apiConsultation.js';
import type { AnswerStatus, ConsultationAnswer } from '../../../shared/consultationDoc.js';
import type { PassageText } from '../../../shared/consultationPassages.js';
import { CommentCard } from './CommentCard.js';
import { AnswerForm } from './AnswerForm.js';

/** Props of a comment in processing. */
export interface ProcessingCommentProps {
  comment: CommentForProcessing;
  replies: CommentForProcessing[];
  answer: ConsultationAnswer | null;
  passages: readonly PassageText[];
  /** Answers these comments; resolves when saved. */
  onAnswer: (commentIds: string[], answer: string, status: AnswerStatus, where: string | null) => Promise<void>;
  locked: boolean;
}

/** A comment with its answer. */
export function ProcessingComment({ comment, replies, answer, passages, onAnswer, locked }: ProcessingCommentProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const placement = comment.placement;
  const shared = answer && answer.commentIds.length > 1;
  return (
    <li className="processing-comment">
      <CommentCard comment={comment} showQuote>
        {placement && placement.state !== 'ok' ? (
          <p className="placement-warning"><strong>{t(`consultation.processing.placement.${placement.state}`)}</strong></p>
        ) : null}
        {replies.length ? (
          <ul className="comment-thread__replies">{replies.map((r) => <li key={r.id}><CommentCard comment={r} /></li>)}</ul>
        ) : null}
        {answer && !editing ? (
          <div className="processing-answer">
            <p className="processing-answer__status"><strong>{t(`consultation.status.${answer.status}`)}</strong>{shared ? ` · ${t('consultation.processing.sharedAnswer', { count: answer.commentIds.length })}` : ''}</p>
            <p>{answer.answer}</p>
          </div>
        ) : null}
        {!answer && !editing && comment.status === 'active' ? <p className="processing-answer__missing">{t('consultation.processing.unanswered')}</p> : null}
        {editing ? (
          <AnswerForm
            subject={t('consultation.processing.subject', { number: comment.number })}
            initial={answer}
            passages={passages}
            onSubmit={async (text, status, where) => { await onAnswer(answer && shared ? answer.commentIds : [comment.id], text, status, where); setEditing(false); }}
            onCancel={() => setEditing(false)}
          />
        ) : null}
        {!editing && !locked && comment.status === 'active' ? (
          <div className="button-row">
            <Button appearance="secondary-action-button" onClick={() => setEditing(true)} aria-label={t(answer ? 'consultation.processing.changeNamed' : 'consultation.processing.answerNamed', { number: comment.number })}>
              {answer ? t('consultation.processing.change') : t('consultation.processing.answer')}
            </Button>
          </div>
        ) : null}
      </CommentCard>
    </li>
  );
}
