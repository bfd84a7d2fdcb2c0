// SPDX-License-Identifier: EUPL-1.2
/**
 * The lint step's rules (.oxlintrc.json, knip.jsonc) catch what they are for: run on a throwaway
 * copy of the layout with one small file per seam crossing, they name exactly the bad files, and
 * let the allowed imports pass.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let dir = '';

/** Probe files, path → source. The names say what each one does. */
const PROBES: Record<string, string> = {
  // allowed
  'shared/names.ts': "/** used */\nexport const NAME = 'n';\n",
  'server/usesShared.ts': "import { NAME } from '../shared/names.js';\n/** used */\nexport const serverName = NAME;\n",
  'client/routes/Screen.ts': "import { NAME } from '../../shared/names.js';\n/** used */\nexport const screen = NAME;\n",
  'client/components/Card.ts': "import { screen } from '../routes/Screen.js';\n/** used */\nexport const card = screen;\n",
  'client/stores/store.ts': "import { NAME } from '../../shared/names.js';\n/** used */\nexport const store = NAME;\n",
  'client/collab/usesStore.ts': "import { store } from '../stores/store.js';\n/** used */\nexport const fromStore = store;\n",
  'shared/names.test.ts': "import fs from 'node:fs';\nexport const fixture = fs;\n",
  'tests/anything.ts': [
    "import { serverName } from '../server/usesShared.js';",
    "import { card } from '../client/components/Card.js';",
    "import { fromStore } from '../client/collab/usesStore.js';",
    "export const all = [serverName, card, fromStore];", '',
  ].join('\n'),
  'scripts/entry.ts': [
    "import { all } from '../tests/anything.js';",
    "import { used, shaped } from '../shared/exports.js';",
    "import { a } from '../server/cycleA.js';",
    "import { p } from '../shared/tri1.js';",
    "import { upward } from '../client/collab/upward.js';",
    "import { up } from '../shared/importsServer.js';",
    "import { fsInShared } from '../shared/nodeUse.js';",
    "import { toServer } from '../client/toServer.js';",
    "import { toClient } from '../server/toClient.js';",
    'console.log(all, used, shaped, a, p, upward, up, fsInShared, toServer, toClient);', '',
  ].join('\n'),
  // forbidden crossings
  'shared/importsServer.ts': "import { serverName } from '../server/usesShared.js';\n/** probe */\nexport const up = serverName;\n",
  'shared/nodeUse.ts': "import fs from 'node:fs';\n/** probe */\nexport const fsInShared = fs;\n",
  'client/toServer.ts': "import type { serverName } from '../server/usesShared.js';\n/** probe */\nexport const toServer: typeof serverName = 'n';\n",
  'server/toClient.ts': "import { card } from '../client/components/Card.js';\n/** probe */\nexport const toClient = card;\n",
  'client/collab/upward.ts': "import { screen } from '../routes/Screen.js';\n/** probe */\nexport const upward = screen;\n",
  // cycles: two files, and three files through type-only imports
  'server/cycleA.ts': "import { b } from './cycleB.js';\n/** probe */\nexport const a = () => b;\n",
  'server/cycleB.ts': "import { a } from './cycleA.js';\n/** probe */\nexport const b = () => a;\n",
  'shared/tri1.ts': "import type { Q } from './tri2.js';\n/** probe */\nexport type P = { q?: Q };\nexport const p = 1;\n",
  'shared/tri2.ts': "import type { R } from './tri3.js';\n/** probe */\nexport type Q = { r?: R };\n",
  'shared/tri3.ts': "import type { P } from './tri1.js';\n/** probe */\nexport type R = { p?: P };\n",
  // unused exports and an unused file
  'shared/exports.ts': [
    '/** used */', 'export const used = 1;',
    '/** imported by nobody */', 'export const unusedValue = 2;',
    '/** used by nobody */', 'export interface UnusedType { a: number }',
    '/** used only in its own file, in an exported signature: fine */', 'export interface Shape { b: number }',
    '/** imported by nobody, used in its own file: still unused */', 'export const LIMIT = 3;',
    '/** used */', 'export function shaped(s: Shape): number { return s.b + LIMIT; }', '',
  ].join('\n'),
  'server/orphan.ts': "/** probe */\nexport const orphan = 1;\n",
};

function run(bin: string, args: string[]) {
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules', bin), ...args], { cwd: dir, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stip-lint-'));
  for (const file of ['.oxlintrc.json', 'knip.jsonc', 'tsconfig.json']) fs.copyFileSync(path.join(root, file), path.join(dir, file));
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'seam-probe', private: true, type: 'module' }));
  for (const [file, source] of Object.entries(PROBES)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), source);
  }
});

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the seam rules', () => {
  it('oxlint names every forbidden import and every file in a cycle, and nothing else', () => {
    const { code, out } = run('oxlint/bin/oxlint', ['--format', 'unix']);
    const findings = out.split('\n').filter((l) => l.includes('[Error/')).map((l) => {
      const [file] = l.split(':');
      const rule = /\[Error\/(.+)\]$/.exec(l)?.[1];
      return `${file} ${rule}`;
    }).sort();
    expect(findings).toEqual([
      'client/collab/upward.ts eslint(no-restricted-imports)',
      'client/toServer.ts eslint(no-restricted-imports)',
      'server/cycleA.ts import(no-cycle)',
      'server/cycleB.ts import(no-cycle)',
      'server/toClient.ts eslint(no-restricted-imports)',
      'shared/importsServer.ts eslint(no-restricted-imports)',
      'shared/nodeUse.ts import(no-nodejs-modules)',
      'shared/tri1.ts import(no-cycle)',
      'shared/tri2.ts import(no-cycle)',
      'shared/tri3.ts import(no-cycle)',
    ]);
    expect(code).not.toBe(0);
  });

  it('knip names the unused exports and the unused file, and nothing else', () => {
    const { code, out } = run('knip/bin/knip.js', ['--no-config-hints', '--reporter', 'json']);
    const issues = (JSON.parse(out) as { issues: Record<string, unknown>[] }).issues;
    const findings = issues.flatMap((issue) => ['files', 'exports', 'types'].flatMap((kind) => {
      const list = issue[kind] as { name: string }[] | undefined;
      return (list ?? []).map((x) => `${String(issue.file)} ${kind}${kind === 'files' ? '' : ` ${x.name}`}`);
    })).sort();
    expect(findings).toEqual([
      'server/orphan.ts files',
      'shared/exports.ts exports LIMIT',
      'shared/exports.ts exports unusedValue',
      'shared/exports.ts types UnusedType',
    ]);
    expect(code).not.toBe(0);
  });
});
