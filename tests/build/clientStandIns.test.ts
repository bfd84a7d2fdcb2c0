// SPDX-License-Identifier: EUPL-1.2
/**
 * The stand-ins of the client build (scripts/clientStandIns.mjs) replace only what the client never
 * runs: StarterKit extensions that shared/editor/extensions.ts switches off, zod (the server
 * validates), and fast-equals for @tiptap/react (the stand-in compares the same way for plain data).
 */
import { describe, expect, it } from 'vitest';
import { SWITCHED_OFF_EXTENSIONS, standInFor } from '../../scripts/clientStandIns.mjs';
import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import StarterKit from '@tiptap/starter-kit';
import { editorExtensions } from '../../shared/editor/extensions.js';

const STARTER_KIT_FILE = '/repo/node_modules/@tiptap/starter-kit/dist/index.js';
const TIPTAP_REACT_FILE = '/repo/node_modules/@tiptap/react/dist/index.js';

/** Imports a stand-in's source as a module. */
const load = async (code: string | null): Promise<Record<string, any>> => {
  expect(code).not.toBeNull();
  return import(/* @vite-ignore */ `data:text/javascript,${encodeURIComponent(code!)}`);
};

describe('the client build stand-ins', () => {
  it('replace only StarterKit extensions that the shared extension list switches off', async () => {
    const starterKit = editorExtensions.find((e) => e.name === 'starterKit')!;
    for (const [option, { module, name }] of Object.entries(SWITCHED_OFF_EXTENSIONS)) {
      expect((starterKit.options as Record<string, unknown>)[option], option).toBe(false);
      const code = standInFor(module, STARTER_KIT_FILE);
      expect(code).toContain(`export const ${name} =`);
      if (module !== '@tiptap/extensions') await expect(load(code).then((m) => m[name].configure({}))).rejects.toThrow(/switched off/);
    }
    expect(standInFor('@tiptap/extensions', STARTER_KIT_FILE)).toMatch(/export \{ TrailingNode \} from '@tiptap\/extensions\/trailing-node'/);
    expect(standInFor('@tiptap/extension-list', STARTER_KIT_FILE)).toMatch(/BulletList[\s\S]*ListItem[\s\S]*ListKeymap[\s\S]*OrderedList/);
    // Anyone else importing these modules gets the real ones.
    expect(standInFor('@tiptap/extension-link', '/repo/client/editor/x.ts')).toBeNull();
    expect(standInFor('@tiptap/extensions', '/repo/node_modules/@tiptap/react/dist/index.js')).toBeNull();
    expect(standInFor('@tiptap/extension-bold', STARTER_KIT_FILE)).toBeNull();
  });

  it('leave the schema as it is: the switched-off drop and gap cursors are plugins only', () => {
    const starterKit = editorExtensions.find((e) => e.name === 'starterKit')!;
    const withCursors = editorExtensions.map((e) => (e === starterKit ? StarterKit.configure({ ...starterKit.options, dropcursor: {}, gapcursor: {} }) : e));
    // The gap cursor adds `allowGapCursor: null` (unset) to every node's spec; nothing else differs.
    const specOf = (schema: Schema) => JSON.stringify({
      nodes: Object.values(schema.nodes).map(({ name, spec: { allowGapCursor: _unset, ...spec } }) => [name, spec]),
      marks: Object.values(schema.marks).map(({ name, spec }) => [name, spec]),
    }, (_key, value: unknown) => (typeof value === 'function' ? String(value) : value));
    expect(Object.keys(getSchema(withCursors).nodes)).toEqual(Object.keys(getSchema(editorExtensions).nodes));
    expect(specOf(getSchema(withCursors))).toBe(specOf(getSchema(editorExtensions)));
  });

  it('take the list extensions from their own entry points, the same extensions as the main entry', async () => {
    const main = await import('@tiptap/extension-list');
    const entries = { BulletList: '@tiptap/extension-list/bullet-list', ListItem: '@tiptap/extension-list/item', ListKeymap: '@tiptap/extension-list/keymap', OrderedList: '@tiptap/extension-list/ordered-list' };
    for (const [name, entry] of Object.entries(entries)) {
      const own = ((await import(/* @vite-ignore */ entry)) as Record<string, { name: string; config: object }>)[name];
      const fromMain = (main as unknown as Record<string, { name: string; config: object }>)[name];
      expect(own.name).toBe(fromMain.name);
      expect(Object.keys(own.config).sort()).toEqual(Object.keys(fromMain.config).sort());
    }
  });

  it('let the route contract build its zod schemas, and refuse to parse with them', async () => {
    const { z } = await load(standInFor('zod/v3'));
    const schema = z.object({ name: z.string().min(1).max(80), role: z.enum(['a', 'b']).optional() }).strict();
    expect(() => schema.refine(() => true).default({})).not.toThrow();
    expect(() => schema.parse({})).toThrow(/not in the client build/);
    expect(() => schema.safeParse({})).toThrow(/not in the client build/);
  });

  it('compare plain data by value for @tiptap/react, like deepEqual', async () => {
    const { deepEqual } = await load(standInFor('fast-equals', TIPTAP_REACT_FILE));
    expect(deepEqual({ bold: true, list: [1, { a: null }] }, { bold: true, list: [1, { a: null }] })).toBe(true);
    expect(deepEqual({ bold: true }, { bold: false })).toBe(false);
    expect(deepEqual({ bold: true }, { bold: true, italic: false })).toBe(false);
    expect(deepEqual([1, 2], [1, 2, 3])).toBe(false);
    expect(deepEqual(NaN, NaN)).toBe(true);
    const shared = new Map();
    expect(deepEqual(shared, shared)).toBe(true);
    expect(deepEqual(new Map(), new Map())).toBe(false); // not plain: by identity (one more render at worst)
    expect(standInFor('fast-equals', '/repo/node_modules/other/index.js')).toBeNull();
  });
});
