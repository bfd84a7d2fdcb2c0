// SPDX-License-Identifier: EUPL-1.2
/**
 * A group's private writing in step 1, on its cockpit card: how many members wrote something and
 * how many private statements there are. Counts only: the cockpit never shows what was written.
 */
import { useTranslation } from 'react-i18next';
import { Paragraph } from '@utrecht/component-library-react';
import type { DraftGroupCount } from '../../../shared/apiMeeting.js';

/** Props of the private-writing counts. */
export interface DraftGlanceProps { group: number; count: DraftGroupCount | null; failed: boolean }

/** The private-writing counts of one group (step 1). */
export function DraftGlance({ group, count, failed }: DraftGlanceProps) {
  const { t } = useTranslation();
  const titleId = `groep-${group}-stil`;
  return (
    <div className="group-glance__drafts" role="group" aria-labelledby={titleId}>
      <p className="group-glance__drafts-title" id={titleId}>{t('cockpit.drafts.title')}</p>
      {count ? (
        <dl className="group-glance__counts">
          <div className="group-glance__count">
            <dt>{t('cockpit.drafts.writersLabel')}</dt>
            <dd>{t('cockpit.drafts.writers', { writers: count.writers, count: count.members })}</dd>
          </div>
          <div className="group-glance__count">
            <dt>{t('cockpit.drafts.statementsLabel')}</dt>
            <dd>{t('cockpit.groups.statements', { count: count.statements })}</dd>
          </div>
        </dl>
      ) : failed ? null : <Paragraph appearance="small">{t('cockpit.drafts.loading')}</Paragraph>}
      {failed ? <Paragraph appearance="small" className="group-glance__stale">{t('cockpit.drafts.failed')}</Paragraph> : null}
    </div>
  );
}
