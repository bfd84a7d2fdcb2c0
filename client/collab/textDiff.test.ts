// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { applyTextChange, diffText, transformPosition } from './textDiff.js';

describe('diffText', () => {
  it('finds nothing to change in equal texts', () => {
    expect(diffText('open staan', 'open staan')).toBeNull();
  });

  it('turns typing in the middle into one insertion', () => {
    expect(diffText('open staan', 'open gaan staan')).toEqual({ index: 5, deleteCount: 0, insert: 'gaan ' });
  });

  it('turns a backspace into one deletion', () => {
    expect(diffText('loslaten', 'loslten')).toEqual({ index: 4, deleteCount: 1, insert: '' });
  });

  it('turns a replaced selection into one delete plus insert', () => {
    expect(diffText('de raad beslist', 'de inwoner beslist')).toEqual({ index: 3, deleteCount: 4, insert: 'inwoner' });
  });

  it('uses the caret to place a letter typed next to the same letter', () => {
    // "aa" -> "aaa" with the caret after the first new letter at position 1
    expect(diffText('aa', 'aaa', 1)).toEqual({ index: 0, deleteCount: 0, insert: 'a' });
    expect(diffText('aa', 'aaa')).toEqual({ index: 2, deleteCount: 0, insert: 'a' });
  });

  it('uses the caret to place a deleted letter among equal letters', () => {
    expect(diffText('aaa', 'aa', 0)).toEqual({ index: 0, deleteCount: 1, insert: '' });
  });

  it('falls back to prefix and suffix when the caret does not explain the change', () => {
    expect(diffText('abc', 'xbc', 3)).toEqual({ index: 0, deleteCount: 1, insert: 'x' });
  });

  it('never splits an emoji (surrogate pair)', () => {
    const change = diffText('a😀b', 'a😃b')!;
    expect(change).toEqual({ index: 1, deleteCount: 2, insert: '😃' });
  });

  it('always produces a change that turns the old text into the new one', () => {
    const pairs: [string, string, number?][] = [
      ['', 'nieuw'], ['weg', ''], ['abcabc', 'abc'], ['abc', 'abcabc', 6], ['x😀y', 'x😀😀y', 5], ['hallo', 'hello', 2],
    ];
    for (const [before, after, caret] of pairs) {
      expect(applyTextChange(before, diffText(before, after, caret)!)).toBe(after);
    }
  });
});

describe('transformPosition', () => {
  it('moves a caret to the right when text is inserted before it', () => {
    expect(transformPosition(5, [{ insert: 'abc' }])).toBe(8);
  });

  it('keeps a caret in place when text is inserted after it', () => {
    expect(transformPosition(2, [{ retain: 4 }, { insert: 'xyz' }])).toBe(2);
  });

  it('keeps a caret before text inserted exactly at it, unless told to stick right', () => {
    expect(transformPosition(3, [{ retain: 3 }, { insert: 'xy' }])).toBe(3);
    expect(transformPosition(3, [{ retain: 3 }, { insert: 'xy' }], true)).toBe(5);
  });

  it('moves a caret to the left when text before it is deleted', () => {
    expect(transformPosition(10, [{ retain: 2 }, { delete: 3 }])).toBe(7);
  });

  it('moves a caret inside a deleted range to the start of that range', () => {
    expect(transformPosition(4, [{ retain: 2 }, { delete: 5 }])).toBe(2);
  });

  it('handles several operations in one delta', () => {
    // "0123456789": delete "01", then at old 5 insert "AB"; a caret at old 8 moves -2 +2
    expect(transformPosition(8, [{ delete: 2 }, { retain: 3 }, { insert: 'AB' }])).toBe(8);
  });
});
