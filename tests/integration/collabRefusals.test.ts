// SPDX-License-Identifier: EUPL-1.2
/** The collaboration server refuses bad requests and bad frames, closing only the offending socket. */
import { afterEach, describe, expect, it } from 'vitest';
import { CLOSE } from '../../shared/closeCodes.js';
import { CollabHarness, groupDoc, testHeaders, waitFor, type HarnessOptions } from '../helpers/collabHarness.js';
import { hasSyncStep2, hugeClaimUpdate, queryAwarenessFrame, syncStep1Frame, syncStep2Frame, textUpdate, updateFrame } from '../helpers/collabFrames.js';

const textIn = (doc: import('yjs').Doc) => doc.getText('horizon').toString();

describe('collaboration refusals', () => {
  let h: CollabHarness;
  const start = async (options: HarnessOptions = {}) => { h = await CollabHarness.start(options); return h; };
  afterEach(async () => { await h?.dispose(); });

  describe('before the upgrade', () => {
    it('answers an unknown document name with 404 and does not upgrade', async () => {
      await start();
      for (const path of ['/collab/nope', '/collab/w/short/vision', '/collab/w/AbCdEfGhIjKl/m1/g/4', '/collab/w/AbCdEfGhIjKl/../vision']) {
        const answer = await h.upgrade(path, testHeaders({ name: 'Anna' }));
        expect(answer).toEqual({ status: 404, body: '{"error":"unknown-document"}', upgraded: false });
      }
    });

    it('accepts a valid name with a query string', async () => {
      await start();
      const answer = await h.upgrade(`/collab/${groupDoc()}?token=x`, testHeaders({ name: 'Anna' }));
      expect(answer.upgraded).toBe(true);
    });

    it('answers a refused authorization with its status before upgrading', async () => {
      await start();
      const noSession = await h.upgrade(`/collab/${groupDoc()}`, testHeaders({ name: 'Anna', refuse: 'noSession' }));
      expect(noSession).toEqual({ status: 401, body: '{"error":"no-session"}', upgraded: false });
      const forbidden = await h.upgrade(`/collab/${groupDoc()}`, testHeaders({ name: 'Anna', refuse: 'forbidden' }));
      expect(forbidden).toEqual({ status: 403, body: '{"error":"forbidden"}', upgraded: false });
    });

    it('refuses a browser page from another origin, and accepts the same host', async () => {
      await start();
      const foreign = await h.upgrade(`/collab/${groupDoc()}`, { ...testHeaders({ name: 'Anna' }), Origin: 'https://evil.example' });
      expect(foreign).toEqual({ status: 403, body: '{"error":"bad-origin"}', upgraded: false });
      const own = await h.upgrade(`/collab/${groupDoc()}`, { ...testHeaders({ name: 'Anna' }), Origin: `http://127.0.0.1:${h.port}` });
      expect(own.upgraded).toBe(true);
    });
  });

  describe('read-only connections', () => {
    it("refuses a reader's edit with 4003: not applied, not stored, not sent to others", async () => {
      await start();
      const docName = groupDoc();
      const writer = await h.connect(docName, { name: 'Anna' });
      const observer = await h.connect(docName, { name: 'Bram' });
      writer.doc.getText('horizon').insert(0, 'van Anna');
      const reader = await h.connect(docName, { name: 'Lezer', permission: 'read' });
      await waitFor(() => textIn(reader.doc) === 'van Anna', 'reader to receive');
      reader.doc.getText('horizon').insert(0, 'van de lezer ');
      await waitFor(() => reader.closes.length > 0, 'reader to be closed');
      expect(reader.closes[0]).toEqual({ code: 4003, reason: 'read-only' });
      writer.doc.getText('horizon').insert(8, '!');
      await waitFor(() => textIn(observer.doc).endsWith('!'), 'the next edit to arrive');
      expect(textIn(observer.doc)).toBe('van Anna!');
      expect(await h.documents.read(docName, textIn)).toBe('van Anna!');
      expect(await h.storedDoc(docName, textIn)).toBe('van Anna!');
    });

    it('refuses a raw sync step 2 with content from a reader, but answers its step 1', async () => {
      await start();
      const docName = groupDoc();
      const writer = await h.connect(docName, { name: 'Anna' });
      writer.doc.getText('horizon').insert(0, 'inhoud');
      await waitFor(async () => (await h.documents.read(docName, textIn)) === 'inhoud', 'the server to have the text');
      const reader = await h.raw(docName, { name: 'Lezer', permission: 'read' });
      reader.send(syncStep1Frame());
      await waitFor(() => hasSyncStep2(reader.received), 'step 2 for the reader');
      expect(reader.received.some((f) => f[0] === 0 && f[1] === 0)).toBe(false); // no step 1 to readers
      reader.send(syncStep2Frame(textUpdate('ingebroken')));
      expect(await reader.closed).toEqual({ code: 4003, reason: 'read-only' });
      expect(await h.documents.read(docName, textIn)).toBe('inhoud');
      expect(await h.storedDoc(docName, textIn)).toBe('inhoud');
    });

    it('ignores an update without any change from a reader', async () => {
      await start();
      const reader = await h.raw(groupDoc(), { name: 'Lezer', permission: 'read' });
      reader.send(updateFrame(Uint8Array.of(0, 0)));
      reader.send(syncStep1Frame());
      await waitFor(() => hasSyncStep2(reader.received), 'the reader to be answered');
      expect(reader.ws.readyState).toBe(reader.ws.OPEN);
    });
  });

  describe('bad frames', () => {
    it('closes a socket that sends garbage or an unknown message type with 4400; others keep syncing', async () => {
      await start();
      const docName = groupDoc();
      const anna = await h.connect(docName, { name: 'Anna' });
      const bram = await h.connect(docName, { name: 'Bram' });
      const garbage = await h.raw(docName, { name: 'Kapot' });
      const unknown = await h.raw(docName, { name: 'Onbekend' });
      const truncated = await h.raw(docName, { name: 'Half' });
      garbage.send(Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01));
      unknown.send(Uint8Array.of(7, 1, 2));
      truncated.send(Uint8Array.of(0, 2, 50, 1, 2));
      for (const raw of [garbage, unknown, truncated]) expect(await raw.closed).toEqual({ code: 4400, reason: 'malformed-frame' });
      anna.doc.getText('horizon').insert(0, 'gaat door');
      await waitFor(() => textIn(bram.doc) === 'gaat door', 'others to keep syncing');
      expect(anna.closes).toEqual([]);
      expect(bram.closes).toEqual([]);
    });

    it('closes a socket whose awareness state is not JSON with 4400', async () => {
      await start();
      const raw = await h.raw(groupDoc(), { name: 'Kapot' });
      const state = new TextEncoder().encode('{kapot');
      raw.send(Uint8Array.of(1, 4 + state.length, 1, 42, 1, state.length, ...state));
      expect(await raw.closed).toEqual({ code: 4400, reason: 'malformed-frame' });
    });

    it('closes a socket that sends a text frame with 4400', async () => {
      await start();
      const raw = await h.raw(groupDoc(), { name: 'Tekst' });
      raw.ws.send('hallo');
      expect(await raw.closed).toEqual({ code: 4400, reason: 'malformed-frame' });
    });

    it('closes a socket that sends a frame larger than the limit with 1009', async () => {
      await start({ limits: { maxFrameBytes: 64 * 1024 } });
      const docName = groupDoc();
      const anna = await h.connect(docName, { name: 'Anna' });
      const raw = await h.raw(docName, { name: 'Groot' });
      raw.send(updateFrame(textUpdate('x'.repeat(100 * 1024))));
      expect((await raw.closed).code).toBe(1009);
      expect(await h.documents.read(docName, textIn)).toBe('');
      expect(anna.closes).toEqual([]);
    });

    it('refuses an update that claims more structs than its bytes hold with 4422, changing nothing', async () => {
      await start();
      const docName = groupDoc();
      const anna = await h.connect(docName, { name: 'Anna' });
      anna.doc.getText('horizon').insert(0, 'blijft');
      await waitFor(async () => (await h.documents.read(docName, textIn)) === 'blijft', 'the server to have the text');
      const raw = await h.raw(docName, { name: 'Aanvaller' });
      raw.send(updateFrame(hugeClaimUpdate()));
      expect(await raw.closed).toEqual({ code: 4422, reason: 'update-refused' });
      expect(await h.documents.read(docName, textIn)).toBe('blijft');
    });

    it('refuses an empty (zero-byte) update with 4422', async () => {
      await start();
      const raw = await h.raw(groupDoc(), { name: 'Leeg' });
      raw.send(updateFrame(new Uint8Array(0)));
      expect(await raw.closed).toEqual({ code: 4422, reason: 'update-refused' });
    });
  });

  describe('limits', () => {
    it('closes a socket that floods messages with 4429', async () => {
      await start({ limits: { messagesPerSecond: 5 } });
      const docName = groupDoc();
      const raw = await h.raw(docName, { name: 'Vloed' });
      for (let i = 0; i < 200; i++) raw.send(queryAwarenessFrame());
      expect(await raw.closed).toEqual({ code: 4429, reason: 'rate-limited' });
    });

    it('answers a few requests for the whole document, then closes a socket that keeps asking with 4429', async () => {
      await start();
      const docName = groupDoc();
      const watcher = await h.connect(docName, { name: 'Anna' });
      const raw = await h.raw(docName, { name: 'Vrager' });
      for (let i = 0; i < 3; i++) raw.send(syncStep1Frame());
      await waitFor(() => raw.received.filter((f) => hasSyncStep2([f])).length === 3, 'three answers');
      raw.send(syncStep1Frame());
      expect(await raw.closed).toEqual({ code: 4429, reason: 'rate-limited' });
      expect(watcher.closes).toEqual([]);
    });

    it('refuses writes to a document past its size ceiling with 4507', async () => {
      await start({ limits: { maxDocumentBytes: 2_000 } });
      const docName = groupDoc();
      const anna = await h.raw(docName, { name: 'Anna' });
      anna.send(updateFrame(textUpdate('a'.repeat(1_500))));
      anna.send(updateFrame(textUpdate('b'.repeat(1_500), 'tweede')));
      expect(await anna.closed).toEqual({ code: CLOSE.documentFull.code, reason: CLOSE.documentFull.reason });
      expect(await h.documents.read(docName, (doc) => doc.getText('tweede').length)).toBe(0);
    });
  });
});
