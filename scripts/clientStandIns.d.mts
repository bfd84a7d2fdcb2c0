// SPDX-License-Identifier: EUPL-1.2
/** Types of scripts/clientStandIns.mjs (stand-ins for modules the client imports but never runs). */
import type { Plugin } from 'vite';

/** StarterKit option → the package and export StarterKit imports for it (switched off in shared/editor/extensions.ts). */
export const SWITCHED_OFF_EXTENSIONS: Record<string, { module: string; name: string }>;
/** The source of the stand-in for an import (by `importer`, a file path), or null when the import is not replaced. */
/** Packages replaced by a stand-in file of the client's own (client/i18n/standIn/), by package name. */
export const STAND_IN_FILES: Record<string, string>;
export function standInFor(source: string, importer?: string): string | null;
/** The Vite plugin (build only). */
export function clientStandIns(): Plugin;
