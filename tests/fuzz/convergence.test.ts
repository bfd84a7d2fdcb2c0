// SPDX-License-Identifier: EUPL-1.2
/**
 * Seeded convergence fuzzing: five writers and a reader, stock y-websocket providers, edit one
 * group document through a network that delays, reorders (between connections), cuts and refuses,
 * against the real CollabServer on real SQLite; after healing, every copy — each peer's, the
 * server's and the stored one — is the same document. One seed also restarts the server twice.
 * Run a single seed with FUZZ_SEED=<n> (and FUZZ_OPS=<n>) to reproduce or explore.
 */
import { describe, expect, it } from 'vitest';
import { describeDivergence, runScenario, sameDocument, type Scenario } from './convergenceScenario.js';

/** The seeds every run tries. */
const SEEDS: Scenario[] = [
  { seed: 1, ops: 150 },
  { seed: 2, ops: 150, maxDelayMs: 80 },
  // Seed 3 once failed in the proxy, not the server: a connection that was being admitted when every
  // client was refused still got through (the refusal is now checked again when the server answers).
  { seed: 3, ops: 150, restart: true },
  { seed: 4, ops: 150, writers: 6, readers: 2 },
  { seed: 5, ops: 150, reorderWithinConnection: true },
];

/**
 * Seeds that once failed, kept for ever with what they found. (None has failed against the
 * current server yet; add `{ seed, ops, ... }` here with a comment when one does.)
 */
const REGRESSION_SEEDS: Scenario[] = [];

function chosenSeeds(): Scenario[] {
  const only = process.env.FUZZ_SEED;
  if (!only) return [...SEEDS, ...REGRESSION_SEEDS];
  return [{ seed: Number(only), ops: Number(process.env.FUZZ_OPS ?? 150), restart: process.env.FUZZ_RESTART === '1' }];
}

describe('convergence under a misbehaving network', () => {
  for (const scenario of chosenSeeds()) {
    const what = [
      `${scenario.writers ?? 5} writers and ${scenario.readers ?? 1} reader(s)`,
      `${scenario.ops} operations`,
      scenario.restart ? 'two server restarts' : null,
      scenario.reorderWithinConnection ? 'messages reordered within connections' : null,
    ].filter(Boolean).join(', ');

    it(`seed ${scenario.seed}: ${what} end with every copy identical`, async () => {
      const result = await runScenario(scenario);
      const diverged = result.peers.some((p) => !sameDocument(p.fingerprint, result.server)) || result.server.pending;
      expect(diverged, describeDivergence(scenario, result)).toBe(false);
      expect(result.stored, 'the stored document equals the server\'s').toEqual(result.server);
      expect(result.peers.flatMap((p) => p.closes.filter((c) => c.code >= 4400 && c.code < 4500)), 'no peer was refused for good').toEqual([]);
      expect(result.serverErrors).toEqual([]);
      expect(result.peers.reduce((n, p) => n + p.ops, 0)).toBeGreaterThanOrEqual(scenario.ops);
      if (scenario.restart) {
        const leaver = result.leaver!;
        expect(leaver.onServerAfterRestart, 'what the leaver wrote survived the restart in the store alone').toBeGreaterThanOrEqual(leaver.clock);
        expect(leaver.onServerAtEnd).toBeGreaterThanOrEqual(leaver.clock);
      }
    });
  }
});
