// SPDX-License-Identifier: EUPL-1.2
/**
 * Vite plugin: lets the bundler drop the Utrecht React components the client does not use.
 *
 * `@utrecht/component-library-react` and its per-component packages define every component in
 * modules that do not declare themselves free of side effects, and each component is followed by
 * a top-level `X.displayName = 'X'` assignment (and one `var isAlertType = enumGuard(TYPES)` call)
 * that the bundler must keep. So the whole library (~240 KB, ~60 KB gzip) ended up in the entry
 * chunk, and every class name in it kept that component's CSS alive (scripts/cssPruner.mjs). This
 * plugin marks these modules free of side effects, removes the `displayName` labels (they only name
 * components in React DevTools) and marks top-level helper calls pure. Behaviour is unchanged.
 */

const UTRECHT_REACT = /[\\/]node_modules[\\/]@utrecht[\\/][a-z0-9-]+-react[\\/]dist[\\/][^\\/]+\.mjs$/;
const DISPLAY_NAME = /^[A-Za-z_$][\w$]*\.displayName = (?:'[^'\n]*'|"[^"\n]*");$/gm;
const TOP_LEVEL_CALL = /^(var [A-Za-z_$][\w$]* = )(?!\/\*#__PURE__\*\/)([A-Za-z_$][\w$]*\()/gm;

/** The module text with display-name labels removed and top-level calls marked pure. */
export function shakeableUtrechtModule(code) {
  return code.replace(DISPLAY_NAME, '').replace(TOP_LEVEL_CALL, '$1/*#__PURE__*/$2');
}

/** The Vite plugin (build only). */
export function utrechtTreeShaking() {
  return {
    name: 'stip-utrecht-tree-shaking',
    apply: 'build',
    transform(code, id) {
      if (!UTRECHT_REACT.test(id)) return null;
      return { code: shakeableUtrechtModule(code), map: null, moduleSideEffects: false };
    },
  };
}
