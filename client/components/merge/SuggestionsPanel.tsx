// SPDX-License-Identifier: EUPL-1.2
/**
 * "Suggesties": statements from different groups that probably say the same (Dutch similarity
 * grouping), each group of them to select at once and combine, with the names of the groups they
 * come from; and the most endorsed statements.
 */
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import type { SourceItem, Suggestion } from './mergeSources.js';
import { useGroupLabel } from '../../stores/groupNameHooks.js';
import { MergeItem } from './MergeItem.js';

/** Props of the suggestions panel. */
export interface SuggestionsPanelProps {
  suggestions: Suggestion[];
  top: SourceItem[];
  selected: Set<string>;
  inVision: Set<string>;
  onSelect: (key: string, selected: boolean) => void;
  onSelectMany: (keys: string[]) => void;
  onInsert: (items: SourceItem[]) => void;
}

/** The suggestions panel. */
export function SuggestionsPanel({ suggestions, top, selected, inVision, onSelect, onSelectMany, onInsert }: SuggestionsPanelProps) {
  const { t, i18n } = useTranslation();
  const groupLabelOf = useGroupLabel();
  const groupList = (groups: number[]) => new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(groups.map(groupLabelOf));
  const selectedKeys = [...selected];
  const item = (i: SourceItem) => (
    <MergeItem
      key={i.key}
      item={i}
      selected={selected.has(i.key)}
      inVision={inVision.has(i.key)}
      selectedKeys={selectedKeys}
      showGroup
      onSelect={(on) => onSelect(i.key, on)}
      onInsert={() => onInsert([i])}
    />
  );
  return (
    <section className="merge-suggestions" aria-labelledby="suggesties-titel">
      <Heading level={3} id="suggesties-titel">{t('merge.suggestions.title')}</Heading>
      {suggestions.length === 0 ? <Paragraph>{t('merge.suggestions.none')}</Paragraph> : (
        <>
          <Paragraph appearance="small">{t('merge.suggestions.intro')}</Paragraph>
          <ol className="merge-suggestions__list">
            {suggestions.map((s) => (
              <li key={s.id} className="merge-suggestion">
                <p className="merge-suggestion__label">
                  {s.label ? t('merge.suggestions.about', { label: s.label }) : t('merge.suggestions.similar')}
                  {' · '}
                  {t('merge.suggestions.groups', { groups: groupList(s.groups) })}
                </p>
                <ul className="merge-list">{s.items.map(item)}</ul>
                <Button appearance="secondary-action-button" onClick={() => onSelectMany(s.items.map((i) => i.key))}>
                  {t('merge.suggestions.select', { count: s.items.length })}
                  <span className="visually-hidden"> ({s.label})</span>
                </Button>
              </li>
            ))}
          </ol>
        </>
      )}
      <Heading level={4}>{t('merge.suggestions.topTitle')}</Heading>
      {top.length === 0 ? <Paragraph>{t('merge.suggestions.topNone')}</Paragraph> : <ol className="merge-list merge-list--ranked">{top.map(item)}</ol>}
    </section>
  );
}
