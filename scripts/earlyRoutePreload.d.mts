// SPDX-License-Identifier: EUPL-1.2
/** Types of scripts/earlyRoutePreload.mjs (the early route-preload entry). */
import type { Plugin } from 'vite';

/** The plugin; `entry` is the early entry's path relative to the repository root. */
export function earlyRoutePreload(entry?: string): Plugin;
/** The file of the screens' preloads in the build output. */
export const SCREEN_PRELOADS_FILE: string;
/** Per screen module name (e.g. `GroupRoomRoute`), the files of its code the main entry does not load. */
export function screenPreloads(bundle: Record<string, unknown>): Record<string, string[]>;
/** The modules `from` imports statically, itself included, given each module's static imports. */
export function staticClosure(from: string, importsOf: (id: string) => readonly string[]): Set<string>;
