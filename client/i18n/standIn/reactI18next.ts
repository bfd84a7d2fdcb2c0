// SPDX-License-Identifier: EUPL-1.2
/**
 * The client build's stand-in for `react-i18next` (scripts/clientStandIns.mjs), next to the
 * i18next stand-in: `useTranslation()` gives `{ t, i18n, ready }` and renders again when the
 * language changes (with a new `t`, as react-i18next does); `initReactI18next` is the plugin
 * object `i18n.use` takes (the stand-in needs no wiring).
 */
import { useMemo, useSyncExternalStore } from 'react';
import i18n, { type TFunction } from './i18next.js';

/** The plugin i18n/index.ts passes to `i18n.use`. */
export const initReactI18next = { type: '3rdParty' as const, init: (): void => undefined };

const subscribe = (onChange: () => void) => {
  i18n.on('languageChanged', onChange);
  return () => i18n.off('languageChanged', onChange);
};
const currentLanguage = () => i18n.language;

/** The translate function of the current language and the instance. */
export function useTranslation(): { t: TFunction; i18n: typeof i18n; ready: true } {
  const language = useSyncExternalStore(subscribe, currentLanguage);
  return useMemo(() => {
    const t: TFunction = (key, options) => i18n.t(key, options);
    return { t, i18n, ready: true as const };
  }, [language]); // a new `t` for each language, so what was made with the old one is made again
}
