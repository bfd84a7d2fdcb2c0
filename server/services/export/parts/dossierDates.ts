// SPDX-License-Identifier: EUPL-1.2
/** Dates as the dossier writes them: Dutch, in words, in UTC (so every machine writes the same). */

const DATE = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** An ISO date (`2026-03-12`) or epoch ms as "12 maart 2026"; null stays null. */
export function dutchDate(value: string | number | null): string | null {
  if (value === null) return null;
  const date = typeof value === 'number' ? new Date(value) : new Date(`${value.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : DATE.format(date);
}
