// SPDX-License-Identifier: EUPL-1.2
/**
 * The workshop on the facilitator page: its detail (settings and participants) and the changes
 * a facilitator makes. Each change calls the API and then updates the detail with the answer, so
 * the page always shows what the server holds. Errors are thrown to the form that asked.
 */
import { create } from 'zustand';
import type {
  ImportAnswer, ParticipantCreateBody, ParticipantView, WorkshopDetail, WorkshopUpdateBody,
} from '../../shared/api.js';
import * as api from '../api/stipApi.js';
import * as meetingApi from '../api/meetingApi.js';

/** Loading state of the workshop. */
export type WorkshopStatus = 'idle' | 'loading' | 'ready' | 'error';

/** The facilitator's workshop store. */
export interface WorkshopState {
  workshopId: string | null;
  workshop: WorkshopDetail | null;
  status: WorkshopStatus;
  error: unknown;
  load: (workshopId: string) => Promise<void>;
  update: (body: WorkshopUpdateBody) => Promise<WorkshopDetail>;
  addParticipant: (body: Partial<ParticipantCreateBody> & Pick<ParticipantCreateBody, 'name' | 'role'>) => Promise<ParticipantView>;
  importCsv: (csv: string) => Promise<ImportAnswer>;
  moveParticipant: (participantId: string, group: number) => Promise<ParticipantView>;
  removeParticipant: (participantId: string) => Promise<void>;
  /**
   * Deals everyone afresh. Once meeting 1 has started the server refuses (`meeting-started`)
   * unless `confirmStarted` is true: the facilitator agreed after reading what happens.
   */
  reassignGroups: (options?: { confirmStarted?: boolean }) => Promise<WorkshopDetail>;
  /** Gives a group only to people without one; everyone placed stays. Answers how many were placed. */
  placeUnplaced: () => Promise<number>;
  /** Gives a participant a new join link (the old one stops working). */
  renewLink: (participantId: string) => Promise<ParticipantView>;
  /** Records whether a participant was at a meeting (null: not known). */
  setAttendance: (participantId: string, meeting: 1 | 2, status: 'present' | 'absent' | null) => Promise<ParticipantView>;
}

const withParticipant = (w: WorkshopDetail, p: ParticipantView): WorkshopDetail => {
  const exists = w.participants.some((x) => x.id === p.id);
  const participants = exists ? w.participants.map((x) => (x.id === p.id ? p : x)) : [...w.participants, p];
  return { ...w, participants, participantCount: participants.length };
};

/** The facilitator's workshop store. */
export const useWorkshopStore = create<WorkshopState>((set, get) => {
  const current = () => {
    const { workshopId, workshop } = get();
    if (!workshopId || !workshop) throw new Error('no workshop loaded');
    return { workshopId, workshop };
  };
  return {
    workshopId: null,
    workshop: null,
    status: 'idle',
    error: null,
    load: async (workshopId) => {
      if (get().workshopId !== workshopId) set({ workshopId, workshop: null, status: 'loading', error: null });
      try {
        const workshop = await api.fetchWorkshop(workshopId);
        if (get().workshopId === workshopId) set({ workshop, status: 'ready', error: null });
      } catch (error) {
        if (get().workshopId === workshopId) set({ status: get().workshop ? 'ready' : 'error', error });
      }
    },
    update: async (body) => {
      const workshop = await api.updateWorkshop(current().workshopId, body);
      set({ workshop });
      return workshop;
    },
    addParticipant: async (body) => {
      const participant = await api.addParticipant(current().workshopId, body);
      set({ workshop: withParticipant(current().workshop, participant) });
      return participant;
    },
    importCsv: async (csv) => {
      const answer = await api.importParticipants(current().workshopId, csv);
      set({ workshop: answer.workshop });
      return answer;
    },
    moveParticipant: async (participantId, group) => {
      const participant = await api.updateParticipant(current().workshopId, participantId, { group });
      set({ workshop: withParticipant(current().workshop, participant) });
      return participant;
    },
    removeParticipant: async (participantId) => {
      await api.removeParticipant(current().workshopId, participantId);
      const { workshop } = current();
      const participants = workshop.participants.filter((p) => p.id !== participantId);
      set({ workshop: { ...workshop, participants, participantCount: participants.length } });
    },
    reassignGroups: async (options) => {
      const workshop = await api.assignGroups(current().workshopId, { mode: 'all', confirmStarted: options?.confirmStarted ?? false });
      set({ workshop });
      return workshop;
    },
    placeUnplaced: async () => {
      const before = current().workshop.participants.filter((p) => p.role !== 'facilitator' && p.group === null).map((p) => p.id);
      const workshop = await api.assignGroups(current().workshopId, { mode: 'unplaced' });
      set({ workshop });
      return workshop.participants.filter((p) => before.includes(p.id) && p.group !== null).length;
    },
    renewLink: async (participantId) => {
      const participant = await meetingApi.renewLink(current().workshopId, participantId);
      set({ workshop: withParticipant(current().workshop, participant) });
      return participant;
    },
    setAttendance: async (participantId, meeting, status) => {
      const participant = await meetingApi.setAttendance(current().workshopId, participantId, { meeting, status });
      set({ workshop: withParticipant(current().workshop, participant) });
      return participant;
    },
  };
});
