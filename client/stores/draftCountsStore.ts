// SPDX-License-Identifier: EUPL-1.2
/**
 * The counts of private writing in step 1 for the cockpit (per group: members who wrote, private
 * statements; never their text). The cockpit polls them every few seconds while step 1 runs; a
 * failed poll keeps the last numbers and says they may be out of date.
 */
import { useEffect } from 'react';
import { create } from 'zustand';
import type { DraftCountsAnswer } from '../../shared/apiMeeting.js';
import { fetchDraftCounts } from '../api/meetingApi.js';

/** How often the cockpit asks for the counts while step 1 runs. */
const DRAFT_COUNTS_POLL_MS = 4000;

/** The draft counts of one workshop. */
export interface DraftCountsState {
  workshopId: string | null;
  /** The latest counts (null: none yet). */
  counts: DraftCountsAnswer | null;
  /** The latest poll failed: the counts shown may be out of date. */
  failed: boolean;
  /** Asks the server for the counts of `workshopId` once. */
  refresh: (workshopId: string) => Promise<void>;
}

/**
 * A store of counts fetched with `fetchCounts` (meeting 1's groups here, meeting 2's role groups in
 * roleDraftCountsStore.ts) and the hook that polls it every `pollMs` while `active`.
 */
export function createDraftCountsStore(fetchCounts: (workshopId: string) => Promise<DraftCountsAnswer>) {
  const useStore = create<DraftCountsState>((set, get) => ({
    workshopId: null,
    counts: null,
    failed: false,
    refresh: async (workshopId) => {
      if (get().workshopId !== workshopId) set({ workshopId, counts: null, failed: false });
      try {
        const counts = await fetchCounts(workshopId);
        if (get().workshopId === workshopId) set({ counts, failed: false });
      } catch {
        if (get().workshopId === workshopId) set({ failed: true });
      }
    },
  }));
  function usePolledCounts(workshopId: string, active: boolean, pollMs: number): Pick<DraftCountsState, 'counts' | 'failed'> {
    const refresh = useStore((s) => s.refresh);
    useEffect(() => {
      if (!active) return;
      void refresh(workshopId);
      const timer = setInterval(() => void refresh(workshopId), pollMs);
      return () => clearInterval(timer);
    }, [workshopId, active, pollMs, refresh]);
    const counts = useStore((s) => (s.workshopId === workshopId ? s.counts : null));
    const failed = useStore((s) => s.workshopId === workshopId && s.failed);
    return { counts, failed };
  }
  return { refresh: (workshopId: string) => useStore.getState().refresh(workshopId), usePolledCounts };
}

const meeting1Counts = createDraftCountsStore(fetchDraftCounts);

/** Polls the draft counts of a workshop while `active` (step 1 runs); answers the latest state. */
export function useDraftCounts(workshopId: string, active: boolean): Pick<DraftCountsState, 'counts' | 'failed'> {
  return meeting1Counts.usePolledCounts(workshopId, active, DRAFT_COUNTS_POLL_MS);
}
