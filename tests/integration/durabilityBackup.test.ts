// SPDX-License-Identifier: EUPL-1.2
/**
 * Backup and restore with the command line: a backup is made while the server runs and writes,
 * restored into an empty data folder, and a server started there finds every document and every
 * participant as they were — old sessions and links included. Bad files and a running server are
 * refused without changing anything.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { MeAnswer, ParticipantView, WorkshopDetail } from '../../shared/api.js';
import { groupDocName, visionDocName } from '../../shared/docNames.js';
import { addStatement, horizonOf, listStatements, setEndorsement } from '../../shared/groupDoc.js';
import { visionContentOf } from '../../shared/visionDoc.js';
import { runStipCli, runStipCliAsync } from '../../scripts/soak/stipProcess.js';
import { collabClient, startTestServer, type CollabClient, type SeededWorkshop, type TestServer } from '../helpers/stipServer.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stip-backup-'));
const sourceDir = path.join(tmp, 'bron');
const targetDir = path.join(tmp, 'doel');
const backupFile = path.join(tmp, 'kopie.sqlite');

let server: TestServer;
let seeded: SeededWorkshop;
let before: { detail: WorkshopDetail; docs: Record<string, string> };
const clients: CollabClient[] = [];

/** A document as plain data, to compare copies. */
const docContent = (doc: Y.Doc) => JSON.stringify({
  statements: listStatements(doc).map((s) => [s.kind, s.text, s.authorKey]),
  horizon: horizonOf(doc).toString(),
  vision: visionContentOf(doc).toString(),
});

const people = (d: WorkshopDetail) => d.participants.map((p) => ({ id: p.id, name: p.name, role: p.role, email: p.email, group: p.group }));

async function snapshot(s: TestServer): Promise<typeof before> {
  const detail = (await s.api<WorkshopDetail>(`/api/workshops/${seeded.workshopId}`, { cookie: seeded.facilitator.cookie })).body;
  const docs: Record<string, string> = {};
  for (const name of [1, 2, 3].map((g) => groupDocName(seeded.workshopId, g)).concat(visionDocName(seeded.workshopId))) {
    docs[name] = await s.app.documents.read(name, docContent);
  }
  return { detail, docs };
}

function paragraph(text: string): Y.XmlElement {
  const p = new Y.XmlElement('paragraph');
  p.insert(0, [new Y.XmlText(text)]);
  return p;
}

beforeAll(async () => {
  server = await startTestServer({ dataDir: sourceDir });
  seeded = await server.seedWorkshop({
    gemeente: 'Kopiedorp',
    participants: [
      { name: 'Anna Kopie', role: 'raadslid', group: 1 }, { name: 'Bram Kopie', role: 'ambtenaar', group: 2 },
      { name: 'Cees Kopie', role: 'directie', group: 3 }, { name: 'Dina Kopie', role: 'collegelid', group: 1 },
    ],
  });
  await server.api<ParticipantView>(`/api/workshops/${seeded.workshopId}/participants/${seeded.participants[0].id}`, { method: 'PATCH', cookie: seeded.facilitator.cookie, body: { email: 'anna@kopiedorp.example' } });
  for (const p of seeded.participants.slice(0, 3)) {
    const client = collabClient(server.url, groupDocName(seeded.workshopId, p.group!), p.cookie);
    clients.push(client);
    await client.synced();
    addStatement(client.doc, { kind: 'cultuur', text: `Uitspraak van ${p.name}`, authorKey: p.authorKey, authorRole: p.role });
    horizonOf(client.doc).push([paragraph(`Horizon van groep ${p.group}`)]);
  }
  const vision = collabClient(server.url, visionDocName(seeded.workshopId), seeded.facilitator.cookie);
  clients.push(vision);
  await vision.synced();
  visionContentOf(vision.doc).push([paragraph('De visie van Kopiedorp')]);
  // Wait until the server holds every edit and has written it to the file (flushed within its window).
  const inFile = (docName: string, text: string) => (server.app.db.prepare('SELECT data FROM collab_updates WHERE doc_name = ?').all(docName) as { data: Buffer }[])
    .some((r) => r.data.includes(Buffer.from(text)));
  const wanted: [string, string][] = seeded.participants.slice(0, 3).map((p) => [groupDocName(seeded.workshopId, p.group!), `Horizon van groep ${p.group}`]);
  wanted.push([visionDocName(seeded.workshopId), 'De visie van Kopiedorp']);
  while (!wanted.every(([doc, text]) => inFile(doc, text))) await new Promise((r) => setTimeout(r, 20));
  before = await snapshot(server);
});

