// SPDX-License-Identifier: EUPL-1.2
/** The build keeps only the CSS of the Utrecht components and the tokens the client uses. */
import { describe, expect, it } from 'vitest';
import { pruneUnreadCustomProperties, pruneUnusedUtrechtCss, usedUtrechtClasses } from '../../scripts/cssPruner.mjs';
import { shakeableUtrechtModule } from '../../scripts/utrechtTreeShaking.mjs';

const squash = (css: string) => css.replace(/\s+/g, ' ').trim();

describe('pruning unused Utrecht component CSS', () => {
  const used = usedUtrechtClasses(['clsx("utrecht-button", "utrecht-alert--" + type)', '<body class="utrecht-document">']);

  it('keeps rules of mentioned classes and drops rules of unmentioned ones', () => {
    const css = '.utrecht-button{color:red}.utrecht-accordion{color:blue}.stip-own{margin:0}:root{--x:1}';
    expect(squash(pruneUnusedUtrechtCss(css, used))).toBe('.utrecht-button{color:red}.stip-own{margin:0}:root{--x:1}');
  });

  it('keeps classes built by concatenation from a mentioned prefix', () => {
    const css = '.utrecht-alert--warning{color:orange}.utrecht-alert{color:red}';
    expect(squash(pruneUnusedUtrechtCss(css, used))).toBe('.utrecht-alert--warning{color:orange}');
  });

  it('drops only the selectors of a list that cannot match, and empty at-rules', () => {
    const css = '.utrecht-button,.utrecht-link{color:red}@media (min-width:1px){.utrecht-link{color:blue}}';
    expect(squash(pruneUnusedUtrechtCss(css, used))).toBe('.utrecht-button{color:red}');
  });

  it('does not judge classes inside :not(), :is() and :where(), but does inside :has()', () => {
    const css = '.utrecht-button:not(.utrecht-link){a:1}.utrecht-button:where(.utrecht-link,.x){b:2}.utrecht-button:has(.utrecht-link){c:3}';
    expect(squash(pruneUnusedUtrechtCss(css, used))).toBe('.utrecht-button:not(.utrecht-link){a:1}.utrecht-button:where(.utrecht-link,.x){b:2}');
  });
});

describe('pruning unread design tokens', () => {
  it('drops tokens nothing reads, following references between tokens', () => {
    const css = '.theme{--a:var(--b);--b:1px;--c:var(--d);--d:2px;--e:3px}.x{margin:var(--a)}';
    expect(squash(pruneUnreadCustomProperties(css, []))).toBe('.theme{--a:var(--b);--b:1px}.x{margin:var(--a)}');
  });

  it('keeps tokens that a script or page mentions', () => {
    const css = '.theme{--caret:red;--unused:0}';
    expect(squash(pruneUnreadCustomProperties(css, ['el.style.setProperty("--caret", c)']))).toBe('.theme{--caret:red}');
  });
});

describe('making the Utrecht React modules tree-shakeable', () => {
  it('removes display-name labels and marks top-level calls pure', () => {
    const code = "var Alert = /*#__PURE__*/forwardRef(f);\nAlert.displayName = 'Alert';\nvar isType = enumGuard(TYPES);\n";
    expect(shakeableUtrechtModule(code)).toBe('var Alert = /*#__PURE__*/forwardRef(f);\n\nvar isType = /*#__PURE__*/enumGuard(TYPES);\n');
  });
});
