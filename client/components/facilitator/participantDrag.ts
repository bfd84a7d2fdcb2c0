// SPDX-License-Identifier: EUPL-1.2
/**
 * Dragging a participant card to another group column (native HTML5 drag and drop). The drag
 * data carries:
 *
 *   application/x-stip-participant       the participant's id (read on drop)
 *   application/x-stip-from-group-<n>    the group the card comes from ('none': not placed); only
 *                                        its type matters, because a column can read the types
 *                                        (not the data) while something is dragged over it
 *   text/plain                           the participant's name, for anything else it lands on
 *
 * Dragging is a pointer shortcut only: the "Verplaats" select and button on every card does the
 * same with a keyboard or single taps (WCAG 2.5.7).
 */
import type { DragEvent } from 'react';

/** The drag data type that carries a participant id. */
const PARTICIPANT_DRAG_TYPE = 'application/x-stip-participant';

const FROM_PREFIX = 'application/x-stip-from-group-';

/** Puts a participant (and the group they are in) on a starting drag. */
export function startParticipantDrag(event: DragEvent, participant: { id: string; name: string; group: number | null }): void {
  event.dataTransfer.setData(PARTICIPANT_DRAG_TYPE, participant.id);
  event.dataTransfer.setData(`${FROM_PREFIX}${participant.group ?? 'none'}`, '');
  event.dataTransfer.setData('text/plain', participant.name);
  event.dataTransfer.effectAllowed = 'move';
}

/** Whether a drag over group column `group` carries a participant from another group (so a drop there moves them). */
export function movesToGroup(event: DragEvent, group: number): boolean {
  const types = Array.from(event.dataTransfer.types);
  return types.includes(PARTICIPANT_DRAG_TYPE) && !types.includes(`${FROM_PREFIX}${group}`);
}

/** The participant id of a drop, or null when the drop carries none. */
export function droppedParticipant(event: DragEvent): string | null {
  return event.dataTransfer.getData(PARTICIPANT_DRAG_TYPE) || null;
}
