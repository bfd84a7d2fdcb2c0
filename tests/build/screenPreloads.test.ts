// SPDX-License-Identifier: EUPL-1.2
/** The build lists, per screen loaded on demand, the files of its code the main entry does not load (scripts/earlyRoutePreload.mjs). */
import { describe, expect, it } from 'vitest';
import { screenPreloads } from '../../scripts/earlyRoutePreload.mjs';

const chunk = (fileName: string, imports: string[], extra: Record<string, unknown> = {}) => ({ type: 'chunk', fileName, imports, isEntry: false, isDynamicEntry: false, facadeModuleId: null, ...extra });

describe('screen preloads', () => {
  it('give a screen its chunk and what it imports, without what the entries load anyway', () => {
    const bundle = Object.fromEntries([
      chunk('assets/index.js', ['assets/react.js'], { isEntry: true, facadeModuleId: '/repo/client/index.html' }),
      chunk('assets/react.js', []),
      chunk('assets/GroupRoomRoute.js', ['assets/react.js', 'assets/editor.js'], { isDynamicEntry: true, facadeModuleId: '/repo/client/routes/GroupRoomRoute.tsx' }),
      chunk('assets/editor.js', ['assets/yjs.js']),
      chunk('assets/yjs.js', []),
      chunk('assets/en.js', [], { isDynamicEntry: true, facadeModuleId: '/repo/client/i18n/en.ts' }),
      { type: 'asset', fileName: 'assets/index.css' },
    ].map((c) => [c.fileName, c]));
    expect(screenPreloads(bundle)).toEqual({ GroupRoomRoute: ['assets/GroupRoomRoute.js', 'assets/editor.js', 'assets/yjs.js'] });
  });
});
