// SPDX-License-Identifier: EUPL-1.2
/** Types of scripts/utrechtTreeShaking.mjs (lets the bundler drop unused Utrecht React components). */
import type { Plugin } from 'vite';

/** The module text with display-name labels removed and top-level calls marked pure. */
export function shakeableUtrechtModule(code: string): string;
/** The Vite plugin (build only). */
export function utrechtTreeShaking(): Plugin;
