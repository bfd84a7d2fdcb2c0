// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { CARET_PALETTE, colorFor, distinctColors } from '../../shared/awareness.js';
import { peopleFromAwareness } from '../collab/presence.js';
import { caretColor, contrastRatio, readableTextOn } from './caretColors.js';

describe('caret label colours', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 0);
    expect(contrastRatio('#777777', '#777777')).toBeCloseTo(1, 5);
  });

  it('gives every caret colour of the palette a label text with at least AA contrast', () => {
    for (let i = 0; i < 200; i++) {
      const color = colorFor(`person-${i}`);
      expect(contrastRatio(color, readableTextOn(color))).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('replaces a colour that is not #rrggbb', () => {
    expect(caretColor('red; background: url(x)')).toBe('#3d5374');
    expect(caretColor('#0d47a1')).toBe('#0d47a1');
  });

  it('gives every colour of the whole palette a label text with at least AA contrast', () => {
    for (const color of CARET_PALETTE) expect(contrastRatio(color, readableTextOn(color))).toBeGreaterThanOrEqual(4.5);
  });

  it('gives two people with the same own colour different colours in one document', () => {
    const colors = distinctColors([{ key: 'anna', color: '#b3261e' }, { key: 'bram', color: '#b3261e' }, { key: 'carla', color: '#1b5e20' }]);
    expect(colors.get('anna')).toBe('#b3261e');
    expect(colors.get('carla')).toBe('#1b5e20');
    expect(new Set(colors.values()).size).toBe(3);
  });

  it('comes to the same colours on every screen, whatever the order it sees people in', () => {
    const claims = Array.from({ length: 10 }, (_, i) => ({ key: `person-${i}`, color: colorFor(`person-${i}`) }));
    const one = distinctColors(claims);
    const other = distinctColors([...claims].reverse());
    expect([...one.entries()].sort()).toEqual([...other.entries()].sort());
    expect(new Set(one.values()).size).toBe(10);
  });

  it('gives the presence dots of a room the same distinct colours as the carets', () => {
    const states = new Map<number, unknown>([
      [1, { user: { name: 'Anna', role: 'raadslid', color: '#b3261e' } }],
      [2, { user: { name: 'Bram', role: 'ambtenaar', color: '#b3261e' } }],
    ]);
    const dots = peopleFromAwareness(states, 1).map((p) => p.color);
    expect(new Set(dots).size).toBe(2);
  });
});
