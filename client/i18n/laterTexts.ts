// SPDX-License-Identifier: EUPL-1.2
/**
 * Adds the Dutch texts only staff screens use (nlLater.ts) to the interface's texts, once; the
 * screens that may need them wait for this before they render (client/routes/routeModules.ts).
 * Importing the set-up (./index.js) first means the texts are added after i18n is set up.
 */
import './index.js';
import i18n from 'i18next';

let adding: Promise<void> | null = null;

/** Resolves once the later Dutch texts are in. */
export function loadLaterTexts(): Promise<void> {
  adding ??= import('./nlLater.js').then(({ nlLater }) => {
    i18n.addResourceBundle('nl', 'translation', nlLater, true, true);
  }, (error: unknown) => {
    adding = null;
    throw error;
  });
  return adding;
}
