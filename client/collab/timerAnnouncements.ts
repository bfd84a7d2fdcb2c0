// SPDX-License-Identifier: EUPL-1.2
/**
 * When a countdown is worth saying out loud: once when one minute is left, once when time is up.
 * Never every second (screen readers would talk without end).
 */

/** What to announce when the remaining time moved from `before` to `now` (milliseconds, null without timer). */
export type TimerMoment = 'oneMinuteLeft' | 'timeUp' | null;

const ONE_MINUTE = 60_000;

/** The moment crossed between two readings of the remaining time, if any. */
export function timerMomentBetween(before: number | null, now: number | null): TimerMoment {
  if (before === null || now === null || now >= before) return null;
  if (before > 0 && now <= 0) return 'timeUp';
  if (before > ONE_MINUTE && now <= ONE_MINUTE) return 'oneMinuteLeft';
  return null;
}

/** Remaining time as m:ss (or h:mm:ss from an hour), rounded up to whole seconds. */
export function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${String(m).padStart(2, '0')}:${ss}`;
}
