// SPDX-License-Identifier: EUPL-1.2
/**
 * The names of the bench's scenarios: the vocabulary both the options (BENCH_SCENARIO) and the
 * scenarios themselves use, kept apart so that neither has to import the other.
 */

/** Names of the scenarios, in the order they run. */
export const SCENARIO_NAMES = ['groups', 'plenary', 'meeting2'] as const;
/** One scenario's name. */
export type ScenarioName = (typeof SCENARIO_NAMES)[number];
