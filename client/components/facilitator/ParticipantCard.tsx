// SPDX-License-Identifier: EUPL-1.2
/**
 * One participant on the facilitator page: name, role, e-mail, "Verplaats naar groep" (a select
 * and a button, keyboard friendly), "Kopieer link", QR code and "Verwijderen" with confirmation.
 * Controls carry the person's name for screen readers (visually hidden), so each is unique. With
 * a mouse or pen the card can also be dragged onto another group (participantDrag.ts).
 */
import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import type { ParticipantView } from '../../../shared/api.js';
import { GROUP_COUNT } from '../../../shared/docNames.js';
import { groupLabel } from '../../i18n/groupLabel.js';
import { startParticipantDrag } from './participantDrag.js';
import { ConfirmAction } from '../ConfirmAction.js';
import { CopyLinkButton } from './CopyLinkButton.js';
import { QrCodeToggle } from './QrCodeToggle.js';
import { AttendanceControl } from './AttendanceControl.js';
import { RenewLinkButton } from './RenewLinkButton.js';

/** Props of a participant card. */
export interface ParticipantCardProps {
  participant: ParticipantView;
  /** The groups' names as the API sends them (for the "Verplaats naar groep" choices). */
  groupNames: readonly string[];
  /** Take focus after a move (the card was re-rendered in another column). */
  focusOnMount: boolean;
  /** A drag of this card started (with a mouse or pen). */
  onDragStart: () => void;
  /** The drag of this card ended, dropped or not. */
  onDragEnd: () => void;
  onMove: (group: number) => Promise<void>;
  onRemove: () => Promise<void>;
}

const GROUPS = Array.from({ length: GROUP_COUNT }, (_, i) => i + 1);

/** A participant card. */
export function ParticipantCard({ participant, groupNames, focusOnMount, onDragStart, onDragEnd, onMove, onRemove }: ParticipantCardProps) {
  const { t } = useTranslation();
  const { name } = participant;
  const selectId = useId();
  const nameRef = useRef<HTMLParagraphElement>(null);
  const [target, setTarget] = useState(String(participant.group ?? 1));
  const [busy, setBusy] = useState(false);
  const [dragged, setDragged] = useState(false);
  useEffect(() => setTarget(String(participant.group ?? 1)), [participant.group]);
  useEffect(() => { if (focusOnMount) nameRef.current?.focus(); }, [focusOnMount]);

  const move = async () => {
    setBusy(true);
    try { await onMove(Number(target)); } finally { setBusy(false); }
  };
  const dragStart = (event: DragEvent<HTMLLIElement>) => {
    startParticipantDrag(event, participant);
    setDragged(true);
    onDragStart();
  };
  const dragEnd = () => { setDragged(false); onDragEnd(); };
  return (
    <li className={`participant${dragged ? ' participant--dragged' : ''}`} draggable onDragStart={dragStart} onDragEnd={dragEnd}>
      <p className="participant__name" ref={nameRef} tabIndex={-1}>{name}</p>
      <p className="participant__role">{t(`role.${participant.role}`)}</p>
      {participant.email ? <p className="participant__email">{participant.email}</p> : null}
      <div className="participant__move">
        <FormLabel htmlFor={selectId}>
          {t('facilitator.moveLabel')}<span className="visually-hidden">: {name}</span>
        </FormLabel>
        <div className="participant__move-row">
          <Select id={selectId} value={target} onChange={(e) => setTarget(e.target.value)}>
            {GROUPS.map((g) => <SelectOption key={g} value={String(g)}>{groupLabel(t, groupNames, g)}</SelectOption>)}
          </Select>
          <Button appearance="secondary-action-button" busy={busy} disabled={busy || Number(target) === participant.group} onClick={() => void move()}>
            {t('facilitator.move')}<span className="visually-hidden"> {name}</span>
          </Button>
        </div>
      </div>
      {participant.role !== 'facilitator' ? <AttendanceControl participant={participant} /> : null}
      <div className="participant__actions">
        <CopyLinkButton
          link={participant.link}
          label={t('facilitator.copyLink')}
          hiddenSuffix={` ${t('facilitator.copyLinkSuffix', { name })}`}
          announcement={t('facilitator.copied', { name })}
          fieldLabel={t('facilitator.linkOf', { name })}
        />
        <QrCodeToggle link={participant.link} name={name} />
        <RenewLinkButton participant={participant} />
        <ConfirmAction
          label={t('facilitator.remove')}
          accessibleLabel={t('facilitator.removeFor', { name })}
          question={t('facilitator.confirmRemove', { name })}
          confirmLabel={t('facilitator.confirmRemoveYes')}
          onConfirm={onRemove}
        />
      </div>
    </li>
  );
}
