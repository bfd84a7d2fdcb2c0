/** Types of scripts/earlyRoutePreload.mjs (the early route-preload entry). */
import type { Plugin } from 'vite';

/** The plugin; `entry` is the early entry's path relative to the repository root. */
export function earlyRoutePreload(entry?: string): Plugin;
