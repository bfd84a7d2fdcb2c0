// SPDX-License-Identifier: EUPL-1.2
/** The command line on a temp data folder: a workshop from the 47-person CSV, set-up links, clear errors. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../helpers/stipServer.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CSV_47 = path.join(root, 'tests/fixtures/deelnemers-middelgrote-gemeente.csv');
const dirs: string[] = [];

function stip(args: string[], env: Record<string, string> = {}) {
  const dataDir = env.STIP_DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'stip-cli-'));
  dirs.push(dataDir);
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'server/cli/main.ts'), ...args], {
    cwd: root, encoding: 'utf8', env: { ...process.env, PORT: '', STIP_PUBLIC_URL: '', ...env, STIP_DATA_DIR: dataDir },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, dataDir };
}

afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

interface CreateOutput {
  workshopId: string; gemeente: string; facilitatorLink: string;
  participants: { name: string; role: string; group: number; link: string }[];
  errors: { line: number; reason: string }[];
}

describe('npm run stip -- workshop create', () => {
  it('creates a workshop from the 47-person CSV with balanced groups and prints every link as JSON', async () => {
    const run = stip(['workshop', 'create', '--gemeente', 'Middelstad', '--participants', CSV_47, '--json']);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as CreateOutput;
    expect(Object.keys(out)).toEqual(['workshopId', 'gemeente', 'facilitatorLink', 'participants', 'errors']);
    expect(out.gemeente).toBe('Middelstad');
    expect(out.errors).toEqual([]);
    expect(out.participants).toHaveLength(47);
    expect(Object.keys(out.participants[0])).toEqual(['name', 'role', 'group', 'link']);
    const sizes = [1, 2, 3].map((g) => out.participants.filter((p) => p.group === g).length);
    expect(sizes.sort()).toEqual([15, 16, 16]);
    expect(out.facilitatorLink).toMatch(/^http:\/\/localhost:8080\/j\/[A-Za-z0-9_-]{43}$/);
    expect(new Set(out.participants.map((p) => p.link)).size).toBe(47);

    const server = await startTestServer({ dataDir: run.dataDir });
    try {
      const opened = await server.openLink(out.participants[0].link);
      expect(opened.location).toBe(`/w/${out.workshopId}/groep/${out.participants[0].group}`);
      expect((await server.openLink(out.facilitatorLink)).location).toBe(`/w/${out.workshopId}/regie`);
      expect(server.app.setupLink).toBeNull();
    } finally {
      await server.close();
    }
  });

  it('uses STIP_PUBLIC_URL in the links', () => {
    const run = stip(['workshop', 'create', '--gemeente', 'Webdorp', '--json'], { STIP_PUBLIC_URL: 'https://stip.webdorp.nl/' });
    const out = JSON.parse(run.stdout) as CreateOutput;
    expect(out.facilitatorLink).toMatch(/^https:\/\/stip\.webdorp\.nl\/j\//);
    expect(out.participants).toEqual([]);
  });

  it('prints a readable Dutch summary without --json, including the lines it could not read', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stip-csv-'));
    dirs.push(dir);
    const csv = path.join(dir, 'lijst.csv');
    fs.writeFileSync(csv, 'naam;rol\nAnna;raadslid\nBram;koning\n');
    const run = stip(['workshop', 'create', '--gemeente', 'Leesdorp', '--participants', csv]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Workshop aangemaakt voor gemeente Leesdorp');
    expect(run.stdout).toContain('Link voor de procesbegeleider: http://localhost:8080/j/');
    expect(run.stdout).toContain('Anna (raadslid): http://localhost:8080/j/');
    expect(run.stdout).toContain('regel 3: Onbekende rol "koning".');
  });

  it('stops with a Dutch error and exit code 1 on a missing file, creating nothing', () => {
    const run = stip(['workshop', 'create', '--gemeente', 'Nergens', '--participants', '/bestaat/niet.csv']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Het bestand "/bestaat/niet.csv" bestaat niet.');
    const list = stip(['workshop', 'list'], { STIP_DATA_DIR: run.dataDir });
    expect(list.stdout).toContain('Er zijn nog geen workshops.');
  });

  it('stops with a Dutch error and exit code 1 on bad arguments', () => {
    expect(stip(['workshop', 'create']).stderr).toContain('--gemeente');
    const unknown = stip(['workshop', 'create', '--gemeente', 'X', '--kleur', 'rood']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('onbekende optie --kleur');
    const missingValue = stip(['workshop', 'create', '--gemeente']);
    expect(missingValue.code).toBe(1);
    const nonsense = stip(['maak', 'koffie']);
    expect(nonsense.code).toBe(1);
    expect(nonsense.stderr).toContain('Onbekende opdracht');
  });
});

describe('npm run stip -- workshop list and setup-link', () => {
  it('lists the workshops of the data folder', () => {
    const created = stip(['workshop', 'create', '--gemeente', 'Lijstdorp', '--title', 'Visie 2030']);
    const list = stip(['workshop', 'list', '--json'], { STIP_DATA_DIR: created.dataDir });
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout)).toEqual([expect.objectContaining({ gemeente: 'Lijstdorp', title: 'Visie 2030', participantCount: 0 })]);
  });

  it('prints a one-time set-up link that opens a set-up session on the server', async () => {
    const run = stip(['setup-link']);
    expect(run.code).toBe(0);
    const link = /Open deze link om Stip in te richten: (\S+)/.exec(run.stdout)![1];
    const server = await startTestServer({ dataDir: run.dataDir });
    try {
      expect((await server.openLink(link)).location).toBe('/?fout=link-revoked');
      const again = stip(['setup-link'], { STIP_DATA_DIR: run.dataDir });
      const fresh = /Open deze link om Stip in te richten: (\S+)/.exec(again.stdout)![1];
      expect((await server.openLink(fresh)).location).toBe('/regie');
      expect((await server.openLink(fresh)).location).toBe('/?fout=setup-link-used');
    } finally {
      await server.close();
    }
  });
});
