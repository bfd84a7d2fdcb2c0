// SPDX-License-Identifier: EUPL-1.2
/**
 * A comment with its replies, on the commenter's page: the commenter may edit or withdraw their own
 * comment until closing, and reply to others when the facilitator allows replies.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@utrecht/component-library-react';
import type { ConsultationComment, Stance } from '../../../shared/consultationDoc.js';
import { ConfirmAction } from '../ConfirmAction.js';
import { CommentCard } from './CommentCard.js';
import { CommentForm } from './CommentForm.js';

/** What the commenter may do here, and how. */
export interface ThreadActions {
  open: boolean;
  repliesAllowed: boolean;
  isOwn: (commentId: string) => boolean;
  edit: (commentId: string, text: string, stance: Stance) => Promise<void>;
  withdraw: (commentId: string) => Promise<void>;
  reply: (commentId: string, text: string) => Promise<void>;
}

/** A comment and its replies. */
export function CommenterThread({ comment, replies, actions }: { comment: ConsultationComment; replies: ConsultationComment[]; actions: ThreadActions }) {
  return (
    <li className="comment-thread">
      <OwnComment comment={comment} actions={actions} />
      {replies.length ? (
        <ul className="comment-thread__replies">
          {replies.map((r) => <li key={r.id}><OwnComment comment={r} actions={actions} /></li>)}
        </ul>
      ) : null}
    </li>
  );
}

function OwnComment({ comment, actions }: { comment: ConsultationComment; actions: ThreadActions }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'view' | 'edit' | 'reply'>('view');
  const own = actions.isOwn(comment.id);
  const active = comment.status === 'active';
  const isReply = comment.parentId !== null;
  if (mode === 'edit') {
    return (
      <CommentForm
        label={t('consultation.form.editLabel', { number: comment.number })}
        submitLabel={t('consultation.form.save')}
        withStance={!isReply && comment.stance !== 'algemeen'}
        initialText={comment.text}
        initialStance={comment.stance}
        onSubmit={async (text, stance) => { await actions.edit(comment.id, text, stance); setMode('view'); }}
        onCancel={() => setMode('view')}
      />
    );
  }
  return (
    <CommentCard comment={comment} own={own}>
      {actions.open && active ? (
        <div className="button-row comment-card__actions">
          {own ? (
            <>
              <Button appearance="secondary-action-button" onClick={() => setMode('edit')} aria-label={t('consultation.comment.editNamed', { number: comment.number })}>
                {t('consultation.comment.edit')}
              </Button>
              <ConfirmAction
                label={t('consultation.comment.withdraw')}
                accessibleLabel={t('consultation.comment.withdrawNamed', { number: comment.number })}
                question={t('consultation.comment.withdrawQuestion')}
                confirmLabel={t('consultation.comment.withdrawConfirm')}
                onConfirm={() => actions.withdraw(comment.id)}
              />
            </>
          ) : null}
          {!own && !isReply && actions.repliesAllowed && mode === 'view' ? (
            <Button appearance="subtle-button" onClick={() => setMode('reply')} aria-label={t('consultation.comment.replyNamed', { number: comment.number })}>
              {t('consultation.comment.reply')}
            </Button>
          ) : null}
        </div>
      ) : null}
      {mode === 'reply' ? (
        <CommentForm
          label={t('consultation.form.replyLabel', { number: comment.number })}
          submitLabel={t('consultation.form.sendReply')}
          withStance={false}
          onSubmit={async (text) => { await actions.reply(comment.id, text); setMode('view'); }}
          onCancel={() => setMode('view')}
        />
      ) : null}
    </CommentCard>
  );
}
