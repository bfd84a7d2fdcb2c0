// SPDX-License-Identifier: EUPL-1.2
/**
 * "Bronnen": where the passage under the pointer (or at the caret) in the vision came from. A
 * polite status region, so moving the caret into another passage reads its sources out.
 */
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import type { Statement } from '../../../shared/groupDoc.js';
import type { SourceRef } from '../../../shared/visionDoc.js';
import { SourceList } from './SourceList.js';

/** Props of the sources panel. */
export interface SourcesPanelProps {
  passageId: string | null;
  provenance: Record<string, SourceRef[]>;
  statements: (Statement[] | null)[];
}

/** The sources panel. */
export function SourcesPanel({ passageId, provenance, statements }: SourcesPanelProps) {
  const { t } = useTranslation();
  const sources = passageId ? provenance[passageId] ?? [] : null;
  return (
    <section className="sources-panel" aria-labelledby="bronnen-titel">
      <Heading level={3} id="bronnen-titel">{t('merge.sources.title')}</Heading>
      <div aria-live="polite" className="sources-panel__body">
        {sources === null ? <Paragraph appearance="small">{t('merge.sources.hint')}</Paragraph> : null}
        {sources !== null && sources.length === 0 ? <Paragraph>{t('merge.sources.none')}</Paragraph> : null}
        {sources && sources.length > 0 ? <SourceList sources={sources} statements={statements} /> : null}
      </div>
    </section>
  );
}
