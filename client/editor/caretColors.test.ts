import { describe, expect, it } from 'vitest';
import { colorFor } from '../../shared/awareness.js';
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
});
