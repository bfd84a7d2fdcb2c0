// SPDX-License-Identifier: EUPL-1.2
/**
 * Similar comments from different people, grouped by the Dutch similarity engine as a suggestion:
 * each group shows its shared words and the comments, and can be answered together at once.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import type { CommentForProcessing, SimilarGroup } from '../../../shared/apiConsultation.js';
import type { AnswerStatus } from '../../../shared/consultationDoc.js';
import type { PassageText } from '../../../shared/consultationPassages.js';
import { AnswerForm } from './AnswerForm.js';

/** Props of the suggestions. */
export interface SuggestionGroupsProps {
  groups: SimilarGroup[];
  commentById: (id: string) => CommentForProcessing | undefined;
  passages: readonly PassageText[];
  onAnswer: (commentIds: string[], answer: string, status: AnswerStatus, where: string | null) => Promise<void>;
  locked: boolean;
}

/** The suggested groups. */
export function SuggestionGroups({ groups, commentById, passages, onAnswer, locked }: SuggestionGroupsProps) {
  const { t } = useTranslation();
  const [answering, setAnswering] = useState<number | null>(null);
  return (
    <section className="suggestions" aria-labelledby="suggesties">
      <Heading level={2} id="suggesties">{t('consultation.processing.suggestionsTitle')}</Heading>
      <Paragraph>{groups.length ? t('consultation.processing.suggestionsIntro') : t('consultation.processing.noSuggestions')}</Paragraph>
      <ol className="suggestions__list">
        {groups.map((g, i) => {
          const members = g.commentIds.map(commentById).filter((c): c is CommentForProcessing => Boolean(c));
          const numbers = members.map((c) => c.number).join(', ');
          return (
            <li key={g.commentIds.join()} className="suggestion">
              <p className="suggestion__label"><strong>{t('consultation.processing.groupLabel', { label: g.label || '…', numbers })}</strong></p>
              <ul>{members.map((c) => <li key={c.id}>{t('consultation.comment.number', { number: c.number })}: {c.text}</li>)}</ul>
              {answering === i ? (
                <AnswerForm
                  subject={t('consultation.processing.groupSubject', { numbers })}
                  initial={null}
                  passages={passages}
                  onSubmit={async (text, status, where) => { await onAnswer(g.commentIds, text, status, where); setAnswering(null); }}
                  onCancel={() => setAnswering(null)}
                />
              ) : !locked ? (
                <Button appearance="secondary-action-button" onClick={() => setAnswering(i)}>{t('consultation.processing.answerTogether', { numbers })}</Button>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
