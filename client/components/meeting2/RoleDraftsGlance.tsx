// SPDX-License-Identifier: EUPL-1.2
/**
 * The role groups' private writing in the cockpit while meeting 2 runs: per role group how many
 * members wrote something in their own draft and how many statements there are (counts only, as in
 * meeting 1's step 1), and "Nu delen" for what is left in a group's drafts (asked first: the group
 * then sees it). In step 1 it is the step's overview; after it, it shows only groups with something left.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import type { RoleGroup } from '../../../shared/docNames.js';
import { apiErrorText } from '../../i18n/apiErrorText.js';
import { announce } from '../../stores/announcerStore.js';
import { shareRoleDraftsNow, useRoleDraftCounts } from '../../stores/roleDraftCountsStore.js';
import { ConfirmAction } from '../ConfirmAction.js';

/** Props of the role groups' private writing. */
export interface RoleDraftsGlanceProps { workshopId: string; groups: RoleGroup[]; active: boolean; writing: boolean }

/** The cockpit's counts of private writing per role group, with "Nu delen". */
export function RoleDraftsGlance({ workshopId, groups, active, writing }: RoleDraftsGlanceProps) {
  const { t } = useTranslation();
  const { counts, failed } = useRoleDraftCounts(workshopId, active, writing);
  const [error, setError] = useState<string | null>(null);
  if (!active) return null;
  const name = (g: RoleGroup) => t(`m2.roleGroup.${g}`);
  const shown = groups.filter((g) => writing || (counts?.groups[g]?.statements ?? 0) > 0);
  if (!writing && !failed && shown.length === 0) return null;
  const share = async (g: RoleGroup) => {
    setError(null);
    try {
      const moved = await shareRoleDraftsNow(workshopId, g);
      announce(t('m2Drafts.shared', { count: moved, group: name(g) }));
    } catch (e) {
      setError(apiErrorText(t, e));
      announce(apiErrorText(t, e));
    }
  };
  return (
    <div className="m2-drafts" role="group" aria-labelledby="m2-stil-titel">
      <Heading level={3} id="m2-stil-titel">{writing ? t('m2Drafts.titleWriting') : t('m2Drafts.titleLeft')}</Heading>
      <Paragraph appearance="small">{writing ? t('cockpit.drafts.onlyCounts') : t('m2Drafts.leftIntro')}</Paragraph>
      {error ? <Alert type="error" role="alert"><Paragraph>{error}</Paragraph></Alert> : null}
      {counts === null && !failed ? <Paragraph appearance="small">{t('cockpit.drafts.loading')}</Paragraph> : null}
      {counts ? (
        <ul className="m2-drafts__groups">
          {shown.map((g) => {
            const count = counts.groups[g] ?? { members: 0, writers: 0, statements: 0 };
            return (
              <li key={g} className="m2-drafts__group">
                <p className="m2-drafts__name" id={`m2-stil-${g}`}>{name(g)}</p>
                <dl className="group-glance__counts" aria-labelledby={`m2-stil-${g}`}>
                  <div className="group-glance__count">
                    <dt>{t('cockpit.drafts.writersLabel')}</dt>
                    <dd>{t('cockpit.drafts.writers', { writers: count.writers, count: count.members })}</dd>
                  </div>
                  <div className="group-glance__count">
                    <dt>{t('m2Drafts.statementsLabel')}</dt>
                    <dd>{t('m2Drafts.statements', { count: count.statements })}</dd>
                  </div>
                </dl>
                {count.statements > 0 ? (
                  <ConfirmAction
                    label={t('m2Drafts.share')}
                    accessibleLabel={t('m2Drafts.shareGroup', { group: name(g) })}
                    question={t('m2Drafts.confirm', { count: count.statements, group: name(g) })}
                    confirmLabel={t('m2Drafts.confirmYes')}
                    onConfirm={() => share(g)}
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      {failed ? <Paragraph appearance="small" className="group-glance__stale">{t('cockpit.drafts.failed')}</Paragraph> : null}
    </div>
  );
}
