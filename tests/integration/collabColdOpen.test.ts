// SPDX-License-Identifier: EUPL-1.2
/**
 * A document stored as one update (as every unload leaves it) opens without rebuilding it first:
 * a new copy gets the stored bytes themselves as its sync answer, a writer gets the server's sync
 * step 1 with the stored bytes' state vector, and the room builds its Y.Doc once something needs
 * it (or a few seconds later). Nothing else changes: copies that hold part of
 * the document get what they lack, changes right after the load are stored and sent, and every
 * copy learns the document's epoch.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { readDocEpoch } from '../../shared/docEpoch.js';
import { syncStep1Frame } from '../helpers/collabFrames.js';
import { CollabHarness, groupDoc, waitFor } from '../helpers/collabHarness.js';

const textIn = (doc: Y.Doc) => doc.getText('horizon').toString();

/** The state vector inside a sync step 1 frame, or null for any other frame. */
function step1StateVector(frame: Uint8Array): Uint8Array | null {
  const decoder = decoding.createDecoder(frame);
  if (decoding.readVarUint(decoder) !== 0 || decoding.readVarUint(decoder) !== 0) return null;
  return decoding.readVarUint8Array(decoder);
}

/** The update inside a sync step 2 frame, or null for any other frame. */
function step2Update(frame: Uint8Array): Uint8Array | null {
  const decoder = decoding.createDecoder(frame);
  if (decoding.readVarUint(decoder) !== 0 || decoding.readVarUint(decoder) !== 1) return null;
  return decoding.readVarUint8Array(decoder);
}

describe('opening an unloaded document', () => {
  const harnesses: CollabHarness[] = [];
  afterEach(async () => {
    for (const h of harnesses.splice(0).reverse()) await h.dispose();
  });

  /** A harness with one document written by Anna and unloaded (stored as one compacted update). */
  async function unloadedDocument(text: string) {
    const h = await CollabHarness.start({ roomIdleMs: 20 });
    harnesses.push(h);
    const docName = groupDoc();
    const anna = await h.connect(docName, { name: 'Anna' });
    for (const [i, ch] of [...text].entries()) anna.doc.getText('horizon').insert(i, ch);
    await waitFor(async () => (await h.documents.read(docName, textIn)) === text, 'the server to have the text');
    anna.destroy();
    await waitFor(() => h.server.stats().rooms === 0, 'the room to unload');
    const stored = await h.store.load(docName);
    expect(stored.updates).toHaveLength(1);
    return { h, docName, stored: stored.updates[0] };
  }

  it('answers a new copy with the stored bytes, and the copy learns the epoch', async () => {
    const { h, docName, stored } = await unloadedDocument('Wij laten los.');
    const raw = await h.raw(docName, { name: 'Bram' });
    raw.send(syncStep1Frame());
    await waitFor(() => raw.received.some((f) => step2Update(f) !== null), 'the sync answer');
    const answer = raw.received.map(step2Update).find((u) => u !== null)!;
    expect(Buffer.from(answer).equals(Buffer.from(stored))).toBe(true);

    const cas = await h.connect(docName, { name: 'Cas' });
    expect(textIn(cas.doc)).toBe('Wij laten los.');
    const epoch = await h.documents.read(docName, readDocEpoch);
    expect(epoch).not.toBeNull();
    await waitFor(() => readDocEpoch(cas.doc) === epoch, 'Cas to learn the epoch');
  });

  it('asks a writer for what it holds right after answering it, with the stored bytes\' state vector', async () => {
    const { h, docName, stored } = await unloadedDocument('Wij laten los.');
    const raw = await h.raw(docName, { name: 'Bram' });
    raw.send(syncStep1Frame());
    await waitFor(() => raw.received.some((f) => step1StateVector(f) !== null), 'the server\'s sync step 1');
    const answerAt = raw.received.findIndex((f) => step2Update(f) !== null);
    expect(answerAt).toBeGreaterThanOrEqual(0);
    expect(raw.received.findIndex((f) => step1StateVector(f) !== null)).toBeGreaterThan(answerAt);
    const stateVector = raw.received.map(step1StateVector).find((v) => v !== null)!;
    const built = new Y.Doc();
    Y.applyUpdate(built, stored);
    expect(Y.decodeStateVector(stateVector)).toEqual(Y.decodeStateVector(Y.encodeStateVector(built)));
  });

  it('stores and sends a change made right after the load', async () => {
    const { h, docName } = await unloadedDocument('abc');
    const bram = await h.connect(docName, { name: 'Bram' });
    const cas = await h.connect(docName, { name: 'Cas' });
    bram.doc.getText('horizon').insert(3, 'd');
    await waitFor(() => textIn(cas.doc) === 'abcd', 'Cas to see the change');
    bram.destroy();
    cas.destroy();
    await waitFor(() => h.server.stats().rooms === 0, 'the room to unload again');
    expect(await h.documents.read(docName, textIn)).toBe('abcd');
  });

  it('gives a copy that holds part of the document what it lacks, and takes what it brings', async () => {
    const { h, docName, stored } = await unloadedDocument('abc');
    const copy = new Y.Doc();
    Y.applyUpdate(copy, stored);
    copy.getText('horizon').insert(0, '>');
    const dirk = await h.connect(docName, { name: 'Dirk' }, { doc: copy });
    await waitFor(async () => (await h.documents.read(docName, textIn)) === '>abc', 'the server to take the offline edit');
    expect(textIn(dirk.doc)).toBe('>abc');
  });
});
