// SPDX-License-Identifier: EUPL-1.2
/** Types of scripts/serverProcess.mjs (how the built server runs), for TypeScript callers such as the bench. */

/** V8/Node flags the server runs with. */
export const SERVER_NODE_FLAGS: readonly string[];
/** Arguments for `process.execPath` that run the built server. */
export function serverNodeArgs(): string[];
