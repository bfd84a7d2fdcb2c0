// SPDX-License-Identifier: EUPL-1.2
/**
 * The sources of one vision passage, as a list: group (by its name) and part, then the statement's text as it
 * is now (with the recorded wording when it changed since), or "verwijderde uitspraak" with the
 * recorded wording when the statement is gone. Never an error.
 */
import { useTranslation } from 'react-i18next';
import type { Statement } from '../../../shared/groupDoc.js';
import type { SourceRef } from '../../../shared/visionDoc.js';
import { groupLabel } from '../../i18n/groupLabel.js';
import { useGroupNames } from '../../stores/groupNameHooks.js';
import { sourceNow } from './mergeSources.js';

/** Props of a source list. */
export interface SourceListProps {
  sources: SourceRef[];
  /** The groups' current statements (index 0 is group 1; null: not loaded). */
  statements: (Statement[] | null)[];
  id?: string;
  className?: string;
}

/** The sources of a passage. */
export function SourceList({ sources, statements, id, className }: SourceListProps) {
  const { t } = useTranslation();
  const names = useGroupNames();
  return (
    <ul id={id} className={`source-list${className ? ` ${className}` : ''}`}>
      {sources.map((ref, index) => {
        const now = sourceNow(ref, statements);
        const group = groupLabel(t, names, ref.group);
        const where = ref.kind === 'statement'
          ? t('merge.sources.statement', { group, part: t(`room.part.${ref.statementKind}`, { defaultValue: '' }) })
          : t('merge.sources.horizon', { group });
        return (
          <li key={index} className={`source-list__item source-list__item--${now.state}`}>
            <span className="source-list__where">{where}: </span>
            {now.state === 'deleted' ? (
              <><em className="source-list__deleted">{t('merge.sources.deleted')}</em> <q>{now.quote}</q></>
            ) : now.state === 'changed' ? (
              <><q>{now.text}</q> <span className="source-list__was">({t('merge.sources.was', { quote: now.quote })})</span></>
            ) : now.state === 'horizon' ? <q>{now.quote}</q> : <q>{now.text}</q>}
          </li>
        );
      })}
    </ul>
  );
}

/** The same sources as one sentence, for a passage's accessible description (`groupNames` as the API sends them, if known). */
export function sourcesSentence(
  t: (key: string, options?: Record<string, unknown>) => string, sources: SourceRef[], statements: (Statement[] | null)[],
  groupNames?: readonly string[] | null,
): string {
  return sources.map((ref) => {
    const now = sourceNow(ref, statements);
    const group = groupLabel(t, groupNames, ref.group);
    const where = ref.kind === 'statement' ? t('merge.sources.statement', { group, part: t(`room.part.${ref.statementKind}`) }) : t('merge.sources.horizon', { group });
    const text = now.state === 'deleted' ? `${t('merge.sources.deleted')}: ${now.quote}` : now.state === 'horizon' ? now.quote : now.text;
    return `${where}: ${text}`;
  }).join('; ');
}
