// SPDX-License-Identifier: EUPL-1.2
/**
 * The live state of a workshop (`w/<id>/live`): written only by the server (the facilitator
 * changes it through the API), read by everyone in the workshop and the plenary screen.
 *
 *   live : Y.Map
 *     step        MethodStep | null            current method step of meeting 1
 *     timer       { startedAt, durationMs, pausedRemainingMs: number | null } | null   (server epoch ms)
 *     locks       { [group: string]: true }    groups whose documents are read-only for participants
 *     message     { id, text, at } | null      short broadcast to all groups
 *     focus       'groups' | 'plenary'         'plenary': participants' screens follow to the plenary view
 *     plenaryView 'horizons' | 'vision'        what the plenary screen shows
 *     settingsRevision number (integer >= 0)   raised by one whenever the facilitator changes a workshop
 *                                              setting that open screens show (gemeente, title, showNames,
 *                                              groupNames, language); missing = 0. Screens then reload those
 *                                              settings through the API: the values themselves are never in
 *                                              a Yjs document.
 *     ownStatementsOnly boolean               true: participants change the text of their own
 *                                              statements only (the facilitator still edits all);
 *                                              missing = false: the group sharpens statements together
 *     meeting2    the meeting-2 part (current meeting, plenary view, role-group locks): shared/meeting2Live.ts
 *
 * Rules (LIVE_RULES, enforced by the server): only the server writes; only the `live` map with
 * the keys above, each a plain value.
 *
 * No starting content: a missing field reads as its default. Snapshot: `readLive`.
 */
import type * as Y from 'yjs';
import type { DocRules } from './docRules.js';
import { isMethodStep, type MethodStep } from './method.js';

/** Top-level field of the live document. */
const LIVE_FIELD = 'live';

/** The keys of the live map. */
const LIVE_KEYS = ['step', 'timer', 'locks', 'message', 'focus', 'plenaryView', 'settingsRevision', 'ownStatementsOnly', 'meeting2'] as const;

/** The rules of the live document (enforced by the server, server/collab/changeJudge.ts). */
export const LIVE_RULES: DocRules = {
  fields: { [LIVE_FIELD]: { kind: 'map', map: { keys: LIVE_KEYS, values: 'plain' } } },
  serverOnly: true,
};

/** A running or paused timer, in server time. */
export interface LiveTimer { startedAt: number; durationMs: number; pausedRemainingMs: number | null }

/** A broadcast message from the facilitator. */
export interface LiveMessage { id: string; text: string; at: number }

/** The live state as plain data. */
export interface LiveState {
  step: MethodStep | null;
  timer: LiveTimer | null;
  locks: Record<string, boolean>;
  message: LiveMessage | null;
  focus: 'groups' | 'plenary';
  plenaryView: 'horizons' | 'vision';
  /** Raised whenever the workshop's shown settings change; a screen that sees it change reloads them (0 when never). */
  settingsRevision: number;
  /** Participants may change only their own statements' text (false when never set). */
  ownStatementsOnly: boolean;
}

/** The live map of a live document. */
export const liveOf = (doc: Y.Doc) => doc.getMap<unknown>(LIVE_FIELD);

/** Reads the live state, with safe defaults for missing or odd values. */
export function readLive(doc: Y.Doc): LiveState {
  const m = liveOf(doc);
  const step = m.get('step');
  const focus = m.get('focus');
  const view = m.get('plenaryView');
  const locks = m.get('locks');
  const settingsRevision = m.get('settingsRevision');
  return {
    step: isMethodStep(step) ? step : null,
    timer: (m.get('timer') as LiveTimer | undefined) ?? null,
    locks: locks && typeof locks === 'object' ? (locks as Record<string, boolean>) : {},
    message: (m.get('message') as LiveMessage | undefined) ?? null,
    focus: focus === 'plenary' ? 'plenary' : 'groups',
    plenaryView: view === 'vision' ? 'vision' : 'horizons',
    settingsRevision: typeof settingsRevision === 'number' && Number.isSafeInteger(settingsRevision) && settingsRevision > 0 ? settingsRevision : 0,
    ownStatementsOnly: m.get('ownStatementsOnly') === true,
  };
}

/** Milliseconds left on a timer at a given server time (0 when over, null without timer). */
export function timerRemaining(timer: LiveTimer | null, serverNow: number): number | null {
  if (!timer) return null;
  if (timer.pausedRemainingMs !== null) return Math.max(0, timer.pausedRemainingMs);
  return Math.max(0, timer.startedAt + timer.durationMs - serverNow);
}

/** Whether a group's documents are locked for participants. */
export const isGroupLocked = (live: LiveState, group: number) => live.locks[String(group)] === true;
