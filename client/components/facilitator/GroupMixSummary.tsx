// SPDX-License-Identifier: EUPL-1.2
/**
 * The honest make-up of the groups (shared/groupMix.ts): a table with per group the number of
 * people per role category and in total, then either "the groups are fine" or a warning that says
 * what is off (sizes, a missing category, only one role present) and what the facilitator can do.
 */
import { useTranslation } from 'react-i18next';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import type { ParticipantView } from '../../../shared/api.js';
import { groupMix } from '../../../shared/groupMix.js';
import { ROLE_CATEGORIES } from '../../../shared/roles.js';
import { groupLabel } from '../../i18n/groupLabel.js';

/** Props of the mix summary. */
export interface GroupMixSummaryProps {
  participants: ParticipantView[];
  groupNames: readonly string[];
}

/** The table of the groups' make-up with its verdict. */
export function GroupMixSummary({ participants, groupNames }: GroupMixSummaryProps) {
  const { t } = useTranslation();
  const mix = groupMix(participants);
  if (mix.groups.every((g) => g.total === 0)) return null;
  const label = (group: number) => groupLabel(t, groupNames, group);
  const categories = ROLE_CATEGORIES.filter((c) => mix.present.includes(c));
  const problems: string[] = [];
  if (mix.present.length === 1) problems.push(t('board.onlyOne', { category: t(`board.category.${mix.present[0]}`) }));
  if (mix.sizesUneven) problems.push(t('board.sizesUneven', { sizes: mix.groups.map((g) => t('board.sizeOf', { group: label(g.group), count: g.total })).join(', ') }));
  for (const m of mix.missing) problems.push(t('board.missing', { group: label(m.group), category: t(`board.category.${m.category}`) }));

  return (
    <div className="group-mix">
      <table className="group-mix__table">
        <caption>{t('board.mixCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('board.mixGroup')}</th>
            {categories.map((c) => <th scope="col" key={c}>{t(`board.category.${c}`)}</th>)}
            <th scope="col">{t('board.mixTotal')}</th>
          </tr>
        </thead>
        <tbody>
          {mix.groups.map((g) => (
            <tr key={g.group}>
              <th scope="row">{label(g.group)}</th>
              {categories.map((c) => <td key={c} className={g.counts[c] === 0 ? 'group-mix__zero' : undefined}>{g.counts[c]}</td>)}
              <td>{g.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {problems.length === 0 ? <Paragraph className="group-mix__ok">{t('board.mixOk')}</Paragraph> : (
        <Alert type="warning">
          <Paragraph><strong>{t('board.mixWarnTitle')}</strong></Paragraph>
          <ul>{problems.map((p) => <li key={p}>{p}</li>)}</ul>
          <Paragraph>{t('board.mixAdvice')}</Paragraph>
        </Alert>
      )}
    </div>
  );
}
