// SPDX-License-Identifier: EUPL-1.2
/** A workshop id that starts with "-" still reaches the command as its id. */
import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { idArgumentFirst } from './idArgument.js';

const parse = (args: string[]) => parseArgs({ args: idArgumentFirst(args), allowPositionals: true, strict: true, options: { format: { type: 'string' }, out: { type: 'string' } } });

describe('idArgumentFirst', () => {
  it('keeps a workshop id that starts with a dash as the positional, with the options around it', () => {
    const { values, positionals } = parse(['-bX3kP9qLmN2aB7c', '--format', 'md', '--out', 'a.md']);
    expect(positionals).toEqual(['-bX3kP9qLmN2aB7c']);
    expect(values).toEqual({ format: 'md', out: 'a.md' });
  });

  it('leaves ordinary arguments alone, and an unknown option is still refused', () => {
    expect(idArgumentFirst(['abcDEF123456789x', '--format', 'md'])).toEqual(['abcDEF123456789x', '--format', 'md']);
    expect(() => parse(['--bogus'])).toThrow();
  });
});
