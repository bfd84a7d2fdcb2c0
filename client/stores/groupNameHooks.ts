// SPDX-License-Identifier: EUPL-1.2
/**
 * The group names of the workshop on screen, for every screen that shows a group: from the
 * facilitator's workshop store when it holds that workshop (it has the latest names after a
 * rename), else from the session (/api/me: participants and the big screen). Shown names use
 * groupLabel, so a group without a name reads "Groep n" or "Group n" in the interface language.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { groupLabel } from '../i18n/groupLabel.js';
import { useSessionStore } from './sessionStore.js';
import { useWorkshopStore } from './workshopStore.js';

/** The names of the groups (as the API sends them), or null while unknown; `workshopId` checks they are that workshop's. */
export function useGroupNames(workshopId?: string): readonly string[] | null {
  const fromSession = useSessionStore((s) => {
    const me = s.me;
    if (!me || me.kind === 'setup' || (workshopId !== undefined && me.workshop.id !== workshopId)) return null;
    return me.workshop.groupNames ?? null;
  });
  const sessionWorkshop = useSessionStore((s) => (s.me && s.me.kind !== 'setup' ? s.me.workshop.id : null));
  const fromStore = useWorkshopStore((s) => {
    const w = s.workshop;
    if (!w || (workshopId !== undefined && w.id !== workshopId)) return null;
    if (sessionWorkshop !== null && w.id !== sessionWorkshop) return null;
    return w.groupNames ?? null;
  });
  return fromStore ?? fromSession;
}

/** A function giving the shown name of a group (1-based) of the workshop on screen. */
export function useGroupLabel(workshopId?: string): (group: number) => string {
  const { t } = useTranslation();
  const names = useGroupNames(workshopId);
  return useCallback((group: number) => groupLabel(t, names, group), [t, names]);
}

/**
 * A function giving the shown name of a group (1-based) of any workshop: its name when it is the
 * workshop on screen (whose names this tab knows), else the default "Groep n".
 */
export function useWorkshopGroupLabel(): (workshopId: string, group: number) => string {
  const { t } = useTranslation();
  const sessionWorkshop = useSessionStore((s) => (s.me && s.me.kind !== 'setup' ? s.me.workshop.id : null));
  const storeWorkshop = useWorkshopStore((s) => s.workshop?.id ?? null);
  const onScreen = sessionWorkshop ?? storeWorkshop;
  const names = useGroupNames(onScreen ?? undefined);
  return useCallback(
    (workshopId: string, group: number) => groupLabel(t, onScreen !== null && workshopId === onScreen ? names : null, group),
    [t, names, onScreen],
  );
}
