// SPDX-License-Identifier: EUPL-1.2
/**
 * Keeps only the CSS of the components the client uses. The Utrecht component library ships all of
 * its components in one stylesheet (~590 KB); the client uses a dozen. A selector is dropped when
 * it needs a `utrecht-…` class that no built script or page mentions, so it can never match.
 *
 * "Mentions" is read from the built output text: every `utrecht-[a-z0-9_-]+` token. A token that
 * ends in `-` comes from string concatenation (`"utrecht-alert--" + type`) and keeps every class
 * that starts with it. Classes inside `:not()`, `:is()` and `:where()` are not judged (a selector
 * can match without them), so such selectors are kept unless something outside needs an unused
 * class. Rules left without selectors are removed, and so are at-rules (@media, @supports) left
 * empty. The parser is PostCSS, the copy Vite itself depends on (no extra dependency).
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';

const requireFromVite = createRequire(createRequire(import.meta.url).resolve('vite'));
/** @type {import('postcss')} */
const postcss = requireFromVite('postcss');

const TOKEN = /utrecht-[a-z0-9_-]+/gi;
const CLASS = /\.(utrecht-[a-z0-9_-]+)/gi;
const NOT_JUDGED = /:(not|is|where)\(/gi;

/** The set of utrecht class names (and name prefixes, ending in `-`) mentioned in the given texts. */
export function usedUtrechtClasses(texts) {
  const exact = new Set();
  const prefixes = new Set();
  for (const text of texts) {
    for (const [token] of text.matchAll(TOKEN)) (token.endsWith('-') ? prefixes : exact).add(token);
  }
  return { has: (name) => exact.has(name) || [...prefixes].some((p) => name.startsWith(p)) };
}

/** The selector without the insides of :not(), :is() and :where() (balanced parentheses). */
function judgedPart(selector) {
  let out = '';
  let index = 0;
  for (const match of selector.matchAll(NOT_JUDGED)) {
    if (match.index < index) continue;
    out += selector.slice(index, match.index);
    let depth = 0;
    let end = match.index + match[0].length - 1;
    for (; end < selector.length; end++) {
      if (selector[end] === '(') depth++;
      else if (selector[end] === ')' && --depth === 0) break;
    }
    index = end + 1;
  }
  return out + selector.slice(index);
}

/** True when the selector can match given the used classes. */
function selectorCanMatch(selector, used) {
  for (const [, name] of judgedPart(selector).matchAll(CLASS)) if (!used.has(name)) return false;
  return true;
}

/** The stylesheet without the rules whose utrecht classes nothing uses (see the header). */
export function pruneUnusedUtrechtCss(css, used) {
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test(rule.parent.name)) return;
    const kept = rule.selectors.filter((s) => selectorCanMatch(s, used));
    if (kept.length === 0) rule.remove();
    else if (kept.length !== rule.selectors.length) rule.selectors = kept;
  });
  let removed = true;
  while (removed) {
    removed = false;
    root.walkAtRules((atRule) => {
      if (atRule.nodes && atRule.nodes.length === 0) { atRule.remove(); removed = true; }
    });
  }
  return root.toString();
}

const VAR_REFERENCE = /var\(\s*(--[A-Za-z0-9_-]+)/g;
const PROPERTY_MENTION = /--[A-Za-z0-9_-]+/g;

/**
 * The stylesheet without custom property declarations that nothing reads: no `var(--x)` in a
 * declaration that stays, and no mention of `--x` in the given texts (scripts and pages that may
 * set or read it). Repeated until nothing changes, since tokens refer to tokens. The voorbeeld
 * theme defines ~3,000 tokens, mostly for components the client does not use.
 */
export function pruneUnreadCustomProperties(css, texts) {
  const root = postcss.parse(css);
  const mentioned = new Set();
  for (const text of texts) for (const [name] of text.matchAll(PROPERTY_MENTION)) mentioned.add(name);
  for (let changed = true; changed;) {
    changed = false;
    const read = new Set(mentioned);
    root.walkDecls((decl) => { for (const [, name] of decl.value.matchAll(VAR_REFERENCE)) read.add(name); });
    root.walkDecls((decl) => {
      if (decl.prop.startsWith('--') && !read.has(decl.prop)) { decl.remove(); changed = true; }
    });
  }
  root.walkRules((rule) => { if (rule.nodes.length === 0) rule.remove(); });
  return root.toString();
}

/** A content hash of the given length, in the alphabet Vite uses for file names. */
function contentHash(text, length) {
  return createHash('sha256').update(text).digest('base64url').slice(0, length);
}

/**
 * Vite plugin: prunes every emitted stylesheet by the utrecht classes that the emitted scripts and
 * pages mention. A pruned file gets a new content hash in its name (the same length, references
 * in scripts and pages rewritten), so an immutable cached stylesheet never outlives a change in
 * which classes are used.
 */
export function pruneUnusedCss() {
  return {
    name: 'stip-prune-unused-css',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const files = Object.values(bundle);
      const texts = files.map((f) => (f.type === 'chunk' ? f.code : f.fileName.endsWith('.html') ? String(f.source) : ''));
      const used = usedUtrechtClasses(texts);
      const sheets = files.filter((f) => f.type === 'asset' && f.fileName.endsWith('.css'));
      for (const file of sheets) {
        const otherSheets = sheets.filter((s) => s !== file).map((s) => String(s.source));
        const pruned = pruneUnreadCustomProperties(pruneUnusedUtrechtCss(String(file.source), used), [...texts, ...otherSheets]);
        const hashed = file.fileName.match(/-([A-Za-z0-9_-]{8,})\.css$/);
        file.source = pruned;
        if (!hashed) continue;
        const renamed = file.fileName.slice(0, -hashed[1].length - 4) + contentHash(pruned, hashed[1].length) + '.css';
        for (const other of files) {
          if (other.type === 'chunk') other.code = other.code.replaceAll(file.fileName, renamed);
          else if (other.fileName.endsWith('.html')) other.source = String(other.source).replaceAll(file.fileName, renamed);
          if (other.type === 'chunk' && other.viteMetadata?.importedCss?.has(file.fileName)) {
            other.viteMetadata.importedCss.delete(file.fileName);
            other.viteMetadata.importedCss.add(renamed);
          }
        }
        delete bundle[file.fileName];
        this.emitFile({ type: 'asset', fileName: renamed, source: pruned });
      }
    },
  };
}
