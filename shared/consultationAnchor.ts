// SPDX-License-Identifier: EUPL-1.2
/**
 * Comment anchors: building one on a frozen version, and finding it again on an edited vision.
 *
 * Building: the quote must equal the passage text at [start, end) (shared/consultationPassages.ts);
 * up to ANCHOR_CONTEXT characters before and after are kept as context.
 *
 * Re-anchoring (as Hypothesis does, passage id first):
 *   1. the same passage id, the quote at the same offsets               → confidence 1
 *   2. the same passage id, the quote elsewhere in it (best context)     → 0.9 + 0.1 × context
 *   3. the same passage id, an approximate match of the quote            → similarity × (0.8 + 0.2 × context)
 *   4. another passage holding the exact quote with matching context     → 0.8 × context
 * Below CONFIDENCE_THRESHOLD the comment is not placed on any text: 'changed' when its passage still
 * exists, 'removed' when it does not. It is never silently put on unrelated text.
 */
import { ANCHOR_CONTEXT, type CommentAnchor } from './consultationDoc.js';
import type { PassageText } from './consultationPassages.js';

/** Below this confidence a comment shows as "passage gewijzigd" / "passage verwijderd". */
export const CONFIDENCE_THRESHOLD = 0.75;

/** Why an anchor could not be built. */
export type AnchorProblem = 'passage-unknown' | 'range-outside' | 'quote-mismatch';

/** Builds an anchor on passage `passageId` of a version; the quote, when given, must equal the text at the offsets. */
export function buildAnchor(
  passages: readonly PassageText[], version: number, passageId: string, start: number, end: number, quote?: string,
): { ok: true; anchor: CommentAnchor } | { ok: false; problem: AnchorProblem } {
  const passage = passages.find((p) => p.passageId === passageId);
  if (!passage) return { ok: false, problem: 'passage-unknown' };
  const { text } = passage;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end > text.length || start >= end) {
    return { ok: false, problem: 'range-outside' };
  }
  const atOffsets = text.slice(start, end);
  if (quote !== undefined && quote !== atOffsets) return { ok: false, problem: 'quote-mismatch' };
  return {
    ok: true,
    anchor: {
      version, passageId, start, end, quote: atOffsets,
      prefix: text.slice(Math.max(0, start - ANCHOR_CONTEXT), start),
      suffix: text.slice(end, end + ANCHOR_CONTEXT),
    },
  };
}

/** Where an anchor lands on an edited vision. start/end are null unless the state is 'ok'. */
export interface Reanchored {
  state: 'ok' | 'changed' | 'removed';
  /** The passage it lands on ('ok'), or its own passage ('changed'); null when removed. */
  passageId: string | null;
  start: number | null;
  end: number | null;
  /** 0..1. */
  confidence: number;
}

interface Candidate { passageId: string; start: number; end: number; confidence: number }

/** Finds an anchor again on the passages of an edited vision. */
export function reanchor(anchor: CommentAnchor, passages: readonly PassageText[]): Reanchored {
  const own = passages.find((p) => p.passageId === anchor.passageId);
  const best = (own ? inOwnPassage(anchor, own) : null) ?? inOtherPassages(anchor, passages);
  if (best && best.confidence >= CONFIDENCE_THRESHOLD) return { state: 'ok', ...best };
  if (own) return { state: 'changed', passageId: own.passageId, start: null, end: null, confidence: best?.confidence ?? 0 };
  return { state: 'removed', passageId: null, start: null, end: null, confidence: best?.confidence ?? 0 };
}

function inOwnPassage(anchor: CommentAnchor, passage: PassageText): Candidate | null {
  const { text, passageId } = passage;
  if (text.slice(anchor.start, anchor.end) === anchor.quote && contextScore(anchor, text, anchor.start, anchor.end) === 1) {
    return { passageId, start: anchor.start, end: anchor.end, confidence: 1 };
  }
  const exact = bestExact(anchor, text);
  if (exact) return { passageId, start: exact.start, end: exact.end, confidence: 0.9 + 0.1 * exact.context };
  const near = approximate(anchor.quote, text);
  if (!near) return null;
  const context = contextScore(anchor, text, near.start, near.end);
  return { passageId, start: near.start, end: near.end, confidence: near.similarity * (0.8 + 0.2 * context) };
}

