// SPDX-License-Identifier: EUPL-1.2
/**
 * Keeps an open screen's workshop settings current (gemeente, title, showNames, group names,
 * language). The server raises `settingsRevision` in the live document whenever the facilitator
 * changes one of them (shared/liveDoc.ts); a screen that sees it change (settingsRevision.ts)
 * reloads /api/me (names and showNames update in place; the language follows unless the person
 * chose one on this device), the names shown with statements (the authors store: names appear or
 * go when showNames changes) and, when the facilitator's workshop store holds the workshop, its
 * detail. The settings themselves only ever come from the API.
 */
import { useEffect } from 'react';
import { useAuthorsStore } from '../stores/authorsStore.js';
import { useSessionStore } from '../stores/sessionStore.js';
import { useWorkshopStore } from '../stores/workshopStore.js';
import { useLiveReady, useLiveRoom, useLiveState } from './liveHooks.js';
import { SettingsRevisions } from './settingsRevision.js';

const revisions = new SettingsRevisions();

/** Reloads what this tab knows of the workshop's settings; a failure waits for the next change or page load. */
function reloadWorkshopSettings(workshopId: string): void {
  void useSessionStore.getState().reload().catch(() => undefined);
  const store = useWorkshopStore.getState();
  if (store.workshopId === workshopId && store.workshop) void store.load(workshopId);
  const authors = useAuthorsStore.getState();
  if (authors.workshopId === workshopId) authors.load(workshopId);
}

/** Reads the live document of `workshopId` (null: nothing) and reloads the settings whenever its revision changes. */
export function useFollowWorkshopSettings(workshopId: string | null): void {
  const { room } = useLiveRoom(workshopId);
  const { settingsRevision } = useLiveState(room);
  const ready = useLiveReady(room); // before the server's state arrived, the revision says nothing
  useEffect(() => {
    if (!ready || !workshopId) return;
    if (revisions.see(workshopId, settingsRevision)) reloadWorkshopSettings(workshopId);
  }, [ready, settingsRevision, workshopId]);
}
