// SPDX-License-Identifier: EUPL-1.2
/**
 * The session answer the page carries inline (server/http/sessionInline.ts: who this is, the
 * workshop and the server clock), read once at boot, so the screen opens its documents without
 * first asking GET /api/me. Absent when the browser had no session when it asked for the page.
 */
import { SESSION_SCRIPT_ID, type SessionAnswer } from '../../shared/api.js';

/** The inlined answer, with when (this device's clock) the page was asked for and its answer began to arrive. */
export interface InlineSession { answer: SessionAnswer; sentAt: number; receivedAt: number }

/** Reads the inlined answer (once: the block is removed, so a later reload of the session asks the server). */
export function takeInlineSession(): InlineSession | null {
  const block = typeof document === 'undefined' ? null : document.getElementById(SESSION_SCRIPT_ID);
  if (!block) return null;
  block.remove();
  try {
    const answer = JSON.parse(block.textContent ?? '') as SessionAnswer;
    if (!answer || typeof answer.kind !== 'string') return null;
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    const origin = performance.timeOrigin;
    return { answer, sentAt: origin + (navigation?.requestStart ?? 0), receivedAt: origin + (navigation?.responseStart ?? 0) };
  } catch {
    return null;
  }
}
