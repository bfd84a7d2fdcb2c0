// SPDX-License-Identifier: EUPL-1.2
/**
 * A copy of a document from an earlier history is never merged back: after the server's history of
 * a document was reset (store lost, document deleted and made again, content written anew by the
 * server), a client that comes back with its old copy is refused with CLOSE.historyReset before
 * any sync, and the server's document has no duplicate content. Clients of the current history,
 * and clients without a copy, sync as always.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { CLOSE } from '../../shared/closeCodes.js';
import { EPOCH_KEY, EPOCH_MAP, readDocEpoch } from '../../shared/docEpoch.js';
import { addStatement, listStatements } from '../../shared/groupDoc.js';
import { visionContentOf, writeVisionSkeleton } from '../../shared/visionDoc.js';
import {
  CollabHarness, groupDoc, testHeaders, waitFor, webSocketWithHeaders, type SeenClose,
} from '../helpers/collabHarness.js';

/** One client: its own Y.Doc (its "local copy"), connected with or without naming an epoch. */
interface Peer { doc: Y.Doc; provider: WebsocketProvider; closes: SeenClose[] }

const texts = (doc: Y.Doc) => listStatements(doc).map((s) => s.text);
const headings = (doc: Y.Doc) => visionContentOf(doc).toArray()
  .filter((node): node is Y.XmlElement => node instanceof Y.XmlElement && node.nodeName === 'heading')
  .map((node) => node.toArray().map((t) => (t as Y.XmlText).toString()).join(''));

