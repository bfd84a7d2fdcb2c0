// SPDX-License-Identifier: EUPL-1.2
/**
 * Turns what a person selected inside a passage's text element into offsets in the passage's text
 * (the text comment anchors count in, shared/consultationPassages.ts). The element shows the text
 * as it is, "\n" included (CSS white-space: pre-line), so the DOM text and the passage text agree.
 */

/** A stretch of one passage: offsets and the quoted text. */
export interface PassageRange { start: number; end: number; quote: string }

/** The current selection within `element`, or null when there is none or it reaches outside. */
export function selectionWithin(element: HTMLElement, text: string): PassageRange | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!element.contains(range.startContainer) || !element.contains(range.endContainer)) return null;
  const start = offsetOf(element, range.startContainer, range.startOffset);
  const end = offsetOf(element, range.endContainer, range.endOffset);
  return trimmed(text, Math.min(start, end), Math.max(start, end));
}

/** The whole passage. */
export function wholePassage(text: string): PassageRange {
  return { start: 0, end: text.length, quote: text };
}

function offsetOf(element: HTMLElement, node: Node, offset: number): number {
  const before = document.createRange();
  before.setStart(element, 0);
  before.setEnd(node, offset);
  return before.toString().length;
}

/** The range without spaces at its ends; null when nothing but spaces is left. */
export function trimmed(text: string, start: number, end: number): PassageRange | null {
  let s = Math.max(0, start);
  let e = Math.min(text.length, end);
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return s < e ? { start: s, end: e, quote: text.slice(s, e) } : null;
}
