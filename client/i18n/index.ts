// SPDX-License-Identifier: EUPL-1.2
/**
 * Sets up i18next with Dutch (default) and English. The language a person chooses with the
 * language switch is remembered on this device; until they choose, a participant's or the big
 * screen's page follows the workshop's language. The current language is written to
 * `<html lang>`, so screen readers pronounce the page correctly. The English texts load only when
 * English is chosen or followed (a separate chunk): until they arrive the page stays Dutch.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { nlFirst } from './nl.js';

/** The languages of the interface. */
export const LANGUAGES = ['nl', 'en'] as const;
/** A language of the interface. */
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'stip.language';

/** The language this person chose on this device, or null when they never chose one. */
function chosenLanguage(): Language | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return value === 'en' || value === 'nl' ? value : null;
  } catch {
    return null;
  }
}

let englishLoad: Promise<void> | null = null;
let wanted: Language = 'nl';

/** Switches to a language once its texts are there (English loads on first use), unless another was asked for meanwhile. */
function switchTo(language: Language): Promise<unknown> {
  wanted = language;
  if (language === 'en' && !i18n.hasResourceBundle('en', 'translation')) {
    englishLoad ??= import('./en.js').then(({ en }) => { i18n.addResourceBundle('en', 'translation', en); });
    return englishLoad.then(() => (wanted === language ? i18n.changeLanguage(language) : undefined), () => { englishLoad = null; });
  }
  return i18n.changeLanguage(language);
}

/**
 * Follows the workshop's language (from /api/me) unless this person chose a language on this
 * device; does not count as a choice, so a later change of the workshop's language is followed too.
 */
export function followWorkshopLanguage(language: Language | undefined): void {
  if (!language || !(LANGUAGES as readonly string[]).includes(language) || chosenLanguage() !== null) return;
  if (i18n.language !== language) void switchTo(language);
}

/** Switches the interface language and remembers the choice. */
export async function setLanguage(language: Language): Promise<void> {
  await switchTo(language);
  try { window.localStorage.setItem(STORAGE_KEY, language); } catch { /* blocked */ }
}

i18n.on('languageChanged', (language) => { document.documentElement.lang = language; });

void i18n.use(initReactI18next).init({
  resources: { nl: { translation: nlFirst } },
  lng: 'nl',
  fallbackLng: 'nl',
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});
document.documentElement.lang = i18n.language;
if (chosenLanguage() === 'en') void switchTo('en');

/** The configured i18next instance. */
