// SPDX-License-Identifier: EUPL-1.2
/**
 * Meeting 2's counts of private writing for the cockpit (per role group: members who wrote, private
 * statements; never their text) and "Nu delen", the reveal of what is left. Polled every few
 * seconds in step 1 and more slowly after it (a draft written offline can arrive later); a failed
 * poll keeps the last numbers and says they may be out of date. The same behaviour as meeting 1's
 * counts (draftCountsStore.ts), for the role groups.
 */
import { useEffect } from 'react';
import { create } from 'zustand';
import type { DraftCountsAnswer } from '../../shared/apiMeeting.js';
import type { RoleGroup } from '../../shared/docNames.js';
import { fetchRoleDraftCounts, revealRoleDrafts } from '../api/meeting2Api.js';

/** How often the cockpit asks in step 1, and after it. */
const POLL_WRITING_MS = 4000;
const POLL_AFTER_MS = 15000;

interface RoleDraftCountsState {
  workshopId: string | null;
  counts: DraftCountsAnswer | null;
  failed: boolean;
  refresh: (workshopId: string) => Promise<void>;
}

const useRoleDraftCountsStore = create<RoleDraftCountsState>((set, get) => ({
  workshopId: null,
  counts: null,
  failed: false,
  refresh: async (workshopId) => {
    if (get().workshopId !== workshopId) set({ workshopId, counts: null, failed: false });
    try {
      const counts = await fetchRoleDraftCounts(workshopId);
      if (get().workshopId === workshopId) set({ counts, failed: false });
    } catch {
      if (get().workshopId === workshopId) set({ failed: true });
    }
  },
}));

/** Polls the role groups' draft counts while meeting 2 runs (`writing`: step 1, more often). */
export function useRoleDraftCounts(workshopId: string, active: boolean, writing: boolean): Pick<RoleDraftCountsState, 'counts' | 'failed'> {
  const refresh = useRoleDraftCountsStore((s) => s.refresh);
  useEffect(() => {
    if (!active) return;
    void refresh(workshopId);
    const timer = setInterval(() => void refresh(workshopId), writing ? POLL_WRITING_MS : POLL_AFTER_MS);
    return () => clearInterval(timer);
  }, [workshopId, active, writing, refresh]);
  const counts = useRoleDraftCountsStore((s) => (s.workshopId === workshopId ? s.counts : null));
  const failed = useRoleDraftCountsStore((s) => s.workshopId === workshopId && s.failed);
  return { counts, failed };
}

/** Shares what is left in one role group's drafts now; answers how many statements moved. Throws to the caller. */
export async function shareRoleDraftsNow(workshopId: string, roleGroup: RoleGroup): Promise<number> {
  const answer = await revealRoleDrafts(workshopId, roleGroup);
  await useRoleDraftCountsStore.getState().refresh(workshopId);
  return answer.revealed[roleGroup] ?? 0;
}
