// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { splitCompounds } from './compoundSplitter.js';

describe('splitCompounds', () => {
  it('splits a compound whose tail is a word of its own in the set, dropping the linking s', () => {
    const parts = splitCompounds(['gespreksvaardigheden', 'vaardigheden']);
    expect(parts.get('gespreksvaardigheden')).toEqual(['gesprek', 'vaardigheden']);
  });

  it('splits a compound that starts with a modifier found in another compound', () => {
    const parts = splitCompounds(['gespreksvaardigheden', 'vaardigheden', 'gespreksvoering']);
    expect(parts.get('gespreksvoering')).toEqual(['gesprek', 'voering']);
  });

  it('splits a compound that starts with a long word of its own', () => {
    const parts = splitCompounds(['besluitvorming', 'besluitvormingsmachine']);
    expect(parts.get('besluitvormingsmachine')).toEqual(['besluitvorming', 'machine']);
  });

  it('does not split on short standalone heads, nor words of the synonym table', () => {
    const parts = splitCompounds(['samen', 'samenleving', 'regel', 'regelmatig', 'contact', 'contactpersoon', 'persoon']);
    expect(parts.size).toBe(0);
  });

  it('finds nothing in an empty set', () => {
    expect(splitCompounds([]).size).toBe(0);
  });
});
