// SPDX-License-Identifier: EUPL-1.2
/**
 * Minimal text changes for binding a plain textarea to a Y.Text: the smallest single range that
 * turns one string into another (common prefix and suffix kept), and moving a caret position
 * through a Yjs text delta so a remote edit does not make the local caret jump.
 */

/** One replace operation: delete `deleteCount` characters at `index`, then insert `insert` there. */
export interface TextChange { index: number; deleteCount: number; insert: string }

/** One entry of a Y.Text delta (the shape of `YTextEvent.delta`). */
export interface TextDeltaOp { retain?: number; insert?: unknown; delete?: number }

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * The single-range change that turns `before` into `after`, or null when they are equal.
 * `caretHint` (the caret after the edit) resolves ambiguous cases such as typing a letter next
 * to the same letter, so the change lands where the person typed. Never splits a surrogate pair.
 */
export function diffText(before: string, after: string, caretHint?: number): TextChange | null {
  if (before === after) return null;
  return (caretHint !== undefined ? diffAtCaret(before, after, caretHint) : null) ?? diffByPrefixAndSuffix(before, after);
}

/** A pure insertion ending at the caret, or a pure deletion starting at it; null if the texts say otherwise. */
function diffAtCaret(before: string, after: string, caret: number): TextChange | null {
  const grown = after.length - before.length;
  if (grown > 0) {
    const start = caret - grown;
    if (start >= 0 && before.slice(0, start) === after.slice(0, start) && before.slice(start) === after.slice(caret)) {
      return { index: start, deleteCount: 0, insert: after.slice(start, caret) };
    }
  } else if (grown < 0) {
    const removed = -grown;
    if (caret <= after.length && before.slice(0, caret) === after.slice(0, caret) && before.slice(caret + removed) === after.slice(caret)) {
      return { index: caret, deleteCount: removed, insert: '' };
    }
  }
  return null;
}

function diffByPrefixAndSuffix(before: string, after: string): TextChange {
  const maxPrefix = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < maxPrefix && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix--;
  let suffix = 0;
  const maxSuffix = maxPrefix - prefix;
  while (suffix < maxSuffix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix--;
  return { index: prefix, deleteCount: before.length - suffix - prefix, insert: after.slice(prefix, after.length - suffix) };
}

/** Applies a change to a string (the inverse check of diffText). */
export function applyTextChange(text: string, change: TextChange): string {
  return text.slice(0, change.index) + change.insert + text.slice(change.index + change.deleteCount);
}

/**
 * Moves a position in the old text to the matching position in the new text after a delta.
 * Text inserted exactly at the position goes after it unless `stickRight` (used for the end of
 * a selection, so a selection grows around text typed inside it only when it was not empty).
 */
export function transformPosition(position: number, delta: readonly TextDeltaOp[], stickRight = false): number {
  let oldIndex = 0;
  let shift = 0;
  for (const op of delta) {
    if (oldIndex > position) break;
    if (op.retain !== undefined) {
      oldIndex += op.retain;
    } else if (op.insert !== undefined) {
      const length = typeof op.insert === 'string' ? op.insert.length : 1;
      if (oldIndex < position || (oldIndex === position && stickRight)) shift += length;
    } else if (op.delete !== undefined) {
      if (oldIndex < position) shift -= Math.min(op.delete, position - oldIndex);
      oldIndex += op.delete;
    }
  }
  return Math.max(0, position + shift);
}
