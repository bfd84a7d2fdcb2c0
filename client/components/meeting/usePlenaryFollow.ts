// SPDX-License-Identifier: EUPL-1.2
/**
 * Moves a participant's screen along with the facilitator: to the plenary view when the focus
 * becomes 'plenary', back to their group when it returns to 'groups' (only a screen that was
 * brought along follows back). Acts only once the live state is known.
 */
import { useEffect } from 'react';
import type { LiveState } from '../../../shared/liveDoc.js';
import { usePlenaryFollowStore } from '../../stores/plenaryFollowStore.js';
import { navigate } from '../../stores/routeStore.js';
import { announce } from '../../stores/announcerStore.js';

/** In the group room: follow to the plenary view. */
export function useFollowToPlenary(live: LiveState, ready: boolean, enabled: boolean, plenaryHref: string, message: string): void {
  useEffect(() => {
    if (!enabled || !ready) return;
    const store = usePlenaryFollowStore.getState();
    if (live.focus === 'groups') {
      if (store.stayedInGroup) store.set({ stayedInGroup: false });
      return;
    }
    if (store.stayedInGroup) return;
    store.set({ followed: true });
    announce(message);
    navigate(plenaryHref);
  }, [live.focus, ready, enabled, plenaryHref, message]);
}

/** On the plenary view: follow back to the group (only when brought here by the facilitator). */
export function useFollowBackToGroup(live: LiveState, ready: boolean, groupHref: string | null, message: string): void {
  useEffect(() => {
    if (!ready || !groupHref || live.focus !== 'groups') return;
    const store = usePlenaryFollowStore.getState();
    if (!store.followed) return;
    store.set({ followed: false });
    announce(message);
    navigate(groupHref);
  }, [live.focus, ready, groupHref, message]);
}

/** The person chose to go back to their group: do not pull them to the plenary view again this time. */
export function stayInGroup(focus: LiveState['focus']): void {
  usePlenaryFollowStore.getState().set({ followed: false, stayedInGroup: focus === 'plenary' });
}
