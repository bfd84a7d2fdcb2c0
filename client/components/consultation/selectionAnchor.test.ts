// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { trimmed, wholePassage } from './selectionAnchor.js';

describe('selection ranges in a passage', () => {
  const text = 'We betrekken inwoners vroeg.\nOok jongeren.';

  it('drops spaces at the ends of a selection, so the quote equals the text at its offsets', () => {
    const range = trimmed(text, 2, 13)!;
    expect(range).toEqual({ start: 3, end: 12, quote: 'betrekken' });
    expect(text.slice(range.start, range.end)).toBe(range.quote);
  });

  it('keeps a selection over a line break as it is in the passage text', () => {
    const range = trimmed(text, 22, 33)!;
    expect(range.quote).toBe('vroeg.\nOok');
  });

  it('gives nothing for a selection of spaces only, and clamps to the text', () => {
    expect(trimmed(text, 2, 3)).toBeNull();
    expect(trimmed(text, -5, 2)).toEqual({ start: 0, end: 2, quote: 'We' });
  });

  it('covers the whole passage when nothing is selected', () => {
    expect(wholePassage(text)).toEqual({ start: 0, end: text.length, quote: text });
  });
});
