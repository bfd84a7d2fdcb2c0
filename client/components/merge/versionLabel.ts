// SPDX-License-Identifier: EUPL-1.2
/**
 * The label of a frozen version as screens show it. A stored label that is the name of a phase
 * (in either language) is shown as the phase its number closes (shared/versionPhase.ts), so an old
 * "versie 2 (na bijeenkomst 1)" reads "na consultatie"; the facilitator's own words stay as typed.
 */
import type { TFunction } from 'i18next';
import { VERSION_PHASES, versionPhase } from '../../../shared/versionPhase.js';

const LANGUAGES = ['nl', 'en'] as const;

/** The shown label of version `number` stored with `label`. */
export function versionLabel(t: TFunction, version: { number: number; label: string }): string {
  const phase = t(`merge.versions.phase.${versionPhase(version.number)}`);
  const stored = version.label.trim().toLowerCase();
  const namesAPhase = VERSION_PHASES.some((p) => LANGUAGES.some((lng) => t(`merge.versions.phase.${p}`, { lng }).toLowerCase() === stored));
  return namesAPhase || !stored ? phase : version.label.trim();
}
