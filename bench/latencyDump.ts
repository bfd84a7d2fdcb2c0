// SPDX-License-Identifier: EUPL-1.2
/**
 * Writes a run's per-keystroke latencies as CSV when BENCH_DUMP_DIR is set, for looking at where
 * slow keystrokes cluster. Format, one file per scenario and server (`<scenario>-<server>.csv`):
 *
 *   key,room,sentOffsetMs,latencyMs      key = <clientId>:<clock>; offset from the first send
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LatencySample } from './results.js';

/** Writes the samples to dir/<scenario>-<server>.csv and returns the file path. */
export function dumpLatencies(dir: string, scenario: string, server: string, samples: LatencySample[]): string {
  mkdirSync(dir, { recursive: true });
  const start = samples.reduce((min, x) => Math.min(min, x.sentAt), Infinity);
  const lines = ['key,room,sentOffsetMs,latencyMs'];
  for (const x of [...samples].sort((a, b) => a.sentAt - b.sentAt)) {
    lines.push(`${x.key},${x.room},${(x.sentAt - start).toFixed(1)},${x.latencyMs.toFixed(2)}`);
  }
  const file = path.join(dir, `${scenario}-${server}.csv`);
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}
