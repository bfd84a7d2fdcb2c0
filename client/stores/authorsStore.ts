// SPDX-License-Identifier: EUPL-1.2
/**
 * Names of statement authors: author key -> name, from GET /api/workshops/<id>/authors. The
 * server answers an empty map when the workshop shows roles only, so a name is shown exactly
 * when the server sends it. Reloaded at most every few seconds when an unknown key shows up.
 */
import { create } from 'zustand';
import type { AuthorNames } from '../../shared/api.js';
import { fetchAuthors } from '../api/stipApi.js';

const MIN_RELOAD_MS = 5_000;

/** The authors store. */
export interface AuthorsState {
  workshopId: string | null;
  names: AuthorNames;
  loadedAt: number;
  /** Loads the names of a workshop; with `unknownKey`, only if that key is missing and the last load is not recent. */
  load: (workshopId: string, unknownKey?: string) => void;
}

let inFlight = false;
/** A full reload was asked for while one was in flight (the settings changed): load once more after it. */
let loadAgain = false;

/** The authors store. */
export const useAuthorsStore = create<AuthorsState>((set, get) => ({
  workshopId: null,
  names: {},
  loadedAt: 0,
  load: (workshopId, unknownKey) => {
    const state = get();
    const sameWorkshop = state.workshopId === workshopId;
    if (inFlight) { if (unknownKey === undefined) loadAgain = true; return; }
    if (sameWorkshop && unknownKey !== undefined && (unknownKey in state.names || Date.now() - state.loadedAt < MIN_RELOAD_MS)) return;
    if (!sameWorkshop) set({ workshopId, names: {}, loadedAt: 0 });
    inFlight = true;
    fetchAuthors(workshopId)
      .then((names) => { if (get().workshopId === workshopId) set({ names, loadedAt: Date.now() }); })
      .catch(() => set({ loadedAt: Date.now() }))
      .finally(() => {
        inFlight = false;
        if (loadAgain) { loadAgain = false; get().load(workshopId); }
      });
  },
}));
