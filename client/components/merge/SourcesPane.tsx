// SPDX-License-Identifier: EUPL-1.2
/**
 * Left side of the merge view: what the three groups wrote, per part (Open staan, Loslaten,
 * Cultuurverandering, Stip op de horizon) with the groups side by side under their names, each item ready to be
 * taken into the vision.
 */
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { ROOM_PARTS, type RoomPart } from '../../../shared/statementKinds.js';
import type { SourceItem } from './mergeSources.js';
import { useGroupLabel } from '../../stores/groupNameHooks.js';
import { MergeItem } from './MergeItem.js';

/** Props of the sources pane. */
export interface SourcesPaneProps {
  /** Per group (index 0 is group 1): its statements and horizon paragraphs as items. */
  itemsByGroup: SourceItem[][];
  selected: Set<string>;
  inVision: Set<string>;
  onSelect: (key: string, selected: boolean) => void;
  onInsert: (items: SourceItem[]) => void;
}

/** The groups' material, per part. */
export function SourcesPane({ itemsByGroup, selected, inVision, onSelect, onInsert }: SourcesPaneProps) {
  const { t } = useTranslation();
  const groupLabelOf = useGroupLabel();
  const selectedKeys = [...selected];
  const itemsOf = (groupItems: SourceItem[], part: RoomPart) => groupItems.filter((i) => i.section === part);
  return (
    <>
      {ROOM_PARTS.map((part) => (
        <section key={part} className="merge-part" aria-labelledby={`samenvoegen-${part}`}>
          <Heading level={3} id={`samenvoegen-${part}`} className="merge-part__title">{t(`room.part.${part}`)}</Heading>
          <div className="merge-groups">
            {itemsByGroup.map((groupItems, index) => {
              const group = index + 1;
              const items = itemsOf(groupItems, part);
              const headingId = `samenvoegen-${part}-${group}`;
              return (
                <section key={group} className="merge-group" aria-labelledby={headingId}>
                  <Heading level={4} id={headingId} className="merge-group__title">
                    {groupLabelOf(group)}
                    <span className="visually-hidden">, {t(`room.part.${part}`)}</span>
                  </Heading>
                  {items.length === 0 ? (
                    <Paragraph className="merge-group__empty">{part === 'horizon' ? t('plenary.noHorizon') : t('room.noStatements')}</Paragraph>
                  ) : (
                    <ul className="merge-list">
                      {items.map((item) => (
                        <MergeItem
                          key={item.key}
                          item={item}
                          selected={selected.has(item.key)}
                          inVision={inVision.has(item.key)}
                          selectedKeys={selectedKeys}
                          onSelect={(on) => onSelect(item.key, on)}
                          onInsert={() => onInsert([item])}
                        />
                      ))}
                    </ul>
                  )}
                </section>
              );
            })}
          </div>
        </section>
      ))}
    </>
  );
}
