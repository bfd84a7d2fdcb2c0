// SPDX-License-Identifier: EUPL-1.2
/**
 * Meeting 2 for the screens: the facilitator's set-up (groups by role, moves, merges, cases) and
 * its commands, the meeting-2 plenary commands, and a participant's own role group. Components
 * get these here, never from client/api directly; a command throws to the form that asked.
 */
import { create } from 'zustand';
import type { CaseBody, Meeting2Answer, Meeting2Body, Meeting2Case, Meeting2LiveBody, MyRoleGroupAnswer, RoleGroupMergeBody } from '../../shared/apiMeeting2.js';
import type { RoleGroup } from '../../shared/docNames.js';
import * as api from '../api/meeting2Api.js';

/** Meeting 2 of one workshop. */
export interface Meeting2State {
  workshopId: string | null;
  /** The set-up (facilitator; null: not loaded yet). */
  setup: Meeting2Answer | null;
  /** Why loading failed (null: no failure). */
  error: unknown;
  /** Loads the set-up of `workshopId`. */
  load: (workshopId: string) => Promise<void>;
  save: (workshopId: string, body: Meeting2Body) => Promise<void>;
  move: (workshopId: string, participantId: string, roleGroup: RoleGroup) => Promise<void>;
  merge: (workshopId: string, body: RoleGroupMergeBody) => Promise<void>;
  addCase: (workshopId: string, body: CaseBody) => Promise<void>;
  updateCase: (workshopId: string, caseId: string, body: CaseBody) => Promise<void>;
  removeCase: (workshopId: string, caseId: string) => Promise<void>;
}

/** The meeting-2 store. */
export const useMeeting2Store = create<Meeting2State>((set, get) => {
  const adopt = (workshopId: string, setup: Meeting2Answer) => {
    if (get().workshopId === workshopId) set({ setup, error: null });
  };
  const withCases = (workshopId: string, cases: (list: Meeting2Case[]) => Meeting2Case[]) => {
    const setup = get().setup;
    if (get().workshopId === workshopId && setup) set({ setup: { ...setup, cases: cases(setup.cases) } });
  };
  return {
    workshopId: null,
    setup: null,
    error: null,
    load: async (workshopId) => {
      if (get().workshopId !== workshopId) set({ workshopId, setup: null, error: null });
      try {
        adopt(workshopId, await api.fetchMeeting2(workshopId));
      } catch (error) {
        if (get().workshopId === workshopId) set({ error });
      }
    },
    save: async (workshopId, body) => adopt(workshopId, await api.saveMeeting2(workshopId, body)),
    move: async (workshopId, participantId, roleGroup) => adopt(workshopId, await api.moveToRoleGroup(workshopId, participantId, roleGroup)),
    merge: async (workshopId, body) => adopt(workshopId, await api.mergeRoleGroups(workshopId, body)),
    addCase: async (workshopId, body) => {
      const added = await api.addCase(workshopId, body);
      withCases(workshopId, (list) => [...list, added]);
    },
    updateCase: async (workshopId, caseId, body) => {
      const changed = await api.updateCase(workshopId, caseId, body);
      withCases(workshopId, (list) => list.map((c) => (c.id === caseId ? changed : c)));
    },
    removeCase: async (workshopId, caseId) => {
      await api.removeCase(workshopId, caseId);
      withCases(workshopId, (list) => list.filter((c) => c.id !== caseId));
    },
  };
});

/** Changes the meeting-2 part of the live state (the live document then shows it everywhere). */
export const changeMeeting2Live = (workshopId: string, body: Meeting2LiveBody) => api.updateMeeting2Live(workshopId, body);

/** The cases (for the plenary screen and the cockpit). */
export const loadCases = (workshopId: string) => api.fetchCases(workshopId);

/** This session's role group and the groups in use. */
export const loadMyRoleGroup = (workshopId: string): Promise<MyRoleGroupAnswer> => api.fetchMyRoleGroup(workshopId);
