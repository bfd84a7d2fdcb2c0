// SPDX-License-Identifier: EUPL-1.2
/**
 * One passage of the frozen vision on the commenter's page. A tap on the passage (phone) or a
 * selection in it (desktop) opens the comment form for that passage or that selection; the button
 * under it does the same from the keyboard. The passage's comments and replies follow.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@utrecht/component-library-react';
import type { PassageText } from '../../../shared/consultationPassages.js';
import type { ConsultationComment, Stance } from '../../../shared/consultationDoc.js';
import { CommentForm } from './CommentForm.js';
import { CommenterThread, type ThreadActions } from './CommenterThread.js';
import { selectionWithin, wholePassage, type PassageRange } from './selectionAnchor.js';

/** Props of a passage on the commenter's page. */
export interface CommenterPassageProps {
  passage: PassageText;
  comments: ConsultationComment[];
  repliesOf: (commentId: string) => ConsultationComment[];
  actions: ThreadActions;
  post: (range: PassageRange, text: string, stance: Stance) => Promise<void>;
}

/** A passage with its comments. */
export function CommenterPassage({ passage, comments, repliesOf, actions, post }: CommenterPassageProps) {
  const { t } = useTranslation();
  const textRef = useRef<HTMLParagraphElement>(null);
  const [range, setRange] = useState<PassageRange | null>(null);
  const headingId = `passage-${passage.passageId}`;

  const startComment = () => {
    if (!actions.open) return;
    const selected = textRef.current ? selectionWithin(textRef.current, passage.text) : null;
    setRange(selected ?? wholePassage(passage.text));
  };
  const partial = range && (range.start > 0 || range.end < passage.text.length);

  return (
    <section className={`consult-passage${range ? ' consult-passage--active' : ''}`} aria-labelledby={headingId} data-passage={passage.passageId}>
      <p id={headingId} ref={textRef} className="consult-passage__text" onClick={startComment}>{passage.text}</p>
      <div className="consult-passage__bar">
        <span className="consult-passage__count">{t('consultation.passage.count', { count: comments.length })}</span>
        {actions.open && !range ? (
          <Button appearance="secondary-action-button" onMouseDown={(e) => e.preventDefault()} onClick={startComment}>
            {t('consultation.passage.comment')}
          </Button>
        ) : null}
      </div>
      {range ? (
        <div className="consult-passage__form">
          <p className="consult-passage__quote-label">{partial ? t('consultation.passage.onSelection') : t('consultation.passage.onPassage')}</p>
          {partial ? <blockquote className="comment-card__quote">{range.quote}</blockquote> : null}
          <CommentForm
            label={t('consultation.form.commentLabel')}
            submitLabel={t('consultation.form.send')}
            withStance
            onSubmit={async (text, stance) => { await post(range, text, stance); setRange(null); }}
            onCancel={() => setRange(null)}
          />
        </div>
      ) : null}
      {comments.length ? (
        <ul className="comment-list" aria-label={t('consultation.passage.commentsLabel')}>
          {comments.map((c) => <CommenterThread key={c.id} comment={c} replies={repliesOf(c.id)} actions={actions} />)}
        </ul>
      ) : null}
    </section>
  );
}
