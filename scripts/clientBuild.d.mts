// SPDX-License-Identifier: EUPL-1.2
/** Types of scripts/clientBuild.mjs (builds dist/client when stale), for TypeScript callers such as the bench. */

/** True when dist/client is missing or older than any client source. */
export function clientIsStale(): boolean;
/** Builds the client if it is stale; prints progress unless quiet; throws when the build fails. */
export function buildClientIfStale(options?: { quiet?: boolean }): boolean;
