// SPDX-License-Identifier: EUPL-1.2
/**
 * The line above a participant's plenary page, chosen by the phase this page has seen: brought to
 * the plenary by the facilitator; in the plenary by their own choice (nothing); the groups at work
 * (apart, or back after a plenary part this page showed); meeting 2 stopped while this page
 * followed it. Meeting 1 and meeting 2 share the phases (the live state's focus).
 */
import { useEffect, useState } from 'react';
import type { LiveState } from '../../../shared/liveDoc.js';

/** The i18n key of a plenary notice. */
export type PlenaryNoticeKey = 'plenary.followNotice' | 'plenary.backNotice' | 'plenary.groupsNotice' | 'plenary.meeting2Stopped';

/** What this page has seen, and where the live state is now. */
export interface PlenaryPhase {
  focus: LiveState['focus'];
  /** The facilitator brought this screen here ("Terug naar plenair"). */
  followed: boolean;
  /** This page showed the plenary focus before the groups came back. */
  sawPlenary: boolean;
  /** Meeting 2 ran while this page was open and no longer does. */
  meeting2Stopped: boolean;
}

/** The notice for a phase, or null when none is needed. */
export function plenaryNoticeKey({ focus, followed, sawPlenary, meeting2Stopped }: PlenaryPhase): PlenaryNoticeKey | null {
  if (meeting2Stopped) return 'plenary.meeting2Stopped';
  if (focus === 'plenary') return followed ? 'plenary.followNotice' : null;
  return sawPlenary ? 'plenary.backNotice' : 'plenary.groupsNotice';
}

/** The notice of a participant's plenary page; null until the live state is known. */
export function usePlenaryNotice(focus: LiveState['focus'], ready: boolean, followed: boolean, meeting2Active: boolean): PlenaryNoticeKey | null {
  const [sawPlenary, setSawPlenary] = useState(false);
  const [sawMeeting2, setSawMeeting2] = useState(false);
  useEffect(() => {
    if (ready && focus === 'plenary') setSawPlenary(true);
  }, [ready, focus]);
  useEffect(() => {
    if (ready && meeting2Active) setSawMeeting2(true);
  }, [ready, meeting2Active]);
  if (!ready) return null;
  return plenaryNoticeKey({ focus, followed, sawPlenary, meeting2Stopped: sawMeeting2 && !meeting2Active });
}
