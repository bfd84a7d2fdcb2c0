/**
 * Sets up i18next with Dutch (default) and English. The chosen language is remembered on this
 * device and written to `<html lang>`, so screen readers pronounce the page correctly.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { nl } from './nl.js';
import { en } from './en.js';

/** The languages of the interface. */
export const LANGUAGES = ['nl', 'en'] as const;
/** A language of the interface. */
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'stip.language';

function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return value === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

/** Switches the interface language and remembers the choice. */
export async function setLanguage(language: Language): Promise<void> {
  await i18n.changeLanguage(language);
  try { window.localStorage.setItem(STORAGE_KEY, language); } catch { /* blocked */ }
}

i18n.on('languageChanged', (language) => { document.documentElement.lang = language; });

void i18n.use(initReactI18next).init({
  resources: { nl: { translation: nl }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: 'nl',
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});
document.documentElement.lang = i18n.language;

/** The configured i18next instance. */
export default i18n;
