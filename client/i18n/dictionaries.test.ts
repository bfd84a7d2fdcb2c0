// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { nl } from './nlAll.js';
import { en } from './en.js';
import { ROLES } from '../../shared/roles.js';
import { API_ERRORS } from '../../shared/apiErrors.js';

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ''): Record<string, string> =>
  Object.entries(tree).reduce<Record<string, string>>((out, [k, v]) => (
    typeof v === 'string' ? { ...out, [prefix + k]: v } : { ...out, ...flatten(v, `${prefix}${k}.`) }
  ), {});
const placeholders = (s: string) => [...s.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  const dutch = flatten(nl as unknown as Tree);
  const english = flatten(en as unknown as Tree);

  it('translate every Dutch text into English, with no empty texts', () => {
    expect(Object.keys(english).sort()).toEqual(Object.keys(dutch).sort());
    for (const [key, value] of Object.entries({ ...dutch, ...english })) expect(value.trim(), key).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(dutch)) expect(placeholders(english[key]), key).toEqual(placeholders(dutch[key]));
  });

  it('name every role and explain every API error', () => {
    for (const role of ROLES) expect(dutch[`role.${role}`]).toBeTruthy();
    for (const id of Object.values(API_ERRORS)) expect(dutch[`apiError.${id}`], id).toBeTruthy();
  });
});
