// SPDX-License-Identifier: EUPL-1.2
/**
 * The client build's stand-in for `i18next` (scripts/clientStandIns.mjs; tests and the server keep
 * the real package): the part of its interface the client uses, a few hundred bytes instead of
 * about 15 KB gzip on a participant's phone. One instance (the default export) with
 * `init`, `use`, `t`, `language`, `changeLanguage`, `on`/`off('languageChanged')`,
 * `addResourceBundle` and `hasResourceBundle`, and i18next's rules for what the client's
 * dictionaries use: keys as dot paths in the `translation` namespace, the language's plural forms
 * (`_zero` for a count of 0 when there is one, then `_one`/`_other`... by Intl.PluralRules),
 * `{{name}}` placeholders (not escaped: React escapes), `defaultValue`, the fallback language, and
 * the key itself when nothing is found. tests/build/i18nStandIn.test.ts checks that every key of
 * both dictionaries comes out as i18next makes it.
 */

type Dictionary = { [key: string]: unknown };
type TranslateOptions = { [name: string]: unknown; count?: number; defaultValue?: unknown };
type LanguageListener = (language: string) => void;
/** What `t` is: a key (and options) to a text. */
export type TFunction = (key: string, options?: TranslateOptions) => string;

interface InitOptions {
  resources?: { [language: string]: { [namespace: string]: Dictionary } };
  lng?: string;
  fallbackLng?: string | string[];
}

const PLACEHOLDER = /{{\s*([^{}\s]+)\s*}}/g;

const isDictionary = (value: unknown): value is Dictionary => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Copies `from` into `into`, merging nested dictionaries (deep) or replacing them. */
function merge(into: Dictionary, from: Dictionary, deep: boolean, overwrite: boolean): void {
  for (const [key, value] of Object.entries(from)) {
    const present = into[key];
    if (deep && isDictionary(present) && isDictionary(value)) merge(present, value, deep, overwrite);
    else if (overwrite || present === undefined) into[key] = isDictionary(value) ? structuredClone(value) : value;
  }
}

/** The value at a dot path, or undefined. */
function at(dictionary: Dictionary | undefined, path: string): unknown {
  let value: unknown = dictionary;
  for (const part of path.split('.')) {
    if (!isDictionary(value)) return undefined;
    value = value[part];
  }
  return value;
}

/** Fills `{{name}}` placeholders (dot paths allowed) from the options; one without a value stays as it is. */
function interpolate(text: string, options: TranslateOptions): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = name in options ? options[name] : at(options, name);
    return value === undefined ? whole : String(value);
  });
}

class StandInI18n {
  language = '';
  isInitialized = false;
  private readonly resources = new Map<string, Map<string, Dictionary>>();
  private fallbacks: string[] = [];
  private readonly listeners = new Set<LanguageListener>();
  private readonly pluralRules = new Map<string, Intl.PluralRules>();

  /** A new, empty instance (as i18next's `createInstance`). */
  createInstance(): StandInI18n {
    return new StandInI18n();
  }

  use(_plugin: unknown): this {
    return this;
  }

  init(options: InitOptions): Promise<TFunction> {
    for (const [language, namespaces] of Object.entries(options.resources ?? {})) {
      for (const [namespace, dictionary] of Object.entries(namespaces)) this.addResourceBundle(language, namespace, dictionary, true, true);
    }
    this.fallbacks = options.fallbackLng === undefined ? [] : [options.fallbackLng].flat();
    this.language = options.lng ?? this.fallbacks[0] ?? '';
    this.isInitialized = true;
    return Promise.resolve(this.t);
  }

  /** The text of a key in the current language (see above). */
  readonly t: TFunction = (key, options = {}) => {
    for (const language of [this.language, ...this.fallbacks.filter((l) => l !== this.language)]) {
      const text = this.lookUp(language, key, options.count);
      if (text !== undefined) return interpolate(text, options);
    }
    return options.defaultValue === undefined ? key : interpolate(String(options.defaultValue), options);
  };

  changeLanguage(language: string): Promise<TFunction> {
    this.language = language;
    for (const listener of [...this.listeners]) listener(language);
    return Promise.resolve(this.t);
  }

  on(event: 'languageChanged', listener: LanguageListener): void {
    if (event === 'languageChanged') this.listeners.add(listener);
  }

  off(event: 'languageChanged', listener: LanguageListener): void {
    if (event === 'languageChanged') this.listeners.delete(listener);
  }

  addResourceBundle(language: string, namespace: string, dictionary: Dictionary, deep = false, overwrite = false): this {
    let namespaces = this.resources.get(language);
    if (!namespaces) this.resources.set(language, namespaces = new Map());
    const present = namespaces.get(namespace);
    if (present) merge(present, dictionary, deep, overwrite);
    else namespaces.set(namespace, structuredClone(dictionary));
    return this;
  }

  hasResourceBundle(language: string, namespace: string): boolean {
    return this.resources.get(language)?.has(namespace) ?? false;
  }

  /** The text a key has in one language, with i18next's plural forms; undefined when there is none. */
  private lookUp(language: string, key: string, count: number | undefined): string | undefined {
    const dictionary = this.resources.get(language)?.get('translation');
    if (!dictionary) return undefined;
    const candidates = [key];
    if (typeof count === 'number') {
      candidates.unshift(`${key}_${this.pluralRule(language).select(count)}`);
      if (count === 0) candidates.unshift(`${key}_zero`);
    }
    for (const candidate of candidates) {
      const text = at(dictionary, candidate);
      if (typeof text === 'string') return text;
    }
    return undefined;
  }

  private pluralRule(language: string): Intl.PluralRules {
    let rule = this.pluralRules.get(language);
    if (!rule) this.pluralRules.set(language, rule = new Intl.PluralRules(language));
    return rule;
  }
}

/** The one instance, as i18next's default export. */
const i18n = new StandInI18n();
export default i18n;
