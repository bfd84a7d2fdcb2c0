// SPDX-License-Identifier: EUPL-1.2
/**
 * The room's notice bar, fixed at the bottom of the screen so it reaches a person wherever they
 * are on a long phone page: a new step, the facilitator's message and the lock (with why). Step and
 * message are read out politely, the lock assertively. On a phone it also carries the timer and,
 * while the connection is gone, that changes are kept (the top bar with both scrolls away there;
 * the status there is the one that is read out). Its height is kept free at the bottom of the page and of
 * every scroll-into-view, so it never hides the field that has focus.
 */
import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveTimer } from '../../../shared/liveDoc.js';
import { MeetingTimer } from '../meeting/MeetingTimer.js';
import type { RoomNotices } from './useRoomNotices.js';
import { stepHelp, stepTitle, type MeetingNumber } from '../meeting/stepText.js';

/** Props of the notice bar. */
export interface RoomNoticeBarProps {
  notices: RoomNotices;
  locked: boolean;
  timer: LiveTimer | null;
  /** The connection phrase while the room is not connected (shown on a phone only), else null. */
  connectionTrouble?: string | null;
  /** Which meeting the room belongs to (meeting 2 names its steps after ambitions and expectations). */
  meeting?: MeetingNumber;
}

/** The room's notice bar at the bottom of the screen. */
export function RoomNoticeBar({ notices, locked, timer, connectionTrouble = null, meeting = 1 }: RoomNoticeBarProps) {
  const { t } = useTranslation();
  const barRef = useRef<HTMLDivElement>(null);
  useKeepSpaceFor(barRef);
  const close = (fn: () => void) => () => { fn(); barRef.current?.focus(); };
  return (
    <div ref={barRef} className="room-notices" role="region" aria-label={t('notice.region')} tabIndex={-1}>
      <div aria-live="assertive" className="room-notices__live">
        {locked ? <Notice tone="lock" label={t('notice.lock')}>{t('closed.locked')}</Notice> : null}
      </div>
      <div role="status" aria-live="polite" className="room-notices__live">
        {notices.step ? (
          <Notice tone="step" label={t('notice.step')} onClose={close(notices.closeStep)}>
            <strong>{stepTitle(t, notices.step, meeting)}</strong> {stepHelp(t, notices.step, meeting)}
          </Notice>
        ) : null}
        {notices.message ? (
          <Notice tone="message" label={t('meeting.message.label')} onClose={close(notices.closeMessage)}>
            {notices.message.text}
          </Notice>
        ) : null}
        {notices.unlocked && !locked ? (
          <Notice tone="step" label={t('notice.unlockedLabel')} onClose={close(notices.closeUnlocked)}>{t('notice.unlocked')}</Notice>
        ) : null}
      </div>
      {timer || connectionTrouble ? (
        <div className="room-notices__phone">
          {connectionTrouble ? <p className="room-notices__connection">{connectionTrouble}</p> : null}
          {timer ? <MeetingTimer timer={timer} quiet /> : null}
        </div>
      ) : null}
    </div>
  );
}

function Notice({ tone, label, onClose, children }: { tone: 'step' | 'message' | 'lock'; label: string; onClose?: () => void; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className={`room-notice room-notice--${tone}`}>
      <p className="room-notice__text"><span className="room-notice__label">{label}: </span>{children}</p>
      {onClose ? (
        <button type="button" className="room-notice__close" onClick={onClose} aria-label={`${t('notice.close')}: ${label}`}>
          <span aria-hidden="true">×</span>
        </button>
      ) : null}
    </div>
  );
}

/** Keeps the bar's height free at the bottom of the page (CSS variable --room-notices-space on <html>). */
function useKeepSpaceFor(ref: RefObject<HTMLDivElement | null>) {
  useEffect(() => {
    const el = ref.current;
    const root = document.documentElement;
    if (!el) return;
    const observer = new ResizeObserver(() => root.style.setProperty('--room-notices-space', `${el.offsetHeight}px`));
    observer.observe(el);
    return () => { observer.disconnect(); root.style.removeProperty('--room-notices-space'); };
  }, [ref]);
}
