// SPDX-License-Identifier: EUPL-1.2
/**
 * "Wat is er met mijn reactie gedaan?": after the reactienota is published, each of the commenter's
 * own comments with the answer, what was concluded (verwerkt / deels / niet) and where.
 */
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import type { OutcomesAnswer } from '../../../shared/apiConsultation.js';
import { AppLink } from '../AppLink.js';
import { CommentCard } from './CommentCard.js';

/** The commenter's outcomes section. */
export function MyOutcomes({ outcomes, reactienotaHref }: { outcomes: OutcomesAnswer; reactienotaHref: string }) {
  const { t } = useTranslation();
  const own = outcomes.outcomes.filter((o) => o.comment.parentId === null);
  return (
    <section className="my-outcomes" aria-labelledby="mijn-reacties">
      <Heading level={2} id="mijn-reacties">{t('consultation.outcomes.title')}</Heading>
      {!outcomes.published ? <Paragraph>{t('consultation.outcomes.notYet')}</Paragraph> : null}
      {outcomes.published && own.length === 0 ? <Paragraph>{t('consultation.outcomes.none')}</Paragraph> : null}
      {outcomes.published && own.length ? (
        <ul className="comment-list">
          {own.map(({ comment, answer }) => (
            <li key={comment.id}>
              <CommentCard comment={comment} own showQuote>
                <div className="outcome">
                  {answer ? (
                    <>
                      <p className="outcome__status"><strong>{t(`consultation.status.${answer.status}`)}</strong></p>
                      <p className="outcome__answer">{answer.text}</p>
                      {answer.wherePassageId ? <p>{t('consultation.outcomes.changed')}</p> : null}
                    </>
                  ) : <p>{t('consultation.outcomes.noAnswer')}</p>}
                </div>
              </CommentCard>
            </li>
          ))}
        </ul>
      ) : null}
      {outcomes.published ? <Paragraph><AppLink href={reactienotaHref}>{t('consultation.outcomes.toNota')}</AppLink></Paragraph> : null}
    </section>
  );
}
