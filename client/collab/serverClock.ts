// SPDX-License-Identifier: EUPL-1.2
/**
 * The difference between the server's clock and this device's, so every screen shows the same
 * timer: the server sends its time (GET /api/time) and we assume it was read halfway the round trip.
 */

/** Milliseconds to add to `Date.now()` to get the server's time. */
export function clockOffset(sentAt: number, receivedAt: number, serverNow: number): number {
  const roundTrip = Math.max(0, receivedAt - sentAt);
  return Math.round(serverNow - (sentAt + roundTrip / 2));
}

/** Of several measurements, the one with the shortest round trip is the most exact. */
export function bestOffset(samples: readonly { roundTrip: number; offset: number }[]): number | null {
  if (samples.length === 0) return null;
  return [...samples].sort((a, b) => a.roundTrip - b.roundTrip)[0].offset;
}
