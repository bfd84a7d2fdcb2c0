// SPDX-License-Identifier: EUPL-1.2
/**
 * The countdown of the live timer on this screen: the server's timer (server epoch ms) read
 * against the server clock, ticking while it runs, still while paused. Announces one minute left
 * and time up once each through the page's polite live region.
 */
import { useEffect, useRef, useState } from 'react';
import { timerRemaining, type LiveTimer } from '../../shared/liveDoc.js';
import { serverNow, useServerClockStore } from '../stores/serverClockStore.js';
import { timerMomentBetween, type TimerMoment } from './timerAnnouncements.js';

const TICK_MS = 250;

/** Milliseconds left on the live timer (null without a timer), updated while it runs. */
export function useTimerRemaining(timer: LiveTimer | null): number | null {
  const sync = useServerClockStore((s) => s.sync);
  const offset = useServerClockStore((s) => s.offset);
  const [remaining, setRemaining] = useState<number | null>(() => timerRemaining(timer, serverNow()));
  useEffect(() => { void sync(); }, [sync, timer]);
  useEffect(() => {
    const update = () => setRemaining(timerRemaining(timer, serverNow()));
    update();
    if (!timer || timer.pausedRemainingMs !== null) return;
    const id = setInterval(update, TICK_MS);
    return () => clearInterval(id);
  }, [timer, offset]);
  return remaining;
}

/** Calls `onMoment` once when one minute is left and once when time is up (not on first sight). */
export function useTimerMoments(remaining: number | null, onMoment: (moment: Exclude<TimerMoment, null>) => void): void {
  const previous = useRef<number | null>(null);
  const callback = useRef(onMoment);
  callback.current = onMoment;
  useEffect(() => {
    const moment = timerMomentBetween(previous.current, remaining);
    previous.current = remaining;
    if (moment) callback.current(moment);
  }, [remaining]);
}
