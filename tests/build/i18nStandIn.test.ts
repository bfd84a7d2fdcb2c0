// SPDX-License-Identifier: EUPL-1.2
/**
 * The client build's i18next stand-in (client/i18n/standIn/, scripts/clientStandIns.mjs) gives
 * every text of both dictionaries as i18next does: each key with the placeholders filled, with no
 * count and with counts 0, 1, 2 and 7 (plural forms), in Dutch and in English (falling back to
 * Dutch), and the same answers for a missing key, a default value and a missing placeholder value.
 * (Switching the language in the page itself: the browser tests.)
 */
import { describe, expect, it } from 'vitest';
import { createInstance } from 'i18next';
import standInI18n from '../../client/i18n/standIn/i18next.js';
import { initReactI18next, useTranslation } from '../../client/i18n/standIn/reactI18next.js';
import { STAND_IN_FILES } from '../../scripts/clientStandIns.mjs';
import { nl } from '../../client/i18n/nlAll.js';
import { en } from '../../client/i18n/en.js';

type Tree = { [key: string]: string | Tree };
const leaves = (tree: Tree, prefix = ''): [string, string][] => Object.entries(tree).flatMap(([k, v]) => (
  typeof v === 'string' ? [[prefix + k, v] as [string, string]] : leaves(v, `${prefix}${k}.`)
));
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

const CONFIG = {
  resources: { nl: { translation: nl }, en: { translation: en } },
  lng: 'nl',
  fallbackLng: 'nl',
  supportedLngs: ['nl', 'en'],
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
} as const;

describe('the i18next stand-in of the client build', () => {
  it('is what the client build takes for i18next and react-i18next', () => {
    expect(Object.keys(STAND_IN_FILES).sort()).toEqual(['i18next', 'react-i18next']);
    expect(initReactI18next.type).toBe('3rdParty');
    expect(typeof useTranslation).toBe('function');
  });

  it('gives every text of both dictionaries as i18next does', async () => {
    const real = createInstance();
    await real.init({ ...CONFIG, resources: structuredClone(CONFIG.resources) });
    const standIn = standInI18n.createInstance();
    await standIn.init({ ...CONFIG, resources: structuredClone(CONFIG.resources) });
    const all = leaves(nl as unknown as Tree);
    const keys = [...new Set(all.map(([key]) => key.replace(PLURAL_SUFFIX, '')))];
    const values = Object.fromEntries(all.flatMap(([, text]) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => [m[1], `«${m[1]}»`])));
    let compared = 0;
    for (const language of ['nl', 'en']) {
      await real.changeLanguage(language);
      await standIn.changeLanguage(language);
      for (const key of keys) {
        for (const count of [undefined, 0, 1, 2, 7]) {
          const options: Record<string, unknown> = count === undefined ? values : { ...values, count };
          expect(standIn.t(key, options), `${language} ${key} ${count}`).toBe(real.t(key, options));
          compared++;
        }
      }
      expect(standIn.t('app.doesNotExist')).toBe(real.t('app.doesNotExist'));
      expect(standIn.t('role.nobody', { defaultValue: '' })).toBe(real.t('role.nobody', { defaultValue: '' }));
      expect(standIn.t('apiError.nope', { defaultValue: standIn.t('apiError.unknown') })).toBe(real.t('apiError.nope', { defaultValue: real.t('apiError.unknown') }));
      const withPlaceholder = keys.find((key) => /{{/.test(String(real.t(key))))!;
      expect(standIn.t(withPlaceholder)).toBe(real.t(withPlaceholder));
      expect(standIn.t(withPlaceholder, { other: 1 })).toBe(real.t(withPlaceholder, { other: 1 }));
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('falls back to Dutch for a text English does not have yet, and adds texts later', async () => {
    const real = createInstance();
    const standIn = standInI18n.createInstance();
    await real.init({ ...CONFIG, resources: { nl: { translation: { a: { b: 'Dutch', c: 'Nederlands' } } } } });
    await standIn.init({ ...CONFIG, resources: { nl: { translation: { a: { b: 'Dutch', c: 'Nederlands' } } } } });
    for (const i18n of [real, standIn]) {
      expect(i18n.hasResourceBundle('en', 'translation')).toBe(false);
      i18n.addResourceBundle('en', 'translation', { a: { b: 'English' } });
      expect(i18n.hasResourceBundle('en', 'translation')).toBe(true);
      await i18n.changeLanguage('en');
    }
    expect([standIn.t('a.b'), standIn.t('a.c'), standIn.language]).toEqual([real.t('a.b'), real.t('a.c'), real.language]);
  });
});
