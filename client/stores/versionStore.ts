// SPDX-License-Identifier: EUPL-1.2
/**
 * The frozen versions of a workshop's vision: the list shown beside the merge view (loaded once
 * per workshop, a newly frozen version added to it) and one version to read. Components get them
 * here, never from client/api directly.
 */
import { create } from 'zustand';
import type { VisionVersionSummary, VisionVersionView } from '../../shared/apiMeeting.js';
import { createVersion, fetchVersion, listVersions } from '../api/meetingApi.js';

/** The versions list of one workshop. */
export interface VersionState {
  workshopId: string | null;
  /** The frozen versions, oldest first (null: not loaded yet). */
  versions: VisionVersionSummary[] | null;
  /** Why the list could not be loaded (null: no failure). */
  error: unknown;
  /** Loads the list of `workshopId`. */
  load: (workshopId: string) => Promise<void>;
  /** Freezes the vision as a new version with `label`; throws to the form that asked. */
  freeze: (workshopId: string, label: string) => Promise<VisionVersionSummary>;
}

const byNumber = (a: VisionVersionSummary, b: VisionVersionSummary) => a.number - b.number;

/** The versions store. */
export const useVersionStore = create<VersionState>((set, get) => ({
  workshopId: null,
  versions: null,
  error: null,
  load: async (workshopId) => {
    if (get().workshopId !== workshopId) set({ workshopId, versions: null, error: null });
    try {
      const versions = await listVersions(workshopId);
      if (get().workshopId === workshopId) set({ versions, error: null });
    } catch (error) {
      if (get().workshopId === workshopId) set({ error });
    }
  },
  freeze: async (workshopId, label) => {
    if (get().workshopId === workshopId) set({ error: null });
    const created = await createVersion(workshopId, label);
    if (get().workshopId === workshopId) {
      set((s) => ({ versions: [...(s.versions ?? []).filter((v) => v.number !== created.number), created].sort(byNumber) }));
    }
    return created;
  },
}));

/** Loads one frozen version to read it. */
export function loadVersion(workshopId: string, number: number): Promise<VisionVersionView> {
  return fetchVersion(workshopId, number);
}
