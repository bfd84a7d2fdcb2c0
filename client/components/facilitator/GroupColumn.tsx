// SPDX-License-Identifier: EUPL-1.2
/**
 * One column of the group board: the group's name as heading (with "Naam wijzigen"), how many
 * people are in it, and their cards. While a card from another group is dragged, the column shows
 * it is a drop target (dashed outline) and, with the card over it, "Laat hier los om te
 * verplaatsen" (solid outline). The column of "Nog niet ingedeeld" and the card's own column are
 * never drop targets.
 */
import { useEffect, useState, type DragEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { droppedParticipant, movesToGroup } from './participantDrag.js';

/** Props of a group column. */
export interface GroupColumnProps {
  columnKey: string;
  /** The group (1-based), or null for "Nog niet ingedeeld". */
  group: number | null;
  title: string;
  count: number;
  /** The group a card is being dragged from right now ('none': not placed), or undefined when nothing is dragged. */
  draggedFrom: number | 'none' | undefined;
  headingRef: (element: HTMLHeadingElement | null) => void;
  /** "Naam wijzigen" and its form (groups only). */
  nameEditor?: ReactNode;
  onDropParticipant: (participantId: string, group: number) => void;
  children: ReactNode;
}

/** A group column. */
export function GroupColumn({ columnKey, group, title, count, draggedFrom, headingRef, nameEditor, onDropParticipant, children }: GroupColumnProps) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  const target = group !== null && draggedFrom !== undefined && draggedFrom !== group;
  useEffect(() => { if (draggedFrom === undefined) setOver(false); }, [draggedFrom]);

  const onDragOver = (event: DragEvent<HTMLElement>) => {
    if (group === null || !movesToGroup(event, group)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    if (!over) setOver(true);
  };
  const onDragLeave = (event: DragEvent<HTMLElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
  };
  const onDrop = (event: DragEvent<HTMLElement>) => {
    setOver(false);
    if (group === null || !movesToGroup(event, group)) return;
    event.preventDefault();
    const id = droppedParticipant(event);
    if (id) onDropParticipant(id, group);
  };
  const classes = ['group-column', target ? 'group-column--drop-target' : '', target && over ? 'group-column--drop-over' : ''].filter(Boolean).join(' ');
  return (
    <section className={classes} aria-labelledby={`kolom-${columnKey}`} onDragOver={onDragOver} onDragLeave={onDragLeave} onDrop={onDrop}>
      <div className="group-column__head">
        <Heading level={3} id={`kolom-${columnKey}`} tabIndex={-1} ref={headingRef}>{title}</Heading>
        {nameEditor}
      </div>
      <Paragraph appearance="small" className="group-column__count">{t('facilitator.groupCount', { count })}</Paragraph>
      {target && over ? <p className="group-column__drop-hint" aria-hidden="true">{t('groups.dropHere')}</p> : null}
      {children}
    </section>
  );
}
