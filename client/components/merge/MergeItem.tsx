// SPDX-License-Identifier: EUPL-1.2
/**
 * One thing the facilitator can take into the vision (a statement or a horizon paragraph): a
 * checkbox labelled with its text (to combine several), its group, endorsements and whether it
 * is already in the vision, and "Neem op in visie". Keyboard: Enter on the checkbox takes it in;
 * Space selects it. It can also be dragged into the vision editor (the selection when it is part of it).
 */
import { useId, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@utrecht/component-library-react';
import { SOURCE_DRAG_TYPE } from '../../editor/sourceDrag.js';
import { useGroupLabel } from '../../stores/groupNameHooks.js';
import type { SourceItem } from './mergeSources.js';

/** Props of a merge item. */
export interface MergeItemProps {
  item: SourceItem;
  selected: boolean;
  inVision: boolean;
  /** Keys dragged along when this item is dragged while selected. */
  selectedKeys: string[];
  /** Show the group in the meta line (in mixed lists such as suggestions). */
  showGroup?: boolean;
  onSelect: (selected: boolean) => void;
  onInsert: () => void;
}

const SHORT = 60;
const shorten = (text: string) => (text.length > SHORT ? `${text.slice(0, SHORT - 1)}…` : text);

/** A merge item. */
export function MergeItem({ item, selected, inVision, selectedKeys, showGroup = false, onSelect, onInsert }: MergeItemProps) {
  const { t } = useTranslation();
  const groupLabelOf = useGroupLabel();
  const id = useId();
  const metaId = `${id}-meta`;
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    onInsert();
  };
  const onDragStart = (event: DragEvent<HTMLLIElement>) => {
    const keys = selected && selectedKeys.length ? selectedKeys : [item.key];
    event.dataTransfer.setData(SOURCE_DRAG_TYPE, JSON.stringify(keys));
    event.dataTransfer.setData('text/plain', item.text);
    event.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <li className={`merge-item${selected ? ' merge-item--selected' : ''}${inVision ? ' merge-item--in-vision' : ''}`} draggable onDragStart={onDragStart}>
      <div className="merge-item__choice">
        <input
          id={id}
          type="checkbox"
          className="utrecht-checkbox utrecht-checkbox--html-input merge-item__checkbox"
          checked={selected}
          aria-describedby={metaId}
          aria-keyshortcuts="Enter"
          onChange={(e) => onSelect(e.target.checked)}
          onKeyDown={onKeyDown}
        />
        <label htmlFor={id} className="merge-item__text">{item.text}</label>
      </div>
      <p id={metaId} className="merge-item__meta">
        {showGroup ? <span>{groupLabelOf(item.group)}</span> : null}
        {item.ref.kind === 'statement' ? <span>{t('room.endorseCount', { count: item.endorsements })}</span> : null}
        {inVision ? <span className="merge-item__in-vision"><span aria-hidden="true">★ </span>{t('meeting.takenUp')}</span> : null}
      </p>
      <Button appearance="secondary-action-button" className="merge-item__insert" aria-label={`${t('merge.insert')}: ${shorten(item.text)}`} onClick={onInsert}>
        {t('merge.insert')}
      </Button>
    </li>
  );
}
