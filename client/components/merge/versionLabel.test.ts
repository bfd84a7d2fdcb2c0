// SPDX-License-Identifier: EUPL-1.2
import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en.js';
import { nl } from '../../i18n/nlAll.js';
import { versionLabel } from './versionLabel.js';

const i18n = i18next.createInstance();
await i18n.init({ resources: { nl: { translation: nl }, en: { translation: en } }, lng: 'nl', interpolation: { escapeValue: false }, initAsync: false });
const t = i18n.t.bind(i18n) as TFunction;

describe('the label of a frozen version', () => {
  it('follows the phase its number closes, also when a stale phase name was stored', () => {
    expect(versionLabel(t, { number: 1, label: 'na bijeenkomst 1' })).toBe('na bijeenkomst 1');
    expect(versionLabel(t, { number: 2, label: 'na bijeenkomst 1' })).toBe('na consultatie');
    expect(versionLabel(t, { number: 2, label: 'After meeting 1' })).toBe('na consultatie');
    expect(versionLabel(t, { number: 3, label: '' })).toBe('na bijeenkomst 2');
  });

  it('keeps the facilitator\'s own words', () => {
    expect(versionLabel(t, { number: 2, label: 'Voor de raadsvergadering' })).toBe('Voor de raadsvergadering');
  });
});
