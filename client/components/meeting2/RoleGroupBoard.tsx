// SPDX-License-Identifier: EUPL-1.2
/**
 * The role groups of meeting 2 side by side, as on the meeting-1 board: each person's card can be
 * dragged to another group, or moved with the group choice on the card (keyboard and touch, WCAG
 * 2.5.7). A group merged into another says so; every move is announced.
 */
import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, FormLabel, Heading, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import type { ParticipantView } from '../../../shared/api.js';
import type { Meeting2Answer } from '../../../shared/apiMeeting2.js';
import type { RoleGroup } from '../../../shared/docNames.js';
import { useMeeting2Store } from '../../stores/meeting2Store.js';
import { announce } from '../../stores/announcerStore.js';
import { apiErrorText } from '../../i18n/apiErrorText.js';
import { AttendanceControl } from '../facilitator/AttendanceControl.js';

const DRAG_TYPE = 'application/x-stip-role-member';

/** Props of the role-group board. */
export interface RoleGroupBoardProps { workshopId: string; setup: Meeting2Answer; participants: ParticipantView[] }

/** The board of role groups. */
export function RoleGroupBoard({ workshopId, setup, participants }: RoleGroupBoardProps) {
  const { t } = useTranslation();
  const move = useMeeting2Store((s) => s.move);
  const [error, setError] = useState<string | null>(null);
  const [over, setOver] = useState<RoleGroup | null>(null);
  const byId = new Map(participants.map((p) => [p.id, p]));
  const active = setup.groups.filter((g) => !g.mergedInto).map((g) => g.roleGroup);
  const name = (g: RoleGroup) => t(`m2.roleGroup.${g}`);

  const moveTo = async (participantId: string, to: RoleGroup) => {
    setError(null);
    const p = byId.get(participantId);
    try {
      await move(workshopId, participantId, to);
      announce(t('m2.setup.moved', { name: p?.name ?? '', group: name(to) }));
      document.getElementById(`m2-kaart-${participantId}`)?.focus();
    } catch (e) {
      setError(apiErrorText(t, e));
      announce(apiErrorText(t, e));
    }
  };
  const onDrop = (event: DragEvent, to: RoleGroup) => {
    setOver(null);
    const id = event.dataTransfer.getData(DRAG_TYPE);
    if (!id) return;
    event.preventDefault();
    const from = setup.groups.find((g) => g.memberIds.includes(id))?.roleGroup;
    if (from !== to) void moveTo(id, to);
  };

  return (
    <section className="facilitator-section" aria-labelledby="m2-groepen-titel" id="m2-groepen">
      <Heading level={2} id="m2-groepen-titel">{t('m2.setup.groups')}</Heading>
      <Paragraph className="group-board__drag-hint">{t('m2.setup.dragHint')}</Paragraph>
      {error ? <Alert type="error" role="alert"><Paragraph>{error}</Paragraph></Alert> : null}
      <div className="group-board">
        {setup.groups.map((group) => (
          <section
            key={group.roleGroup}
            className={`group-column${over === group.roleGroup ? ' group-column--drop-over' : ''}`}
            aria-labelledby={`m2-kolom-${group.roleGroup}`}
            onDragOver={(e) => {
              if (group.mergedInto || !Array.from(e.dataTransfer.types).includes(DRAG_TYPE)) return;
              e.preventDefault();
              if (over !== group.roleGroup) setOver(group.roleGroup);
            }}
            onDragLeave={(e) => { if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(null); }}
            onDrop={(e) => { if (!group.mergedInto) onDrop(e, group.roleGroup); }}
          >
            <div className="group-column__head">
              <Heading level={3} id={`m2-kolom-${group.roleGroup}`}>{name(group.roleGroup)}</Heading>
            </div>
            {group.mergedInto ? (
              <Paragraph appearance="small">{t('m2.setup.mergedInto', { group: name(group.mergedInto) })}</Paragraph>
            ) : (
              <Paragraph appearance="small" className="group-column__count">{t('m2.setup.members', { count: group.memberIds.length })}</Paragraph>
            )}
            {!group.mergedInto && group.memberIds.length === 0 ? <Paragraph>{t('m2.setup.empty')}</Paragraph> : null}
            {group.memberIds.length > 0 ? (
              <ul className="group-column__list">
                {group.memberIds.map((id) => {
                  const p = byId.get(id);
                  if (!p) return null;
                  return (
                    <MemberCard key={id} participant={p} current={group.roleGroup} choices={active} onMove={(to) => moveTo(id, to)} />
                  );
                })}
              </ul>
            ) : null}
          </section>
        ))}
      </div>
    </section>
  );
}

/** One person on the board: name, role, "Verplaats naar groep" (a choice and a button), attendance. */
function MemberCard({ participant, current, choices, onMove }: { participant: ParticipantView; current: RoleGroup; choices: RoleGroup[]; onMove: (to: RoleGroup) => Promise<void> }) {
  const { t } = useTranslation();
  const selectId = useId();
  const [target, setTarget] = useState<RoleGroup>(current);
  const [busy, setBusy] = useState(false);
  const name = participant.name;
  return (
    <li
      className="participant"
      draggable
      onDragStart={(e) => { e.dataTransfer.setData(DRAG_TYPE, participant.id); e.dataTransfer.setData('text/plain', name); e.dataTransfer.effectAllowed = 'move'; }}
    >
      <p className="participant__name" id={`m2-kaart-${participant.id}`} tabIndex={-1}>{name}</p>
      <p className="participant__role">{t(`role.${participant.role}`)}</p>
      <div className="participant__move">
        <FormLabel htmlFor={selectId}>{t('facilitator.moveLabel')}<span className="visually-hidden">: {name}</span></FormLabel>
        <div className="participant__move-row">
          <Select id={selectId} value={target} onChange={(e) => setTarget(e.target.value as RoleGroup)}>
            {choices.map((g) => <SelectOption key={g} value={g}>{t(`m2.roleGroup.${g}`)}</SelectOption>)}
          </Select>
          <Button
            appearance="secondary-action-button"
            busy={busy}
            disabled={busy || target === current}
            onClick={() => { setBusy(true); void onMove(target).finally(() => setBusy(false)); }}
          >
            {t('facilitator.move')}<span className="visually-hidden"> {name}</span>
          </Button>
        </div>
      </div>
      <AttendanceControl participant={participant} />
    </li>
  );
}
