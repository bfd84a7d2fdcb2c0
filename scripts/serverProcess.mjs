// SPDX-License-Identifier: EUPL-1.2
/**
 * How the built server runs: `node <SERVER_NODE_FLAGS> dist/server/index.mjs`. Used by `npm start`
 * (scripts/start.mjs) and by the bench (bench/servers.ts), so both measure and run the same thing.
 *
 * --max-semi-space-size=4 (MB): caps V8's young generation at 8 MB (two 4 MB semi-spaces) instead
 *   of Node 20's 32 MB. Stip's live heap stays under ~20 MB under load and almost everything it
 *   allocates (frames, decoded messages, update copies waiting ≤ 50 ms for the SQLite flush) dies
 *   young, so a bigger young generation only holds garbage: under the bench's groups load it grew
 *   to 32 MB within a minute and was most of the RSS growth. Measured on the groups load: 30 s
 *   runs, peak RSS 109–110 → 88–89 MB at unchanged server CPU (3.65–3.71 vs 3.37–3.71 s); 60 s
 *   bench, 116.7 → 88.0–90.3 MB. 2 MB saved ~5 MB more but cost ~12 % CPU (more scavenges).
 */
import { SERVER_BUNDLE } from './buildServer.mjs';

/** V8/Node flags the server runs with (see above). */
export const SERVER_NODE_FLAGS = Object.freeze(['--max-semi-space-size=4']);

/** Arguments for `process.execPath` that run the built server. */
export function serverNodeArgs() {
  return [...SERVER_NODE_FLAGS, SERVER_BUNDLE];
}