describe('document epochs', () => {
  const harnesses: CollabHarness[] = [];
  const peers: Peer[] = [];
  const start = async (options: Parameters<typeof CollabHarness.start>[0] = {}) => {
    const h = await CollabHarness.start(options);
    harnesses.push(h);
    return h;
  };
  afterEach(async () => {
    for (const p of peers.splice(0)) p.provider.destroy();
    for (const h of harnesses.splice(0).reverse()) await h.dispose();
  });

  /** Connects a stock provider on `doc`, naming `epoch` when given (as the browser client does). */
  function join(h: CollabHarness, docName: string, doc: Y.Doc, epoch: string | null, name = 'Anna'): Peer {
    const closes: SeenClose[] = [];
    const provider = new WebsocketProvider(h.url, docName, doc, {
      disableBc: true,
      params: epoch === null ? {} : { epoch },
      WebSocketPolyfill: webSocketWithHeaders(testHeaders({ name })) as unknown as typeof globalThis.WebSocket,
      shouldReconnect: () => false,
    });
    provider.on('connection-close', (event) => { if (event) closes.push({ code: event.code, reason: event.reason }); });
    const peer = { doc, provider, closes };
    peers.push(peer);
    return peer;
  }

  /** Waits until the peer synced or was closed, and says which. */
  async function outcome(peer: Peer): Promise<'synced' | SeenClose> {
    await waitFor(() => peer.provider.synced || peer.closes.length > 0, 'sync or close');
    return peer.provider.synced ? 'synced' : peer.closes[0];
  }

  /** Writes statements as Anna and waits until the server stored them; returns her copy and its epoch. */
  async function writeAndLeave(h: CollabHarness, docName: string, statements: string[]): Promise<{ copy: Y.Doc; epoch: string }> {
    const copy = new Y.Doc();
    const anna = join(h, docName, copy, null);
    expect(await outcome(anna)).toBe('synced');
    for (const text of statements) addStatement(copy, { kind: 'openStaan', text, authorKey: 'a-anna', authorRole: 'raadslid' });
    await waitFor(async () => (await h.storedDoc(docName, texts)).length === statements.length, 'the statements to be stored');
    const epoch = readDocEpoch(copy);
    expect(epoch).not.toBeNull();
    anna.provider.disconnect();
    return { copy, epoch: epoch! };
  }

  const historyReset = { code: CLOSE.historyReset.code, reason: CLOSE.historyReset.reason };

  it('refuses a copy of the old history after the store was lost, and the new document has no duplicates', async () => {
    const docName = groupDoc();
    const before = await start();
    const { copy, epoch } = await writeAndLeave(before, docName, ['Wij staan open.', 'Wij laten los.']);
    await before.dispose();

    const after = await start(); // a new, empty data folder: the store was lost
    await after.documents.change(docName, (doc) => { addStatement(doc, { kind: 'openStaan', text: 'Nieuw begin.', authorKey: 'a-fac', authorRole: 'facilitator' }); });
    const anna = join(after, docName, copy, epoch);

    expect(await outcome(anna)).toEqual(historyReset);
    expect(await after.documents.read(docName, texts)).toEqual(['Nieuw begin.']);
    expect(await after.storedDoc(docName, texts)).toEqual(['Nieuw begin.']);
    expect(await after.documents.read(docName, readDocEpoch)).not.toBe(epoch);
    expect(texts(copy).sort()).toEqual(['Wij laten los.', 'Wij staan open.']); // her copy got nothing of the new history
  });

  it('gives a deleted and re-made vision a new epoch, so an old copy does not double its headings', async () => {
    const h = await start();
    const docName = `w/${groupDoc().split('/')[1]}/vision`;
    await h.documents.change(docName, (doc) => writeVisionSkeleton(doc, 'nl'));
    const copy = new Y.Doc();
    const facilitator = join(h, docName, copy, null);
    expect(await outcome(facilitator)).toBe('synced');
    const oldEpoch = readDocEpoch(copy)!;
    facilitator.provider.disconnect();

    await h.documents.forget((name) => name === docName, CLOSE.sessionEnded);
    await h.store.delete(docName);
    await h.documents.change(docName, (doc) => writeVisionSkeleton(doc, 'nl')); // the server writes the headings again, as a new Yjs client
    const again = join(h, docName, copy, oldEpoch);

    expect(await outcome(again)).toEqual(historyReset);
    expect(await h.documents.read(docName, headings)).toEqual(['Open staan', 'Loslaten', 'Cultuurverandering', 'Stip op de horizon']);
  });

  it('refuses a client that names no epoch but answers the sync with the old history, and applies none of it', async () => {
    const docName = groupDoc();
    const before = await start();
    const { copy } = await writeAndLeave(before, docName, ['Wij staan open.']);
    await before.dispose();

    const after = await start();
    await after.documents.change(docName, (doc) => { addStatement(doc, { kind: 'loslaten', text: 'Nieuw begin.', authorKey: 'a-fac', authorRole: 'facilitator' }); });
    const oldTab = join(after, docName, copy, null);

    await waitFor(() => oldTab.closes.length > 0, 'the old tab to be closed');
    expect(oldTab.closes[0]).toEqual(historyReset);
    expect(await after.documents.read(docName, texts)).toEqual(['Nieuw begin.']);
    expect(await after.storedDoc(docName, texts)).toEqual(['Nieuw begin.']);
  });

  it('lets a copy of the current history sync as always, after a restart and a compaction', async () => {
    const docName = groupDoc();
    const before = await start({ compactAfterUpdates: 3 });
    const { copy, epoch } = await writeAndLeave(before, docName, ['Een.', 'Twee.', 'Drie.', 'Vier.']);
    await before.stop();

    const after = await start({ dataDir: before.dataDir, compactAfterUpdates: 3 });
    expect((await after.store.load(docName)).updates.length).toBeLessThan(4); // compacted
    const anna = join(after, docName, copy, epoch);
    expect(await outcome(anna)).toBe('synced');
    addStatement(copy, { kind: 'cultuur', text: 'Vijf.', authorKey: 'a-anna', authorRole: 'raadslid' });

    await waitFor(async () => (await after.documents.read(docName, texts)).length === 5, 'the fifth statement on the server');
    expect((await after.documents.read(docName, texts)).sort()).toEqual(['Drie.', 'Een.', 'Twee.', 'Vier.', 'Vijf.']);
    expect(await after.documents.read(docName, readDocEpoch)).toBe(epoch);
  });

  it('lets a client without a copy sync, and tells it the epoch', async () => {
    const h = await start();
    const docName = groupDoc();
    const { epoch } = await writeAndLeave(h, docName, ['Wij staan open.']);
    const bram = join(h, docName, new Y.Doc(), null, 'Bram');

    expect(await outcome(bram)).toBe('synced');
    expect(texts(bram.doc)).toEqual(['Wij staan open.']);
    expect(readDocEpoch(bram.doc)).toBe(epoch);
  });

  it('closes a refused socket before sending it anything, also for a malformed epoch', async () => {
    const h = await start();
    const docName = groupDoc();
    await writeAndLeave(h, docName, ['Wij staan open.']);
    for (const claim of ['AAAAAAAAAAAAAAAA', 'not an epoch', '']) {
      const raw = await h.raw(`${docName}?epoch=${encodeURIComponent(claim)}`, { name: 'Bram' });
      expect(await raw.closed).toEqual(historyReset);
      expect(raw.received).toEqual([]);
    }
    expect(h.logs.filter((l) => l.msg === 'collab.history-reset')).toHaveLength(3);
  });

  it('puts the epoch back when a client changes or deletes it', async () => {
    const h = await start();
    const docName = groupDoc();
    const anna = join(h, docName, new Y.Doc(), null);
    expect(await outcome(anna)).toBe('synced');
    const epoch = readDocEpoch(anna.doc)!;

    anna.doc.getMap(EPOCH_MAP).set(EPOCH_KEY, 'BBBBBBBBBBBBBBBB');
    await waitFor(() => readDocEpoch(anna.doc) === epoch, 'the epoch to be restored in her copy');
    anna.doc.getMap(EPOCH_MAP).delete(EPOCH_KEY);
    await waitFor(() => readDocEpoch(anna.doc) === epoch, 'the epoch to be restored again');

    expect(await h.storedDoc(docName, readDocEpoch)).toBe(epoch);
    const bram = join(h, docName, new Y.Doc(), epoch, 'Bram');
    expect(await outcome(bram)).toBe('synced');
  });
});
