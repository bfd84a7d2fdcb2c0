// SPDX-License-Identifier: EUPL-1.2
/**
 * One polite live region for short confirmations ("Link gekopieerd", "Opgeslagen"): screens put a
 * message here and the Announcer component reads it out. A repeated message is announced again.
 */
import { create } from 'zustand';

/** The latest message to announce. */
export interface AnnouncerState {
  message: string;
  /** Changes on every announcement, so the same text is read out twice. */
  serial: number;
  announce: (message: string) => void;
}

/** The announcer store. */
export const useAnnouncerStore = create<AnnouncerState>((set) => ({
  message: '',
  serial: 0,
  announce: (message) => set((s) => ({ message, serial: s.serial + 1 })),
}));

/** Announces a message from anywhere. */
export const announce = (message: string) => useAnnouncerStore.getState().announce(message);
