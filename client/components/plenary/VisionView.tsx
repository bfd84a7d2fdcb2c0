/** The global vision as it is being written (plenary screen): live, read-only, in large type. */
import { useTranslation } from 'react-i18next';
import { Paragraph } from '@utrecht/component-library-react';
import { VISION_FIELDS } from '../../../shared/visionDoc.js';
import { useVisionReader } from '../../collab/visionHooks.js';
import { useRichTextField } from '../../collab/richTextHooks.js';
import { RichTextView } from '../richText/RichTextView.js';

/** The vision view. */
export function VisionView({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const { room } = useVisionReader(workshopId);
  const { node, unreadable } = useRichTextField(room, VISION_FIELDS.content);
  const hasText = node !== null && node.textContent.trim() !== '';
  return (
    <section className="plenary-view plenary-view--vision" aria-label={t('plenary.visionTitle')}>
      {unreadable ? <Paragraph>{t('plenary.unreadable')}</Paragraph> : null}
      {node && hasText ? <RichTextView node={node} className="plenary-text plenary-text--vision" /> : null}
      {!unreadable && !hasText ? <Paragraph className="plenary-column__note">{t('plenary.emptyVision')}</Paragraph> : null}
    </section>
  );
}
