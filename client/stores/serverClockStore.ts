// SPDX-License-Identifier: EUPL-1.2
/**
 * The server's clock as seen from this device: an offset measured with GET /api/time (a few
 * samples, the shortest round trip wins) and measured again now and then. Until it is known, or
 * when the server cannot tell, the offset is 0 (this device's clock).
 */
import { create } from 'zustand';
import { fetchServerTime } from '../api/meetingApi.js';
import { bestOffset, clockOffset } from '../collab/serverClock.js';

const SAMPLES = 3;
const REMEASURE_MS = 5 * 60_000;

/** The server clock store. */
export interface ServerClockState {
  offset: number;
  measuredAt: number;
  /** Measures the offset unless it was measured recently. */
  sync: () => Promise<void>;
  /** Takes the server's clock from another answer (the session's) as a measurement, unless one is recent. */
  note: (sentAt: number, receivedAt: number, serverNow: number) => void;
}

let inFlight: Promise<void> | null = null;

/** The server clock store. */
export const useServerClockStore = create<ServerClockState>((set, get) => ({
  offset: 0,
  measuredAt: 0,
  sync: () => {
    if (inFlight) return inFlight;
    if (get().measuredAt && Date.now() - get().measuredAt < REMEASURE_MS) return Promise.resolve();
    inFlight = measure()
      .then((offset) => { if (offset !== null) set({ offset, measuredAt: Date.now() }); })
      .catch(() => undefined)
      .finally(() => { inFlight = null; });
    return inFlight;
  },
  note: (sentAt, receivedAt, now) => {
    if (!Number.isFinite(now) || (get().measuredAt && Date.now() - get().measuredAt < REMEASURE_MS)) return;
    set({ offset: clockOffset(sentAt, receivedAt, now), measuredAt: Date.now() });
  },
}));

async function measure(): Promise<number | null> {
  const samples: { roundTrip: number; offset: number }[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const sentAt = Date.now();
    const { now } = await fetchServerTime();
    const receivedAt = Date.now();
    if (typeof now === 'number' && Number.isFinite(now)) {
      samples.push({ roundTrip: receivedAt - sentAt, offset: clockOffset(sentAt, receivedAt, now) });
    }
  }
  return bestOffset(samples);
}

/** The server's time now, by this device's clock and the measured offset. */
export const serverNow = () => Date.now() + useServerClockStore.getState().offset;
