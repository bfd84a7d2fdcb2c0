// SPDX-License-Identifier: EUPL-1.2
/**
 * A participant's private drafts in step 1 (`w/<id>/m1/g/<n>/draft/<participantId>`): the same
 * statement shape as the group document (shared/groupDoc.ts), readable only by its author (and
 * the facilitator) until the facilitator reveals them into the group document.
 */
import { useCallback } from 'react';
import type * as Y from 'yjs';
import { draftDocName } from '../../shared/docNames.js';
import { addStatementTo, statementsOf, type Statement } from '../../shared/groupDoc.js';
import type { DocRoom } from './DocRoom.js';
import type { OpenDoc } from './openDoc.js';
import { openDocEarly, useDocRoom, type OpenDocOptions } from './docRoomHooks.js';

/** Whose drafts to open. */
export interface DraftOwner { workshopId: string; group: number; participantId: string }

/** How a person's drafts open: with an offline copy, not shown in presence. */
const DRAFT_OPENING: OpenDocOptions = { localCopy: true };

/** Opens this person's draft document (null: none, e.g. for the facilitator). */
export function useDraftRoom(owner: DraftOwner | null): OpenDoc {
  const name = owner ? draftDocName(owner.workshopId, owner.group, owner.participantId) : null;
  return useDocRoom(name, DRAFT_OPENING);
}

/** Opens this person's draft document before the screen that shows it renders (see openDocEarly). */
export function openDraftRoomEarly(owner: DraftOwner): void {
  openDocEarly(draftDocName(owner.workshopId, owner.group, owner.participantId), DRAFT_OPENING);
}

/**
 * Shares one draft with the group now (a draft left over after the facilitator revealed, e.g.
 * written offline): copies it into the group document with the same id and time, then removes it.
 * `listIn` names the list it lives in, the same in both documents (meeting 1: the statements;
 * meeting 2: a role group's ambitions or expectations); it must be a stable function.
 */
export function useShareDraft(
  draftRoom: DocRoom | null,
  groupRoom: DocRoom | null,
  listIn: (doc: Y.Doc) => Y.Map<Y.Map<unknown>> = statementsOf,
) {
  return useCallback((draft: Statement<string>) => {
    if (!draftRoom || !groupRoom) return;
    const drafts = listIn(draftRoom.doc);
    const text = drafts.get(draft.id)?.get('text');
    addStatementTo(groupRoom.doc, listIn(groupRoom.doc), {
      id: draft.id, kind: draft.kind, text: text ? String(text) : draft.text, authorKey: draft.authorKey, authorRole: draft.authorRole, createdAt: draft.createdAt,
    });
    drafts.delete(draft.id);
  }, [draftRoom, groupRoom, listIn]);
}
