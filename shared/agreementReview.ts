// SPDX-License-Identifier: EUPL-1.2
/**
 * When an agreement is next reviewed and how it stands: the facts the overview "Wat hebben we
 * afgesproken?" shows. A review moment is done once progress was recorded for it; the next review
 * is the earliest moment not yet done, and it is overdue when its day has passed. Dates are
 * `YYYY-MM-DD`, compared as text (the same calendar day everywhere in the Netherlands).
 */
import type { ProgressEntry, ProgressState, RegisterEntry } from './agreementsDoc.js';

/** The next review of an agreement and whether it is overdue. */
export interface NextReview { date: string; overdue: boolean }

/** Today's date in the Netherlands as `YYYY-MM-DD` (review moments are Dutch calendar days). */
export function dutchToday(now: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(now));
}

/** The review moments for which progress was recorded. */
function doneMoments(progress: readonly ProgressEntry[]): Set<string> {
  return new Set(progress.flatMap((p) => (p.reviewMoment ? [p.reviewMoment] : [])));
}

/** The earliest review moment without recorded progress, or null when every moment is done. */
export function nextReview(entry: Pick<RegisterEntry, 'reviewMoments' | 'progress'>, today: string): NextReview | null {
  const done = doneMoments(entry.progress);
  const date = [...entry.reviewMoments].sort().find((d) => !done.has(d));
  return date ? { date, overdue: date < today } : null;
}

/** The review moments still open (no progress yet), earliest first: what a progress form offers. */
export function openMoments(entry: Pick<RegisterEntry, 'reviewMoments' | 'progress'>): string[] {
  const done = doneMoments(entry.progress);
  return [...entry.reviewMoments].sort().filter((d) => !done.has(d));
}

/** The most recent progress state, or null when none was recorded. */
export function latestState(progress: readonly ProgressEntry[]): ProgressState | null {
  let latest: ProgressEntry | null = null;
  for (const p of progress) if (!latest || p.at >= latest.at) latest = p;
  return latest?.state ?? null;
}
