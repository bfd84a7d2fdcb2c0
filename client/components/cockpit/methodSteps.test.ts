// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { nextStep, parseMinutes, previousStep } from './methodSteps.js';

describe('the cockpit steps', () => {
  it('start with step 1 and go forward to the horizon, then stop', () => {
    expect(nextStep(null)).toBe('write');
    expect(nextStep('write')).toBe('reveal');
    expect(nextStep('endorse')).toBe('horizon');
    expect(nextStep('horizon')).toBeNull();
  });

  it('go back to step 1 but never to "not started"', () => {
    expect(previousStep('reveal')).toBe('write');
    expect(previousStep('write')).toBeNull();
    expect(previousStep(null)).toBeNull();
  });

  it('accept whole minutes from 1 to 240 for the timer', () => {
    expect(parseMinutes(' 10 ')).toBe(10);
    expect(parseMinutes('240')).toBe(240);
    for (const bad of ['0', '241', '2.5', '2,5', '-3', 'tien', '', '1e2']) expect(parseMinutes(bad), bad).toBeNull();
  });
});
