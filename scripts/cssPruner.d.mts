// SPDX-License-Identifier: EUPL-1.2
/** Types of scripts/cssPruner.mjs (keeps only the CSS of the components the client uses). */
import type { Plugin } from 'vite';

/** Utrecht class names (and prefixes) mentioned in texts. */
export interface UsedClasses { has(name: string): boolean }
/** The set of utrecht class names (and name prefixes, ending in `-`) mentioned in the given texts. */
export function usedUtrechtClasses(texts: string[]): UsedClasses;
/** The stylesheet without the rules whose utrecht classes nothing uses. */
export function pruneUnusedUtrechtCss(css: string, used: UsedClasses): string;
/** The stylesheet without custom property declarations that nothing reads. */
export function pruneUnreadCustomProperties(css: string, texts: string[]): string;
/** Vite plugin: prunes every emitted stylesheet and renames it by its new content hash. */
export function pruneUnusedCss(): Plugin;
