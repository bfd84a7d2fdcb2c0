// SPDX-License-Identifier: EUPL-1.2
/**
 * Who this browser is: the answer of GET /api/me, loaded once and reloaded on demand (after a
 * permission change, or while waiting to be placed in a group). `none` means no session. A
 * participant's or the big screen's interface follows the workshop's language from this answer
 * (unless the person chose a language on this device), before the screen shows. The page brings
 * the first answer inline when it can (inlineSession.ts); every answer also sets the server clock.
 */
import { create } from 'zustand';
import type { MeAnswer, SessionAnswer } from '../../shared/api.js';
import { fetchMe } from '../api/stipApi.js';
import { ApiError } from '../api/http.js';
import { followWorkshopLanguage } from '../i18n/index.js';
import { takeInlineSession } from './inlineSession.js';
import { useServerClockStore } from './serverClockStore.js';

/** Loading state of the session. */
export type SessionStatus = 'idle' | 'loading' | 'ready' | 'none' | 'error';

/** The session store. */
export interface SessionState {
  status: SessionStatus;
  me: MeAnswer | null;
  /** Loads /api/me (again when `force`); resolves to the answer, or null without a session. */
  load: (force?: boolean) => Promise<MeAnswer | null>;
  /** Loads /api/me anew, also when a load is under way (its answer may be older than a change this tab just heard of). */
  reload: () => Promise<MeAnswer | null>;
  /** Forgets the session (after logout). */
  clear: () => void;
}

let inFlight: Promise<MeAnswer | null> | null = null;

/** Follows what an answer says besides who this is: the workshop's language and the server clock. */
function follow(answer: SessionAnswer, sentAt: number, receivedAt: number): MeAnswer {
  const { now, ...me } = answer;
  if (me.kind !== 'setup') followWorkshopLanguage(me.workshop.language);
  useServerClockStore.getState().note(sentAt, receivedAt, now);
  return me;
}

const inline = takeInlineSession();
const inlineMe = inline ? follow(inline.answer, inline.sentAt, inline.receivedAt) : null;

/** The session store. */
export const useSessionStore = create<SessionState>((set, get) => ({
  status: inlineMe ? 'ready' : 'idle',
  me: inlineMe,
  load: (force = false) => {
    const { status, me } = get();
    if (!force && status === 'ready') return Promise.resolve(me);
    if (!force && status === 'none') return Promise.resolve(null);
    if (inFlight) return inFlight;
    if (status !== 'ready') set({ status: 'loading' });
    const sentAt = Date.now();
    inFlight = fetchMe()
      .then((answer) => {
        const me = follow(answer, sentAt, Date.now());
        set({ status: 'ready', me });
        return me;
      })
      .catch((error: unknown) => {
        if (error instanceof ApiError && (error.status === 401 || error.id === 'no-session')) {
          set({ status: 'none', me: null });
          return null;
        }
        if (get().status !== 'ready') set({ status: 'error' });
        throw error;
      })
      .finally(() => { inFlight = null; });
    return inFlight;
  },
  reload: async () => {
    if (inFlight) await inFlight.catch(() => null);
    return get().load(true);
  },
  clear: () => set({ status: 'none', me: null }),
}));
