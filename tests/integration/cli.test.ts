// SPDX-License-Identifier: EUPL-1.2
/** The command line on a fresh store (a temp data folder; on PostgreSQL also a database): a workshop from the 47-person CSV, set-up links, clear errors. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cliStore, stipCli, type OwnCliStore } from '../helpers/stipCli.js';
import { startTestServer } from '../helpers/stipServer.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CSV_47 = path.join(root, 'tests/fixtures/deelnemers-middelgrote-gemeente.csv');
const stores: OwnCliStore[] = [];
const dirs: string[] = [];

/** A fresh store (data folder, and on PostgreSQL its database), closed after the file. */
async function freshStore(): Promise<OwnCliStore> {
  const store = await cliStore();
  stores.push(store);
  return store;
}

/** Runs the CLI on `store` (a fresh one when not given). */
async function stip(args: string[], store?: OwnCliStore, env: Record<string, string> = {}) {
  const on = store ?? await freshStore();
  return { ...stipCli(args, on, env), store: on };
}

afterAll(async () => {
  for (const store of stores) await store.close();
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

interface CreateOutput {
  workshopId: string; gemeente: string; facilitatorLink: string;
  participants: { name: string; role: string; group: number; link: string }[];
  errors: { line: number; reason: string }[];
}

describe('npm run stip -- workshop create', () => {
  it('creates a workshop from the 47-person CSV with balanced groups and prints every link as JSON', async () => {
    const run = await stip(['workshop', 'create', '--gemeente', 'Middelstad', '--participants', CSV_47, '--json']);
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

    const server = await startTestServer({ dataDir: run.store.dataDir, databaseUrl: run.store.databaseUrl });
    try {
      const opened = await server.openLink(out.participants[0].link);
      expect(opened.location).toBe(`/w/${out.workshopId}/groep/${out.participants[0].group}`);
      expect((await server.openLink(out.facilitatorLink)).location).toBe(`/w/${out.workshopId}/regie`);
      expect(server.app.setupLink).toBeNull();
    } finally {
      await server.close();
    }
  });

  it('uses STIP_PUBLIC_URL in the links', async () => {
    const run = await stip(['workshop', 'create', '--gemeente', 'Webdorp', '--json'], undefined, { STIP_PUBLIC_URL: 'https://stip.webdorp.nl/' });
    const out = JSON.parse(run.stdout) as CreateOutput;
    expect(out.facilitatorLink).toMatch(/^https:\/\/stip\.webdorp\.nl\/j\//);
    expect(out.participants).toEqual([]);
  });

  it('prints a readable Dutch summary without --json, including the lines it could not read', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stip-csv-'));
    dirs.push(dir);
    const csv = path.join(dir, 'lijst.csv');
    fs.writeFileSync(csv, 'naam;rol\nAnna;raadslid\nBram;koning\n');
    const run = await stip(['workshop', 'create', '--gemeente', 'Leesdorp', '--participants', csv]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Workshop aangemaakt voor gemeente Leesdorp');
    expect(run.stdout).toContain('Link voor de procesbegeleider: http://localhost:8080/j/');
    expect(run.stdout).toContain('Anna (raadslid): http://localhost:8080/j/');
    expect(run.stdout).toContain('regel 3: Onbekende rol "koning".');
  });

  it('stops with a Dutch error and exit code 1 on a missing file, creating nothing', async () => {
    const run = await stip(['workshop', 'create', '--gemeente', 'Nergens', '--participants', '/bestaat/niet.csv']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Het bestand "/bestaat/niet.csv" bestaat niet.');
    const list = await stip(['workshop', 'list'], run.store);
    expect(list.stdout).toContain('Er zijn nog geen workshops.');
  });

  it('stops with a Dutch error and exit code 1 on bad arguments', async () => {
    const store = await freshStore();
    expect((await stip(['workshop', 'create'], store)).stderr).toContain('--gemeente');
    const unknown = await stip(['workshop', 'create', '--gemeente', 'X', '--kleur', 'rood'], store);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('onbekende optie --kleur');
    const missingValue = await stip(['workshop', 'create', '--gemeente'], store);
    expect(missingValue.code).toBe(1);
    const nonsense = await stip(['maak', 'koffie'], store);
    expect(nonsense.code).toBe(1);
    expect(nonsense.stderr).toContain('Onbekende opdracht');
  });
});

describe('npm run stip -- workshop list and setup-link', () => {
  it('lists the workshops of the data folder', async () => {
    const created = await stip(['workshop', 'create', '--gemeente', 'Lijstdorp', '--title', 'Visie 2030']);
    const list = await stip(['workshop', 'list', '--json'], created.store);
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout)).toEqual([expect.objectContaining({ gemeente: 'Lijstdorp', title: 'Visie 2030', participantCount: 0 })]);
  });

  it('prints a one-time set-up link that opens a set-up session on the server', async () => {
    const run = await stip(['setup-link']);
    expect(run.code).toBe(0);
    const link = /Open deze link om Stip in te richten: (\S+)/.exec(run.stdout)![1];
    const server = await startTestServer({ dataDir: run.store.dataDir, databaseUrl: run.store.databaseUrl });
    try {
      expect((await server.openLink(link)).location).toBe('/?fout=link-revoked');
      const again = await stip(['setup-link'], run.store);
      const fresh = /Open deze link om Stip in te richten: (\S+)/.exec(again.stdout)![1];
      expect((await server.openLink(fresh)).location).toBe('/regie');
      expect((await server.openLink(fresh)).location).toBe('/?fout=setup-link-used');
    } finally {
      await server.close();
    }
  });
});
