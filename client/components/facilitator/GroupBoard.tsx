// SPDX-License-Identifier: EUPL-1.2
/**
 * The three groups side by side (and "Nog niet ingedeeld" when someone is not placed), with
 * "Opnieuw verdelen" (asking first once meeting 1 has started), the groups' make-up per role with
 * an honest warning, each group's name (to change in place), and moving people: drag a card to
 * another group, or use "Verplaats" on the card (keyboard and touch). After a move the person's
 * card takes focus in its new column; after a removal focus goes to the column's heading. Every
 * change is announced.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import type { ParticipantView } from '../../../shared/api.js';
import { GROUP_COUNT } from '../../../shared/docNames.js';
import { groupName } from '../../../shared/groupNames.js';
import { useWorkshopStore } from '../../stores/workshopStore.js';
import { announce } from '../../stores/announcerStore.js';
import { apiErrorText } from '../../i18n/apiErrorText.js';
import { groupLabel } from '../../i18n/groupLabel.js';
import { ParticipantCard } from './ParticipantCard.js';
import { GroupColumn } from './GroupColumn.js';
import { GroupNameEditor } from './GroupNameEditor.js';
import { GroupMixSummary } from './GroupMixSummary.js';
import { RedistributeControl } from './RedistributeControl.js';

/** Props of the group board. */
export interface GroupBoardProps {
  participants: ParticipantView[];
  /** The groups' names as the API sends them. */
  groupNames: readonly string[];
}

interface Column { key: string; group: number | null; title: string; people: ParticipantView[] }

/** The group board of the facilitator page. */
export function GroupBoard({ participants, groupNames }: GroupBoardProps) {
  const { t } = useTranslation();
  const { moveParticipant, removeParticipant, update } = useWorkshopStore();
  const [focusId, setFocusId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [draggedFrom, setDraggedFrom] = useState<number | 'none' | undefined>(undefined);
  const headings = useRef(new Map<string, HTMLHeadingElement | null>());
  const members = participants.filter((p) => p.role !== 'facilitator');
  const label = (group: number) => groupLabel(t, groupNames, group);
  const columns: Column[] = Array.from({ length: GROUP_COUNT }, (_, i) => ({
    key: String(i + 1), group: i + 1, title: label(i + 1), people: members.filter((p) => p.group === i + 1),
  }));
  const unassigned = members.filter((p) => p.group === null || p.group < 1 || p.group > GROUP_COUNT);
  if (unassigned.length) columns.push({ key: 'none', group: null, title: t('facilitator.unassignedTitle'), people: unassigned });

  const run = async (action: () => Promise<string>) => {
    setError(null);
    try { announce(await action()); } catch (e) { setError(apiErrorText(t, e)); announce(apiErrorText(t, e)); }
  };
  const move = (p: ParticipantView, group: number) => run(async () => {
    await moveParticipant(p.id, group);
    setFocusId(p.id);
    return t('facilitator.moved', { name: p.name, group: label(group) });
  });
  const onDrop = (participantId: string, group: number) => {
    setDraggedFrom(undefined);
    const p = members.find((m) => m.id === participantId);
    if (p && p.group !== group) void move(p, group);
  };
  const rename = async (group: number, name: string) => {
    const old = label(group);
    const names = Array.from({ length: GROUP_COUNT }, (_, i) => (i + 1 === group ? name : groupName(groupNames, i + 1)));
    try {
      const saved = await update({ groupNames: names });
      announce(t('groups.renamed', { old, name: groupLabel(t, saved.groupNames, group) }));
    } catch (e) {
      throw new Error(apiErrorText(t, e));
    }
  };

  return (
    <section className="facilitator-section" aria-labelledby="groepen-titel" id="groepen">
      <Heading level={2} id="groepen-titel">{t('facilitator.groupsTitle')}</Heading>
      <Paragraph>{t('facilitator.groupsIntro')}</Paragraph>
      <RedistributeControl memberCount={members.length} unplacedCount={unassigned.length} run={run} />
      <GroupMixSummary participants={participants} groupNames={groupNames} />
      {members.length > 0 ? <Paragraph className="group-board__drag-hint">{t('groups.dragHint')}</Paragraph> : null}
      {error ? <Alert type="error" role="alert"><Paragraph>{error}</Paragraph></Alert> : null}
      {members.length === 0 ? <Paragraph>{t('facilitator.noParticipants')}</Paragraph> : null}
      <div className="group-board">
        {columns.map((column) => (
          <GroupColumn
            key={column.key}
            columnKey={column.key}
            group={column.group}
            title={column.title}
            count={column.people.length}
            draggedFrom={draggedFrom}
            headingRef={(el) => { headings.current.set(column.key, el); }}
            nameEditor={column.group === null ? null : (
              <GroupNameEditor
                group={column.group}
                name={groupName(groupNames, column.group)}
                label={column.title}
                onSave={(name) => rename(column.group!, name)}
              />
            )}
            onDropParticipant={onDrop}
          >
            {column.people.length === 0 ? <Paragraph>{t('facilitator.groupEmpty')}</Paragraph> : (
              <ul className="group-column__list">
                {column.people.map((p) => (
                  <ParticipantCard
                    key={p.id}
                    participant={p}
                    groupNames={groupNames}
                    focusOnMount={focusId === p.id}
                    onDragStart={() => setDraggedFrom(p.group ?? 'none')}
                    onDragEnd={() => setDraggedFrom(undefined)}
                    onMove={(group) => move(p, group)}
                    onRemove={() => run(async () => {
                      await removeParticipant(p.id);
                      headings.current.get(column.key)?.focus();
                      return t('facilitator.removed', { name: p.name });
                    })}
                  />
                ))}
              </ul>
            )}
          </GroupColumn>
        ))}
      </div>
    </section>
  );
}
