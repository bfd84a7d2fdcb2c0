// SPDX-License-Identifier: EUPL-1.2
/**
 * The global vision as it is being written (plenary screen): live, read-only, in large type. On the
 * room screen (`fit`) it fits the screen or pages by itself.
 */
import { useTranslation } from 'react-i18next';
import { Paragraph } from '@utrecht/component-library-react';
import { VISION_FIELDS } from '../../../shared/visionDoc.js';
import { useVisionReader } from '../../collab/visionHooks.js';
import { useRichTextField } from '../../collab/richTextHooks.js';
import { RichTextView } from '../richText/RichTextView.js';
import { FitOrPage } from './FitOrPage.js';

/** The vision view (`fit`: the room screen, where nobody scrolls). */
export function VisionView({ workshopId, fit = false }: { workshopId: string; fit?: boolean }) {
  const { t } = useTranslation();
  const { room } = useVisionReader(workshopId);
  const { node, unreadable } = useRichTextField(room, VISION_FIELDS.content);
  const hasText = node !== null && node.textContent.trim() !== '';
  const text = node && hasText ? <RichTextView node={node} className="plenary-text plenary-text--vision" /> : null;
  return (
    <section className={`plenary-view plenary-view--vision${fit ? ' plenary-view--fit' : ''}`} aria-label={t('plenary.visionTitle')}>
      {unreadable ? <Paragraph>{t('plenary.unreadable')}</Paragraph> : null}
      {text && fit ? <FitOrPage label={t('plenary.paging.vision')} className="fit-page--vision">{text}</FitOrPage> : text}
      {!unreadable && !hasText ? <Paragraph className="plenary-column__note">{t('plenary.emptyVision')}</Paragraph> : null}
    </section>
  );
}
