// SPDX-License-Identifier: EUPL-1.2
/** What clients write survives restarts, idle unloads and compaction of the SQLite log. */
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLOSE } from '../../shared/closeCodes.js';
import { CollabHarness, groupDoc, waitFor } from '../helpers/collabHarness.js';

const textIn = (doc: Y.Doc) => doc.getText('horizon').toString();

describe('collaboration persistence', () => {
  const harnesses: CollabHarness[] = [];
  const start = async (options: Parameters<typeof CollabHarness.start>[0] = {}) => {
    const h = await CollabHarness.start(options);
    harnesses.push(h);
    return h;
  };
  afterEach(async () => {
    for (const h of harnesses.splice(0).reverse()) await h.dispose();
  });

  it('keeps the document when the server and store restart on the same SQLite file', async () => {
    const first = await start();
    const docName = groupDoc();
    const anna = await first.connect(docName, { name: 'Anna' });
    anna.doc.getText('horizon').insert(0, 'Wij laten los.');
    anna.doc.getMap('meta').set('step', 2);
    await waitFor(async () => (await first.documents.read(docName, textIn)) === 'Wij laten los.', 'the server to have the text');
    await first.stop();

    const second = await start({ dataDir: first.dataDir });
    const bram = await second.connect(docName, { name: 'Bram' });
    expect(textIn(bram.doc)).toBe('Wij laten los.');
    expect(bram.doc.getMap('meta').get('step')).toBe(2);
  });

  it('closes every socket with 1012 on shutdown, and shutting down twice is harmless', async () => {
    const h = await start();
    const anna = await h.connect(groupDoc(), { name: 'Anna' });
    const raw = await h.raw(groupDoc(), { name: 'Bram' });
    await Promise.all([h.server.shutdown(), h.server.shutdown()]);
    expect(await raw.closed).toEqual({ code: CLOSE.serverShutdown.code, reason: CLOSE.serverShutdown.reason });
    await waitFor(() => anna.closes.length > 0, 'Anna to be closed');
    expect(anna.closes[0].code).toBe(1012);
    expect(h.server.stats()).toEqual({ rooms: 0, connections: 0 });
  });

  it('unloads an idle room after the last socket left and reloads it intact', async () => {
    const h = await start({ roomIdleMs: 20 });
    const docName = groupDoc();
    const anna = await h.connect(docName, { name: 'Anna' });
    for (let i = 0; i < 20; i++) anna.doc.getText('horizon').insert(i, String(i % 10));
    await waitFor(async () => (await h.documents.read(docName, textIn)).length === 20, 'all edits on the server');
    anna.destroy();
    await waitFor(() => h.server.stats().rooms === 0, 'the room to unload');
    const stored = await h.store.load(docName);
    expect(stored.updates).toHaveLength(1);

    const bram = await h.connect(docName, { name: 'Bram' });
    expect(textIn(bram.doc)).toBe('01234567890123456789');
    expect(h.server.stats().rooms).toBe(1);
  });

  it('loses nothing when clients come back while their room is unloading', async () => {
    const h = await start({ roomIdleMs: 0 });
    const docName = groupDoc();
    let expected = '';
    for (let round = 0; round < 6; round++) {
      const client = await h.connect(docName, { name: `Deelnemer${round}` });
      expect(textIn(client.doc)).toBe(expected);
      client.doc.getText('horizon').insert(expected.length, String(round));
      expected += String(round);
      await waitFor(async () => (await h.documents.read(docName, textIn)) === expected, 'the edit on the server');
      client.destroy();
    }
    const last = await h.connect(docName, { name: 'Laatste' });
    expect(textIn(last.doc)).toBe('012345');
  });

  it('reads a document that is not in memory straight from the store', async () => {
    const h = await start({ roomIdleMs: 0 });
    const docName = groupDoc();
    const anna = await h.connect(docName, { name: 'Anna' });
    anna.doc.getText('horizon').insert(0, 'opgeslagen');
    await waitFor(async () => (await h.documents.read(docName, textIn)) === 'opgeslagen');
    anna.destroy();
    await waitFor(() => h.server.stats().rooms === 0, 'the room to unload');
    expect(await h.documents.read(docName, textIn)).toBe('opgeslagen');
    expect(h.server.stats().rooms).toBe(0);
  });

  it('compacts the log after the configured number of updates without losing anything', async () => {
    const h = await start({ compactAfterUpdates: 10 });
    const docName = groupDoc();
    const anna = await h.connect(docName, { name: 'Anna' });
    const text = 'Stip op de horizon: samen verder.';
    for (let i = 0; i < text.length; i++) anna.doc.getText('horizon').insert(i, text[i]);
    await waitFor(async () => (await h.documents.read(docName, textIn)) === text, 'all edits on the server');
    await waitFor(async () => (await h.store.load(docName)).updates.length < 10, 'the log to be compacted');
    expect(await h.storedDoc(docName, textIn)).toBe(text);
    await h.stop();
    const again = await start({ dataDir: h.dataDir });
    expect(await again.documents.read(docName, textIn)).toBe(text);
  });

  it('refuses to read an invalid document name', async () => {
    const h = await start();
    await expect(h.documents.read('w/../etc', textIn)).rejects.toThrow(/unknown document/);
  });
});
