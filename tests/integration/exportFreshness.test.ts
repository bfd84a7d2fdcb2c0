// SPDX-License-Identifier: EUPL-1.2
/**
 * The dossier is read by the export process on its own connection: what a participant typed up to
 * the click is in it (the server writes its pending updates first, even with a flush window far
 * longer than the test), and the finished file lies in the data folder only for the server's user
 * and only while the job is kept: downloaded as often as needed, gone when the server stops, and a
 * file a stopped server left behind is removed when it starts.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierOverview } from '../../shared/apiExport.js';
import { groupDocName } from '../../shared/docNames.js';
import { horizonOf } from '../../shared/groupDoc.js';
import { exportThroughApi } from '../helpers/exportDownload.js';
import { collabClient, startTestServer, until, type SeededWorkshop, type TestServer } from '../helpers/stipServer.js';

const TYPED = 'Samen met inwoners, vanaf het begin – net getypt.';
let server: TestServer;
let seeded: SeededWorkshop;

beforeAll(async () => {
  // Ten minutes: nothing typed reaches the store in this test unless the export has it written.
  server = await startTestServer({ flushIntervalMs: 600_000 });
  seeded = await server.seedWorkshop({
    gemeente: 'Versdorp',
    participants: [{ name: 'Anna de Vries', role: 'raadslid', group: 1 }, { name: 'Bram Ĳzerman', role: 'ambtenaar', group: 1 }],
  });
});
afterAll(async () => {
  await server.close();
});

const exportsFolder = () => path.join(server.dataDir, 'exports');
const filesInFolder = () => (fs.existsSync(exportsFolder()) ? fs.readdirSync(exportsFolder()) : []);

describe('the dossier export', () => {
  it('holds what a participant typed just before the click', async () => {
    const [anna, bram] = seeded.participants;
    const annaClient = collabClient(server.url, groupDocName(seeded.workshopId, 1), anna.cookie);
    const bramClient = collabClient(server.url, groupDocName(seeded.workshopId, 1), bram.cookie);
    try {
      await Promise.all([annaClient.synced(), bramClient.synced()]);
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(TYPED)]);
      horizonOf(annaClient.doc).insert(0, [paragraph]);
      // Bram sees it: the server accepted it (it is not written to the store yet).
      await until([bramClient.doc], () => horizonOf(bramClient.doc).toString().includes('net getypt'));

      const overview = await server.api<DossierOverview>(`/api/workshops/${seeded.workshopId}/dossier`, { cookie: seeded.facilitator.cookie });
      expect(overview.body.parts.find((p) => p.id === 'origin')?.empty).toBe(false);
      const { job, bytes } = await exportThroughApi(server, seeded.workshopId, seeded.facilitator.cookie, { format: 'md', parts: ['origin'] });
      expect(job.state).toBe('done');
      expect(bytes.toString('utf8')).toContain(TYPED);
    } finally {
      annaClient.destroy();
      bramClient.destroy();
    }
  });

  it('keeps the file in the data folder for the server user only, downloads it again, and removes it when the server stops', async () => {
    const first = await exportThroughApi(server, seeded.workshopId, seeded.facilitator.cookie, { format: 'docx' });
    expect(first.job.state).toBe('done');
    const files = filesInFolder();
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(fs.statSync(path.join(exportsFolder(), file)).mode & 0o777).toBe(0o600);
    const again = await fetch(first.fileUrl, { headers: { cookie: seeded.facilitator.cookie } });
    expect(again.status).toBe(200);
    expect(Buffer.from(await again.arrayBuffer()).equals(first.bytes)).toBe(true);

    await server.restart();
    expect(filesInFolder()).toEqual([]);
  });

  it('removes a file a stopped server left behind when it starts again', async () => {
    fs.mkdirSync(exportsFolder(), { recursive: true });
    fs.writeFileSync(path.join(exportsFolder(), 'achtergebleven.dossier'), 'dossier van een gestopte server', { mode: 0o600 });
    await server.restart();
    expect(filesInFolder()).toEqual([]);
  });
});
