// SPDX-License-Identifier: EUPL-1.2
/**
 * The whole Dutch dictionary (the default language, plain language B1; keys shared with en.ts):
 * nl.ts's texts for every screen's first paint and nlLater.ts's texts of staff screens. For tests
 * and tools; the client loads the two parts apart (i18n/index.ts, laterTexts.ts).
 */
import { nlFirst } from './nl.js';
import { nlLater } from './nlLater.js';

/** Every Dutch text. */
export const nl = { ...nlFirst, ...nlLater, m2: { ...nlFirst.m2, ...nlLater.m2 }, facilitator: { ...nlFirst.facilitator, ...nlLater.facilitator }, apiError: { ...nlFirst.apiError, ...nlLater.apiError } };
