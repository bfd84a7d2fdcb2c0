// SPDX-License-Identifier: EUPL-1.2
/** Types of scripts/buildServer.mjs (the server bundle build), for TypeScript callers such as the bench. */

/** Folder of the built server (dist/server). */
export const SERVER_DIST: string;
/** The built server entry point (dist/server/index.mjs). */
export const SERVER_BUNDLE: string;
/** The built command line (dist/server/cli.mjs). */
export const CLI_BUNDLE: string;
/** True when a bundle is missing or older than any server source. */
export function serverIsStale(): boolean;
/** Bundles the server and the command line into dist/server; rejects when esbuild reports errors. */
export function buildServer(): Promise<void>;
/** Builds the server if it is stale; prints progress unless quiet; resolves true when it built. */
export function buildServerIfStale(options?: { quiet?: boolean }): Promise<boolean>;
