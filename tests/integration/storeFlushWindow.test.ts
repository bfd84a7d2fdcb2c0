// SPDX-License-Identifier: EUPL-1.2
/**
 * STIP_FLUSH_MS sets the one flush window there is, the document store's: with a window of a
 * minute, what a client typed is in the room but not yet in the file, and it is written when the
 * server stops.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { groupDocName } from '../../shared/docNames.js';
import { writeProbe, hasProbe } from '../helpers/probeWrite.js';
import { loadConfig } from '../../server/config.js';
import { collabClient, startTestServer, until, type CollabClient, type TestServer } from '../helpers/stipServer.js';

const clients: CollabClient[] = [];
let server: TestServer | null = null;

afterAll(async () => {
  for (const c of clients) c.destroy();
  if (server) fs.rmSync(server.dataDir, { recursive: true, force: true });
});

function storedRows(dataDir: string, docName: string): number {
  const reader = new Database(path.join(dataDir, 'stip.sqlite'), { readonly: true });
  try {
    return (reader.prepare('SELECT COUNT(*) AS n FROM collab_updates WHERE doc_name = ?').get(docName) as { n: number }).n;
  } finally {
    reader.close();
  }
}

describe('the flush window', () => {
  it('is set by STIP_FLUSH_MS and owned by the store: edits wait in it and are written at shutdown', async () => {
    const { flushIntervalMs } = loadConfig({ STIP_FLUSH_MS: '60000' });
    expect(flushIntervalMs).toBe(60_000);
    server = await startTestServer({ flushIntervalMs });
    const seeded = await server.seedWorkshop({ gemeente: 'Vensterdorp', participants: [{ name: 'Anna', role: 'raadslid', group: 1 }, { name: 'Bram', role: 'ambtenaar', group: 1 }] });
    const docName = groupDocName(seeded.workshopId, 1);
    const anna = collabClient(server.url, docName, seeded.participants[0].cookie);
    const bram = collabClient(server.url, docName, seeded.participants[1].cookie);
    clients.push(anna, bram);
    await Promise.all([anna.synced(), bram.synced()]);
    writeProbe(anna.doc, docName, 'in het venster');
    await until([bram.doc], () => hasProbe(bram.doc, docName, 'in het venster'));
    expect(storedRows(server.dataDir, docName)).toBe(0);
    anna.destroy();
    bram.destroy();
    await server.app.close();
    expect(storedRows(server.dataDir, docName)).toBeGreaterThan(0);
  });
});
