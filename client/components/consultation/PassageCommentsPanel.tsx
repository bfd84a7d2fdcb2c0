// SPDX-License-Identifier: EUPL-1.2
/**
 * Beside the vision editor (merge view): the consultation's comments on the passage where the caret
 * is, so the facilitator edits the live vision with the comments at hand. Shows nothing while the
 * workshop has no consultation. Reads the consultation document live (read-only).
 */
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useLiveConsultation } from '../../collab/consultationHooks.js';
import { consultationProcessingPath } from '../../routes/consultationPaths.js';
import { AppLink } from '../AppLink.js';
import { CommentCard } from './CommentCard.js';
import './consultation.css';

/** The comments panel of the passage at the caret. */
export function PassageCommentsPanel({ workshopId, passageId }: { workshopId: string; passageId: string | null }) {
  const { t } = useTranslation();
  const { meta, comments } = useLiveConsultation(workshopId);
  if (!meta) return null;
  const here = passageId ? comments.filter((c) => c.parentId === null && c.anchor?.passageId === passageId && c.status === 'active') : [];
  return (
    <section className="sources-panel passage-comments" aria-labelledby="consultatie-reacties">
      <Heading level={3} id="consultatie-reacties">{t('consultation.mergePanel.title')}</Heading>
      <div aria-live="polite" className="sources-panel__body">
        {passageId === null ? <Paragraph appearance="small">{t('consultation.mergePanel.hint')}</Paragraph> : null}
        {passageId !== null && here.length === 0 ? <Paragraph>{t('consultation.mergePanel.none')}</Paragraph> : null}
        {here.length ? (
          <ul className="comment-list">
            {here.map((c) => <li key={c.id}><CommentCard comment={c} showQuote /></li>)}
          </ul>
        ) : null}
        <Paragraph appearance="small"><AppLink href={consultationProcessingPath(workshopId)}>{t('consultation.mergePanel.toProcessing')}</AppLink></Paragraph>
      </div>
    </section>
  );
}
