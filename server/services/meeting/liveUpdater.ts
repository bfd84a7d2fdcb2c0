// SPDX-License-Identifier: EUPL-1.2
/**
 * Changes the live state of a workshop (`w/<id>/live`) on the facilitator's behalf: step, timer
 * (in server time), group locks, broadcast message, focus and plenary view, all in one
 * transaction. Afterwards it keeps the lock cache in step, has the sockets whose rights a lock
 * change altered closed (liveLockEnforcer) and, when the facilitator changed whether others'
 * statements may be edited, the members' group sockets (liveEditingEnforcer), and performs the reveal of the drafts when the step
 * leaves 'write' (shared/draftDoc.ts `stepRevealsDrafts`): part of the step change, once; clients
 * only change the step.
 *
 * For the audit log, `liveChanges(body)` names what an update set, comma-separated, each
 * `field=value`: step=<step>|none, timer=start|pause|resume|stop, lock=<group>:locked|unlocked,
 * lockAll=locked|unlocked, message=set|cleared (never the text), focus=groups|plenary,
 * plenaryView=horizons|vision, ownStatementsOnly=on|off. Example: `step=endorse,timer=start`.
 */
import { GROUP_COUNT, liveDocName } from '../../../shared/docNames.js';
import type { LiveUpdateBody } from '../../../shared/apiMeeting.js';
import { stepRevealsDrafts } from '../../../shared/draftDoc.js';
import { liveOf, readLive, timerRemaining, type LiveState, type LiveTimer } from '../../../shared/liveDoc.js';
import type * as Y from 'yjs';
import { enforceEditingChange } from './liveEditingEnforcer.js';
import { enforceLockChange } from './liveLockEnforcer.js';
import { newMessageId } from './liveMessageId.js';
import type { ServiceContext } from '../serviceContext.js';
import { revealDrafts } from './revealer.js';
import { revealRoleDraftsIfCurrent } from '../meeting2/roleRevealer.js';

/** The timer after a timer action at server time `now`; unchanged when the action does not apply. */
function nextTimer(timer: LiveTimer | null, action: NonNullable<LiveUpdateBody['timer']>, now: number): LiveTimer | null {
  switch (action.action) {
    case 'start':
      return { startedAt: now, durationMs: action.durationSeconds * 1000, pausedRemainingMs: null };
    case 'pause':
      return timer && timer.pausedRemainingMs === null ? { ...timer, pausedRemainingMs: timerRemaining(timer, now) } : timer;
    case 'resume':
      return timer && timer.pausedRemainingMs !== null ? { startedAt: now, durationMs: timer.pausedRemainingMs, pausedRemainingMs: null } : timer;
    case 'stop':
      return null;
  }
}

/** The locks after a `lock` and/or `lockAll` change (a new object; the stored one is never mutated). */
function nextLocks(locks: LiveState['locks'], body: LiveUpdateBody): Record<string, boolean> {
  const next: Record<string, boolean> = {};
  for (let g = 1; g <= GROUP_COUNT; g++) if (locks[String(g)] === true) next[String(g)] = true;
  if (body.lockAll !== undefined) for (let g = 1; g <= GROUP_COUNT; g++) setLock(next, g, body.lockAll);
  if (body.lock) setLock(next, body.lock.group, body.lock.locked);
  return next;
}

function setLock(locks: Record<string, boolean>, group: number, locked: boolean): void {
  if (locked) locks[String(group)] = true;
  else delete locks[String(group)];
}

/** Applies the body to the live map of the document. */
function applyLiveChanges(doc: Y.Doc, body: LiveUpdateBody, now: number): void {
  const live = liveOf(doc);
  const before = readLive(doc);
  if (body.step !== undefined) live.set('step', body.step);
  if (body.timer) live.set('timer', nextTimer(before.timer, body.timer, now));
  if (body.lock || body.lockAll !== undefined) live.set('locks', nextLocks(before.locks, body));
  if (body.message !== undefined) {
    const text = body.message?.trim() ?? '';
    live.set('message', text ? { id: newMessageId(), text, at: now } : null);
  }
  if (body.focus) live.set('focus', body.focus);
  if (body.plenaryView) live.set('plenaryView', body.plenaryView);
  if (body.ownStatementsOnly !== undefined) live.set('ownStatementsOnly', body.ownStatementsOnly);
}

/** What a live update sets, as the audit log records it (format in the header). */
export function liveChanges(body: LiveUpdateBody): string {
  const lockWord = (locked: boolean) => (locked ? 'locked' : 'unlocked');
  const changes: string[] = [];
  if (body.step !== undefined) changes.push(`step=${body.step ?? 'none'}`);
  if (body.timer) changes.push(`timer=${body.timer.action}`);
  if (body.lock) changes.push(`lock=${body.lock.group}:${lockWord(body.lock.locked)}`);
  if (body.lockAll !== undefined) changes.push(`lockAll=${lockWord(body.lockAll)}`);
  if (body.message !== undefined) changes.push(`message=${body.message?.trim() ? 'set' : 'cleared'}`);
  if (body.focus) changes.push(`focus=${body.focus}`);
  if (body.plenaryView) changes.push(`plenaryView=${body.plenaryView}`);
  if (body.ownStatementsOnly !== undefined) changes.push(`ownStatementsOnly=${body.ownStatementsOnly ? 'on' : 'off'}`);
  return changes.join(',');
}

/**
 * Applies a live update and answers the new live state. `onReveal` hears about the reveal that
 * leaving step 'write' sets off (so the route can record it in the audit log).
 */
export async function updateLive(ctx: ServiceContext, workshopId: string, body: LiveUpdateBody, onReveal?: (revealed: Record<string, number>) => void): Promise<LiveState> {
  const now = ctx.now();
  const { before, after } = await ctx.documents.change(liveDocName(workshopId), (doc) => {
    const previous = readLive(doc);
    applyLiveChanges(doc, body, now);
    return { before: previous, after: readLive(doc) };
  });
  ctx.locks.remember(workshopId, after);
  await enforceLockChange(ctx, workshopId, before.locks, after.locks);
  if (before.ownStatementsOnly !== after.ownStatementsOnly) await enforceEditingChange(ctx, workshopId, after.ownStatementsOnly);
  if (stepRevealsDrafts(before.step, after.step)) {
    onReveal?.(await revealDrafts(ctx, workshopId));
    await revealRoleDraftsIfCurrent(ctx, workshopId);
  }
  return after;
}
