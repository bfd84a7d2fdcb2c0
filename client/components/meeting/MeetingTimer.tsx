// SPDX-License-Identifier: EUPL-1.2
/**
 * The live timer as mm:ss, in server time. The visible countdown is a `timer` (not read out every
 * second); one minute left and time up are announced once through the page's polite live region.
 */
import { useTranslation } from 'react-i18next';
import type { LiveTimer } from '../../../shared/liveDoc.js';
import { useTimerMoments, useTimerRemaining } from '../../collab/timerHooks.js';
import { formatRemaining } from '../../collab/timerAnnouncements.js';
import { announce } from '../../stores/announcerStore.js';

/** Props of the timer display. */
export interface MeetingTimerProps {
  timer: LiveTimer | null;
  size?: 'compact' | 'large';
  /** A second copy of a timer shown elsewhere on the page: it does not announce the moments again. */
  quiet?: boolean;
}

/** Shows the live timer (nothing without a timer). */
export function MeetingTimer({ timer, size = 'compact', quiet = false }: MeetingTimerProps) {
  const { t } = useTranslation();
  const remaining = useTimerRemaining(timer);
  useTimerMoments(remaining, (moment) => { if (!quiet) announce(t(`meeting.timer.${moment}`)); });
  if (remaining === null || !timer) return null;
  const paused = timer.pausedRemainingMs !== null;
  const over = remaining <= 0;
  return (
    <div className={`meeting-timer meeting-timer--${size}${over ? ' meeting-timer--over' : ''}${paused ? ' meeting-timer--paused' : ''}`}>
      <span className="meeting-timer__label">{t('meeting.timer.label')}</span>
      <span role="timer" aria-label={t('meeting.timer.label')} className="meeting-timer__time">{formatRemaining(remaining)}</span>
      {paused ? <span className="meeting-timer__state">{t('meeting.timer.paused')}</span> : null}
      {over ? <span className="meeting-timer__state">{t('meeting.timer.timeUp')}</span> : null}
    </div>
  );
}
