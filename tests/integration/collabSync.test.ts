// SPDX-License-Identifier: EUPL-1.2
/** Stock y-websocket clients edit together through the collaboration server. */
import crypto from 'node:crypto';
import http from 'node:http';
import type { Duplex } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLOSE } from '../../shared/closeCodes.js';
import { CollabHarness, groupDoc, testHeaders, waitFor, type ProviderClient } from '../helpers/collabHarness.js';

const textOf = (c: ProviderClient) => c.doc.getText('horizon').toString();
const mapOf = (c: ProviderClient) => Object.fromEntries([...c.doc.getMap('meta').entries()].sort(([a], [b]) => a.localeCompare(b)));

describe('collaboration sync', () => {
  let h: CollabHarness;
  beforeEach(async () => { h = await CollabHarness.start(); });
  afterEach(async () => { await h.dispose(); });

  it('three clients converge after concurrent edits to text and map', async () => {
    const docName = groupDoc();
    const clients = await Promise.all(['Anna', 'Bram', 'Cor'].map((name) => h.connect(docName, { name })));
    clients.forEach((c, i) => {
      c.doc.getText('horizon').insert(0, `zin ${i}. `);
      c.doc.getMap('meta').set(`stap${i}`, i);
      c.doc.getMap('meta').set('gedeeld', `van ${i}`);
    });
    await waitFor(() => clients.every((c) => textOf(c).length === 'zin 0. '.length * 3 && Object.keys(mapOf(c)).length === 4), 'convergence');
    await waitFor(() => clients.every((c) => textOf(c) === textOf(clients[0]) && JSON.stringify(mapOf(c)) === JSON.stringify(mapOf(clients[0]))), 'equal copies');
    const onServer = await h.documents.read(docName, (doc) => ({ text: doc.getText('horizon').toString(), map: doc.getMap('meta').toJSON() }));
    expect(Object.keys(mapOf(clients[0]))).toEqual(['gedeeld', 'stap0', 'stap1', 'stap2']);
    expect(onServer.text).toBe(textOf(clients[0]));
    expect(onServer.map).toEqual(mapOf(clients[0]));
  });

  it('a client that joins later receives everything written before', async () => {
    const docName = groupDoc(2);
    const first = await h.connect(docName, { name: 'Anna' });
    first.doc.getText('horizon').insert(0, 'Wij staan open.');
    const late = await h.connect(docName, { name: 'Bram' });
    await waitFor(() => textOf(late) === 'Wij staan open.', 'late joiner to catch up');
  });

  it('a writer that edited offline sends its changes when it connects', async () => {
    const docName = groupDoc(3);
    const offline = new Y.Doc();
    offline.getText('horizon').insert(0, 'offline geschreven');
    const writer = await h.connect(docName, { name: 'Anna' }, { doc: offline });
    const other = await h.connect(docName, { name: 'Bram' });
    await waitFor(() => textOf(other) === 'offline geschreven', 'offline edit to arrive');
    expect(writer.closes).toEqual([]);
  });

  it('counts rooms and connections for the health check', async () => {
    const docName = groupDoc();
    await h.connect(docName, { name: 'Anna' });
    await h.connect(docName, { name: 'Bram' });
    expect(h.server.stats()).toEqual({ rooms: 1, connections: 2 });
  });

  it('closes only the connections a predicate picks, with the given code', async () => {
    const docName = groupDoc();
    const anna = await h.connect(docName, { name: 'Anna' });
    const bram = await h.connect(docName, { name: 'Bram' });
    const closed = h.documents.closeSockets((identity) => identity.user.name === 'Anna', CLOSE.sessionEnded);
    expect(closed).toBe(1);
    await waitFor(() => anna.closes.length === 1, 'Anna to be closed');
    expect(anna.closes[0]).toEqual({ code: CLOSE.sessionEnded.code, reason: CLOSE.sessionEnded.reason });
    bram.doc.getText('horizon').insert(0, 'nog steeds verbonden');
    await waitFor(() => h.server.stats().connections === 1);
    await waitFor(() => bram.provider.wsconnected && bram.closes.length === 0);
  });

  it('lets the server change a document and sends the change to every client', async () => {
    const docName = groupDoc();
    const anna = await h.connect(docName, { name: 'Anna' });
    await h.documents.change(docName, (doc) => doc.getMap('meta').set('locked', true));
    await waitFor(() => anna.doc.getMap('meta').get('locked') === true, 'server change to arrive');
    expect(await h.storedDoc(docName, (doc) => doc.getMap('meta').get('locked'))).toBe(true);
  });
});

describe('collaboration keep-alive', () => {
  let h: CollabHarness;
  afterEach(async () => { await h.dispose(); });

  it('drops a socket that does not answer pings, and keeps the ones that do', async () => {
    h = await CollabHarness.start({ pingIntervalMs: 20 });
    const docName = groupDoc();
    const anna = await h.connect(docName, { name: 'Anna' });
    // A peer that completes the handshake and then never reads or answers anything.
    const silent = await new Promise<Duplex>((resolve, reject) => {
      const req = http.request({
        host: '127.0.0.1', port: h.port, path: `/collab/${docName}`,
        headers: { Connection: 'Upgrade', Upgrade: 'websocket', 'Sec-WebSocket-Version': '13', 'Sec-WebSocket-Key': crypto.randomBytes(16).toString('base64'), ...testHeaders({ name: 'Stil' }) },
      });
      req.on('upgrade', (_res, socket) => resolve(socket));
      req.on('response', () => reject(new Error('not upgraded')));
      req.end();
    });
    silent.on('error', () => {});
    await waitFor(() => h.server.stats().connections === 2, 'both connections');
    await waitFor(() => h.server.stats().connections === 1, 'the silent socket to be dropped');
    silent.destroy();
    expect(anna.closes).toEqual([]);
    expect(anna.provider.wsconnected).toBe(true);
  });
});
