// SPDX-License-Identifier: EUPL-1.2
/**
 * Which phase of the course a frozen vision version belongs to, by its number (the version
 * contract is in apiMeeting.ts): 1 after meeting 1, 2 after the consultation, 3 after meeting 2,
 * and any later one an interim version. The client names each phase in Dutch or English; the
 * freeze button proposes the phase of the next number, so it never repeats "na bijeenkomst 1".
 */

/** The phases a version can close. */
export const VERSION_PHASES = ['meeting1', 'consultation', 'meeting2', 'interim'] as const;
/** A version's phase. */
export type VersionPhase = (typeof VERSION_PHASES)[number];

/** The phase of version `number` (1-based). */
export function versionPhase(number: number): VersionPhase {
  if (number <= 1) return 'meeting1';
  if (number === 2) return 'consultation';
  if (number === 3) return 'meeting2';
  return 'interim';
}
