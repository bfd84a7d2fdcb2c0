// SPDX-License-Identifier: EUPL-1.2
/**
 * What the notice bar of the room shows: a step change (after the screen loaded), the current
 * broadcast message, and "weer van slot" after a lock ends. Each stays until the person closes it
 * or a newer one replaces it; the lock itself is shown for as long as it lasts (not here).
 */
import { useEffect, useRef, useState } from 'react';
import type { LiveMessage, LiveState } from '../../../shared/liveDoc.js';
import type { MethodStep } from '../../../shared/method.js';

/** The open notices of the room and how to close them. */
export interface RoomNotices {
  step: MethodStep | null;
  message: LiveMessage | null;
  unlocked: boolean;
  closeStep: () => void;
  closeMessage: () => void;
  closeUnlocked: () => void;
}

/** Follows the live state and keeps the notices a person has not closed yet. */
export function useRoomNotices(live: LiveState, liveReady: boolean, locked: boolean): RoomNotices {
  const seenStep = useRef<MethodStep | null | undefined>(undefined);
  const wasLocked = useRef(locked);
  const [step, setStep] = useState<MethodStep | null>(null);
  const [closedMessageId, setClosedMessageId] = useState<string | null>(null);
  const [unlocked, setUnlocked] = useState(false);

  useEffect(() => {
    if (!liveReady) return;
    if (seenStep.current !== undefined && live.step !== seenStep.current) setStep(live.step);
    seenStep.current = live.step;
  }, [live.step, liveReady]);
  useEffect(() => {
    if (wasLocked.current && !locked) setUnlocked(true);
    if (locked) setUnlocked(false);
    wasLocked.current = locked;
  }, [locked]);

  const message = live.message && live.message.id !== closedMessageId ? live.message : null;
  return {
    step,
    message,
    unlocked,
    closeStep: () => setStep(null),
    closeMessage: () => setClosedMessageId(live.message?.id ?? null),
    closeUnlocked: () => setUnlocked(false),
  };
}
