// SPDX-License-Identifier: EUPL-1.2
/** Where an agreement came from, like the vision's provenance: each ambition or expectation with its group(s) and the wording when linked. */
import { useTranslation } from 'react-i18next';
import type { AgreementSource } from '../../../shared/agreementsDoc.js';

/** The sources of one agreement (nothing when it has none). */
export function AgreementSources({ sources, headingId }: { sources: readonly AgreementSource[]; headingId: string }) {
  const { t } = useTranslation();
  if (sources.length === 0) return null;
  const group = (g: string) => t(`agreements.ownerGroup.${g}`);
  return (
    <div className="agreement__sources">
      <p className="agreement__sources-title" id={headingId}>{t('agreements.sourcesTitle')}</p>
      <ul className="source-list" aria-labelledby={headingId}>
        {sources.map((s) => (
          <li key={`${s.kind}:${s.statementId}`} className="source-list__item">
            <span className="source-list__where">
              {s.kind === 'ambition' ? t('agreements.source.ambition', { group: group(s.roleGroup) }) : t('agreements.source.expectation', { from: group(s.from), to: group(s.to) })}:{' '}
            </span>
            <q>{s.quote}</q>
          </li>
        ))}
      </ul>
    </div>
  );
}