afterAll(async () => {
  for (const c of clients) c.destroy();
  await server?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('npm run stip -- backup', () => {
  it('makes a backup while the server runs and clients write, readable only by its owner', async () => {
    const busy = clients[0];
    let written = 0;
    const busyKey = seeded.participants[0].authorKey;
    const own = listStatements(busy.doc).find((st) => st.authorKey === busyKey)!.id;
    // Endorsing and un-endorsing their own statement: a stream of writes the compared content does not show.
    const writer = setInterval(() => { setEndorsement(busy.doc, own, busyKey, written % 2 === 0); written++; }, 5);
    const run = await runStipCliAsync(['backup', backupFile], sourceDir);
    clearInterval(writer);
    expect(written).toBeGreaterThan(10);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Reservekopie gemaakt: ${backupFile}`);
    expect(run.stdout).toContain('1 workshops, 5 deelnemers');
    expect(fs.statSync(backupFile).mode & 0o777).toBe(0o600);
  });

  it('never overwrites an existing file', () => {
    const run = runStipCli(['backup', backupFile], sourceDir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('bestaat al');
  });
});

describe('npm run stip -- restore', () => {
  it('refuses while a server holds the data folder', () => {
    const run = runStipCli(['restore', backupFile], sourceDir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Stip draait nog op deze gegevensmap');
  });

  it('refuses a file that is not a Stip backup, changing nothing', () => {
    const text = path.join(tmp, 'tekst.sqlite');
    fs.writeFileSync(text, 'dit is geen database');
    for (const file of [text, path.join(sourceDir, 'stip.sqlite'), path.join(tmp, 'bestaat-niet.sqlite')]) {
      const run = runStipCli(['restore', file], targetDir);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/geen Stip-reservekopie|bestaat niet/);
    }
    expect(fs.existsSync(path.join(targetDir, 'stip.sqlite'))).toBe(false);
  });

  it('puts everything back: a server on the restored folder finds every document and participant', async () => {
    const run = runStipCli(['restore', backupFile], targetDir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Reservekopie teruggezet: 1 workshops, 5 deelnemers');
    expect(run.stdout).toContain('andere sleutel');
    const restored = await startTestServer({ dataDir: targetDir });
    try {
      const after = await snapshot(restored);
      expect(people(after.detail)).toEqual(people(before.detail));
      expect(after.detail.gemeente).toBe('Kopiedorp');
      expect(after.docs).toEqual(before.docs);
      expect(JSON.parse(after.docs[groupDocName(seeded.workshopId, 1)]).statements).toEqual([['cultuur', 'Uitspraak van Anna Kopie', seeded.participants[0].authorKey]]);
      const anna = seeded.participants[0];
      const me = await restored.api<MeAnswer>('/api/me', { cookie: anna.cookie });
      expect(me.status).toBe(200);
      expect((await restored.openLink(anna.link)).location).toBe(`/w/${seeded.workshopId}/groep/1`);
      const client = collabClient(restored.url, groupDocName(seeded.workshopId, 1), anna.cookie);
      await client.synced();
      expect(listStatements(client.doc).map((s) => s.text)).toEqual(['Uitspraak van Anna Kopie']);
      client.destroy();
    } finally {
      await restored.close();
    }
  });

  it('keeps the store it replaces aside', () => {
    const run = runStipCli(['restore', backupFile], targetDir);
    expect(run.code).toBe(0);
    const aside = /De vorige database staat nog in (\S+)\. /.exec(run.stdout)?.[1];
    expect(aside && fs.existsSync(aside)).toBe(true);
  });
});
