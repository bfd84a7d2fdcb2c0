// SPDX-License-Identifier: EUPL-1.2
/** The set-up session's list of workshops, and creating a new one. */
import { create } from 'zustand';
import type { WorkshopCreateBody, WorkshopDetail, WorkshopSummary } from '../../shared/api.js';
import * as api from '../api/stipApi.js';

/** The set-up store. */
export interface SetupState {
  workshops: WorkshopSummary[];
  /** Workshops created in this visit, with their facilitator link. */
  created: WorkshopDetail[];
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: unknown;
  load: () => Promise<void>;
  create: (body: Partial<WorkshopCreateBody> & { gemeente: string }) => Promise<WorkshopDetail>;
}

/** The set-up store. */
export const useSetupStore = create<SetupState>((set, get) => ({
  workshops: [],
  created: [],
  status: 'idle',
  error: null,
  load: async () => {
    if (get().status === 'idle') set({ status: 'loading' });
    try {
      set({ workshops: await api.listWorkshops(), status: 'ready', error: null });
    } catch (error) {
      set({ status: get().status === 'ready' ? 'ready' : 'error', error });
    }
  },
  create: async (body) => {
    const workshop = await api.createWorkshop(body);
    const summary: WorkshopSummary = {
      id: workshop.id, gemeente: workshop.gemeente, title: workshop.title, dates: workshop.dates,
      participantCount: workshop.participantCount, createdAt: workshop.createdAt,
    };
    set((s) => ({ workshops: [summary, ...s.workshops.filter((w) => w.id !== workshop.id)], created: [workshop, ...s.created] }));
    return workshop;
  },
}));
