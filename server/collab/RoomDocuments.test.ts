// SPDX-License-Identifier: EUPL-1.2
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLOSE } from '../../shared/closeCodes.js';
import { parseDocName, type DocRef } from '../../shared/docNames.js';
import { DEFAULT_LIMITS } from '../../shared/limits.js';
import { openDatabase, type Db } from '../store/database.js';
import type { DocStore } from '../store/docStore.js';
import { createSqliteDocStore } from '../store/sqlite/SqliteDocStore.js';
import type { Connection } from './Connection.js';
import { RoomDocuments } from './RoomDocuments.js';
import type { ConnectionIdentity, Permission } from './types.js';

const GROUP = 'w/AbCdEfGhIjKl/m1/g/1';
const VISION = 'w/AbCdEfGhIjKl/vision';
const OTHER_WORKSHOP = 'w/ZyXwVuTsRqPo/m1/g/1';

/** A socket as the port sees it: who holds it, on which document, and the close it got. */
function openSocket(docName: string, participantId: string, permission: Permission): Connection & { closedWith: { code: number; reason: string } | null } {
  const identity: ConnectionIdentity = { sessionId: `s-${participantId}`, participantId, workshopId: null, user: { name: participantId, role: 'ambtenaar', color: '#000000' } };
  const socket = {
    docName, doc: parseDocName(docName) as DocRef, identity, permission, closed: false,
    closedWith: null as { code: number; reason: string } | null,
    close(close: { code: number; reason: string }) { socket.closed = true; socket.closedWith = close; },
  };
  return socket as unknown as Connection & { closedWith: { code: number; reason: string } | null };
}

describe('the document port over the rooms', () => {
  let dir: string;
  let db: Db;
  let store: DocStore;
  let documents: RoomDocuments;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stip-roomdocs-'));
    db = openDatabase(dir);
    store = createSqliteDocStore(db, { flushWindowMs: 10_000 });
    documents = new RoomDocuments({ store, limits: DEFAULT_LIMITS, roomIdleMs: 60_000, compactAfterUpdates: 500, log: () => {} });
  });
  afterEach(async () => {
    await documents.closeAll();
    await store.close();
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('changes and reads documents without any transport', async () => {
    await documents.change(GROUP, (doc) => doc.getText('horizon').insert(0, 'Wij staan open.'));
    expect(await documents.read(GROUP, (doc) => doc.getText('horizon').toString())).toBe('Wij staan open.');
  });

  it('keeps what it changed after the rooms closed', async () => {
    await documents.change(VISION, (doc) => doc.getMap('meta').set('titel', 'Onze visie'));
    await documents.closeAll();
    const again = new RoomDocuments({ store, limits: DEFAULT_LIMITS, roomIdleMs: 60_000, compactAfterUpdates: 500, log: () => {} });
    expect(await again.read(VISION, (doc) => doc.getMap('meta').get('titel'))).toBe('Onze visie');
    await again.closeAll();
  });

  it('refuses names that are not documents', async () => {
    await expect(documents.read('w/../etc', () => 0)).rejects.toThrow(/unknown document/);
    await expect(documents.change('w/../etc', () => 0)).rejects.toThrow(/unknown document/);
  });

  it('closes the sockets a predicate picks and leaves the others open', () => {
    const anna = openSocket(GROUP, 'anna', 'write');
    const bram = openSocket(GROUP, 'bram', 'read');
    const annaVision = openSocket(VISION, 'anna', 'read');
    for (const s of [anna, bram, annaVision]) documents.sockets.add(s);
    const closed = documents.closeSockets((identity, doc) => identity.participantId === 'anna' && doc.kind === 'group', CLOSE.permissionChanged);
    expect(closed).toBe(1);
    expect(anna.closedWith).toEqual(CLOSE.permissionChanged);
    expect(bram.closed).toBe(false);
    expect(annaVision.closed).toBe(false);
  });

  it('forgets the matching documents: their sockets close, other workshops stay', async () => {
    const inWorkshop = openSocket(GROUP, 'anna', 'write');
    const elsewhere = openSocket(OTHER_WORKSHOP, 'kees', 'write');
    documents.sockets.add(inWorkshop);
    documents.sockets.add(elsewhere);
    const closed = await documents.forget((name) => name.startsWith('w/AbCdEfGhIjKl/'), CLOSE.sessionEnded);
    expect(closed).toBe(1);
    expect(inWorkshop.closedWith).toEqual(CLOSE.sessionEnded);
    expect(elsewhere.closed).toBe(false);
  });
});
