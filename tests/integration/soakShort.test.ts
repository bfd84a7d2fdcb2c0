// SPDX-License-Identifier: EUPL-1.2
/**
 * A short soak: 200 stock clients over 20 documents of the real server (a child process) for
 * about 15 seconds, with short-lived sockets opening and closing and upgrade attempts that must be
 * refused. Rooms unload after their idle time, nothing unexpected closes, and the server logs no
 * error. Memory figures are printed, not asserted.
 */
import { describe, expect, it } from 'vitest';
import { runSoak } from '../../scripts/soak/soakRun.js';

describe('a short soak', () => {
  it('keeps 200 sockets over 20 documents with churn, refuses every forged attempt, unloads idle rooms and logs no error', async () => {
    const result = await runSoak({
      sockets: 200, docs: 20, durationMs: 15_000, sampleEveryMs: 3_000,
      churnPerSecond: 8, badAttemptsPerSecond: 8, editEveryMs: 2_000, roomIdleMs: 500,
      print: (line) => console.log(line),
    });
    expect(result.steadyConnected).toBe(200);
    expect(result.serverErrors).toEqual([]);
    expect(result.tally.unexpectedCloses).toBe(0);
    expect(result.tally.edits).toBeGreaterThan(0);
    expect(result.churnOpened).toBeGreaterThan(0);
    expect(result.distinctDocsOpened).toBeGreaterThan(20);
    expect([...result.tally.refusals.keys()].every((status) => [401, 403, 404].includes(status))).toBe(true);
    expect(result.roomsMax).toBeLessThanOrEqual(result.distinctDocsOpened);
    expect(result.unloadedDuringRun).toBeGreaterThan(0);
    expect(result.roomsAfterIdle).toBe(0);
  }, 90_000);
});
