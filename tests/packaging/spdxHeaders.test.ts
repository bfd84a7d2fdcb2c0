/**
 * Every source file says its licence in its first lines (SPDX-License-Identifier: EUPL-1.2), so a
 * file copied out of Stip keeps it (publiccode.yml and LICENSE say the same for the whole).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const FOLDERS = ['client', 'server', 'shared', 'tests', 'bench', 'scripts'];
const SOURCE = /\.(ts|tsx|mts|mjs|cjs|css)$/;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sources(full);
    return SOURCE.test(entry.name) ? [full] : [];
  });
}

describe('licence headers', () => {
  it('every source file starts with its SPDX licence identifier', () => {
    const files = FOLDERS.flatMap((folder) => sources(path.join(ROOT, folder)));
    expect(files.length).toBeGreaterThan(100);
    const missing = files.filter((file) => !fs.readFileSync(file, 'utf8').slice(0, 300).includes('SPDX-License-Identifier: EUPL-1.2'));
    expect(missing.map((file) => path.relative(ROOT, file))).toEqual([]);
  });
});
