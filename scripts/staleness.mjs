// SPDX-License-Identifier: EUPL-1.2
/**
 * "Is this build output older than its sources?" for the build scripts (client and server): a
 * build is stale when its output file is missing or any source file (walked recursively, skipping
 * node_modules and *.test.ts) was modified after it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (scripts/..). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Newest modification time (ms) of a file or of anything inside a folder; 0 when it does not exist. */
export function newestMtime(p) {
  const stat = fs.statSync(p, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(p)) {
    if (entry === 'node_modules' || entry.endsWith('.test.ts')) continue;
    newest = Math.max(newest, newestMtime(path.join(p, entry)));
  }
  return newest;
}

/** True when `output` is missing or older than any of `sources` (paths relative to the repository root). */
export function isStale(output, sources) {
  const built = fs.statSync(output, { throwIfNoEntry: false });
  if (!built) return true;
  return sources.some((s) => newestMtime(path.join(REPO_ROOT, s)) > built.mtimeMs);
}
