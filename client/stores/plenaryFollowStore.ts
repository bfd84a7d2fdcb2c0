// SPDX-License-Identifier: EUPL-1.2
/**
 * Following the facilitator between the groups and the plenary view: a participant's screen goes
 * to the plenary view when the facilitator calls everyone together, and back when the groups
 * continue, unless the person chose to go back to their group during the plenary part.
 */
import { create } from 'zustand';

/** The follow state of this tab. */
export interface PlenaryFollowState {
  /** This screen was brought to the plenary view by the facilitator (so it follows back). */
  followed: boolean;
  /** The person went back to their group during this plenary part (so it does not follow again). */
  stayedInGroup: boolean;
  set: (change: Partial<Pick<PlenaryFollowState, 'followed' | 'stayedInGroup'>>) => void;
}

/** The follow store. */
export const usePlenaryFollowStore = create<PlenaryFollowState>((set) => ({
  followed: false,
  stayedInGroup: false,
  set: (change) => set(change),
}));
