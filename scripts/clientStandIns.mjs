// SPDX-License-Identifier: EUPL-1.2
/**
 * Vite plugin (client build only): modules the client imports but never runs are replaced by small
 * stand-ins, so a participant's phone does not download them:
 *
 *   zod         the route contract (shared/api/*) names each body's zod schema; only the server
 *               validates with them, the client's calls are typed from them (types only). The
 *               stand-in `z` builds any schema chain and throws when a schema is used to parse.
 *   StarterKit's switched-off extensions: `@tiptap/starter-kit` imports every extension, also the
 *               ones shared/editor/extensions.ts switches off (link with linkifyjs, code block,
 *               code, horizontal rule, undo with prosemirror-history: Yjs undoes; the drop and
 *               gap cursors, plugins only), but only
 *               configures those switched on. Their stand-ins throw when configured
 *               (tests/build/clientStandIns.test.ts checks they are off); StarterKit's other
 *               imports from `@tiptap/extensions` and `@tiptap/extension-list` come from those
 *               packages' own entry points (without the task list StarterKit never uses).
 *   i18next, react-i18next
 *               the client's texts need only a small part of them: client/i18n/standIn/ holds that
 *               part (`t` with plural forms and placeholders, the language and its change, adding
 *               texts; `useTranslation`), checked against the real packages key by key
 *               (tests/build/i18nStandIn.test.ts).
 *   fast-equals @tiptap/react compares the state an editor hook selects (`useEditorState`, here
 *               a few flags for the toolbar) with its `deepEqual`; the stand-in compares plain
 *               objects and arrays by value and anything else by identity (at worst one more render).
 *
 * The schema of the editor is unchanged: it comes only from the extensions switched on.
 */

import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PREFIX = '\0stip-stand-in:';

/** Packages replaced by a stand-in file of the client's own, by package name. */
const STAND_IN_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'client', 'i18n', 'standIn');
export const STAND_IN_FILES = {
  i18next: path.join(STAND_IN_DIR, 'i18next.ts'),
  'react-i18next': path.join(STAND_IN_DIR, 'reactI18next.ts'),
};

/** StarterKit option → the package and export StarterKit imports for it. */
export const SWITCHED_OFF_EXTENSIONS = {
  link: { module: '@tiptap/extension-link', name: 'Link' },
  codeBlock: { module: '@tiptap/extension-code-block', name: 'CodeBlock' },
  code: { module: '@tiptap/extension-code', name: 'Code' },
  horizontalRule: { module: '@tiptap/extension-horizontal-rule', name: 'HorizontalRule' },
  undoRedo: { module: '@tiptap/extensions', name: 'UndoRedo' },
  dropcursor: { module: '@tiptap/extensions', name: 'Dropcursor' },
  gapcursor: { module: '@tiptap/extensions', name: 'Gapcursor' },
};

/** What StarterKit imports from `@tiptap/extensions` and uses, by that package's entry point. */
const STARTER_KIT_EXTENSIONS = `
export { TrailingNode } from '@tiptap/extensions/trailing-node';
`;

/**
 * What StarterKit imports from `@tiptap/extension-list`, by that package's entry points: its main
 * entry also defines the task list and item, which stay in the bundle (it does not declare itself
 * free of side effects) although StarterKit never uses them.
 */
const STARTER_KIT_LISTS = `
export { BulletList } from '@tiptap/extension-list/bullet-list';
export { ListItem } from '@tiptap/extension-list/item';
export { ListKeymap } from '@tiptap/extension-list/keymap';
export { OrderedList } from '@tiptap/extension-list/ordered-list';
`;

const ZOD = `
const refuse = () => { throw new Error('zod is not in the client build (scripts/clientStandIns.mjs): validate on the server'); };
const PARSE = new Set(['parse', 'safeParse', 'parseAsync', 'safeParseAsync', 'spa']);
const schema = new Proxy(function () {}, {
  get: (_target, key) => (typeof key === 'symbol' || key === 'then' ? undefined : PARSE.has(key) ? refuse : schema),
  apply: () => schema,
});
export const z = schema;
export default schema;
`;

const FAST_EQUALS = `
const plain = (value) => value !== null && typeof value === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(value));
export function deepEqual(a, b) {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  if (!plain(a) || !plain(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && deepEqual(a[key], b[key]));
}
`;

const extensionStandIn = (name) => `
export const ${name} = { configure() { throw new Error('${name} is switched off in shared/editor/extensions.ts and not in the client build (scripts/clientStandIns.mjs)'); } };
`;

const STARTER_KIT = /[\\/]node_modules[\\/]@tiptap[\\/]starter-kit[\\/]/;
const TIPTAP_REACT = /[\\/]node_modules[\\/]@tiptap[\\/]react[\\/]/;

/** The source of the stand-in for an import (by `importer`, a file path), or null when the import is not replaced. */
export function standInFor(source, importer = '') {
  if (source === 'zod' || source === 'zod/v3') return ZOD;
  if (source === 'fast-equals' && TIPTAP_REACT.test(importer)) return FAST_EQUALS;
  if (!STARTER_KIT.test(importer)) return null;
  if (source === '@tiptap/extension-list') return STARTER_KIT_LISTS;
  const switchedOff = Object.values(SWITCHED_OFF_EXTENSIONS).filter((e) => e.module === source);
  if (switchedOff.length === 0) return null;
  return switchedOff.map((e) => extensionStandIn(e.name)).join('') + (source === '@tiptap/extensions' ? STARTER_KIT_EXTENSIONS : '');
}

/** The Vite plugin (build only, so tests and the server keep the real modules). */
export function clientStandIns() {
  const standIns = new Map();
  return {
    name: 'stip-client-stand-ins',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (Object.hasOwn(STAND_IN_FILES, source)) return STAND_IN_FILES[source];
      const code = standInFor(source, importer);
      if (code === null) return null;
      standIns.set(PREFIX + source, code);
      return PREFIX + source;
    },
    load(id) {
      return standIns.get(id) ?? null;
    },
  };
}