function inOtherPassages(anchor: CommentAnchor, passages: readonly PassageText[]): Candidate | null {
  let best: Candidate | null = null;
  for (const p of passages) {
    if (p.passageId === anchor.passageId) continue;
    const exact = bestExact(anchor, p.text);
    if (!exact) continue;
    const confidence = 0.8 * exact.context + (exact.context === 1 ? 0.2 : 0);
    if (!best || confidence > best.confidence) best = { passageId: p.passageId, start: exact.start, end: exact.end, confidence };
  }
  return best;
}

/** The occurrence of the exact quote whose context matches best, with that context score. */
function bestExact(anchor: CommentAnchor, text: string): { start: number; end: number; context: number } | null {
  let best: { start: number; end: number; context: number } | null = null;
  for (let at = text.indexOf(anchor.quote); at >= 0; at = text.indexOf(anchor.quote, at + 1)) {
    const context = contextScore(anchor, text, at, at + anchor.quote.length);
    if (!best || context > best.context) best = { start: at, end: at + anchor.quote.length, context };
  }
  return best;
}

/** How well the text around [start, end) matches the anchor's prefix and suffix, 0..1. */
function contextScore(anchor: CommentAnchor, text: string, start: number, end: number): number {
  const before = text.slice(Math.max(0, start - anchor.prefix.length), start);
  const after = text.slice(end, end + anchor.suffix.length);
  return (similarity(anchor.prefix, before) + similarity(anchor.suffix, after)) / 2;
}

/** 1 − edit distance / longer length (1 for two empty strings). */
function similarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - editDistance(a, b) / longer;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length];
}

/** Longest pattern matched approximately as a whole; longer quotes are matched by their two ends. */
const APPROXIMATE_MAX = 64;
const END_PART = 32;

/** The best approximate occurrence of `pattern` in `text` (Sellers), with its similarity 0..1. */
function approximate(pattern: string, text: string): { start: number; end: number; similarity: number } | null {
  if (pattern.length <= APPROXIMATE_MAX) return approximateSubstring(pattern, text);
  const head = approximateSubstring(pattern.slice(0, END_PART), text);
  const tail = approximateSubstring(pattern.slice(-END_PART), text);
  if (!head || !tail || tail.end <= head.start) return null;
  const length = tail.end - head.start;
  const lengthFit = Math.min(length, pattern.length) / Math.max(length, pattern.length);
  return { start: head.start, end: tail.end, similarity: ((head.similarity + tail.similarity) / 2) * lengthFit };
}

function approximateSubstring(pattern: string, text: string): { start: number; end: number; similarity: number } | null {
  const m = pattern.length;
  if (m === 0 || text.length === 0) return null;
  // cost[j]: edit distance of the pattern so far to the best substring ending at j; from[j]: its start.
  let cost = new Array<number>(text.length + 1).fill(0);
  let from = Array.from({ length: text.length + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const nextCost = [i];
    const nextFrom = [0];
    for (let j = 1; j <= text.length; j++) {
      const substitute = cost[j - 1] + (pattern[i - 1] === text[j - 1] ? 0 : 1);
      const skipPattern = cost[j] + 1;
      const skipText = nextCost[j - 1] + 1;
      if (substitute <= skipPattern && substitute <= skipText) { nextCost[j] = substitute; nextFrom[j] = from[j - 1]; }
      else if (skipPattern <= skipText) { nextCost[j] = skipPattern; nextFrom[j] = from[j]; }
      else { nextCost[j] = skipText; nextFrom[j] = nextFrom[j - 1]; }
    }
    cost = nextCost;
    from = nextFrom;
  }
  let bestEnd = 1;
  for (let j = 1; j <= text.length; j++) if (cost[j] < cost[bestEnd]) bestEnd = j;
  const start = from[bestEnd];
  return { start, end: bestEnd, similarity: Math.max(0, 1 - cost[bestEnd] / m) };
}
