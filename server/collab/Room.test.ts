// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { CLOSE } from '../../shared/closeCodes.js';
import { colorFor } from '../../shared/awareness.js';
import { parseDocName } from '../../shared/docNames.js';
import { DEFAULT_LIMITS } from '../../shared/limits.js';
import { MemoryDocStore } from '../store/memory/MemoryDocStore.js';
import { MemorySocket } from '../../tests/helpers/memorySocket.js';
import { Connection } from './Connection.js';
import { FrameIntake } from './FrameIntake.js';
import { RoomRegistry } from './RoomRegistry.js';
import type { Room } from './Room.js';
import type { CollabLog, Permission } from './types.js';

const DOC = 'w/AbCdEfGhIjKl/m1/g/1';
const log: CollabLog = () => {};

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 10_000 && !check(); i++) await new Promise((r) => setImmediate(r));
  if (!check()) throw new Error(`never happened: ${what}`);
}

function openRoom(): { store: MemoryDocStore; room: Promise<Room> } {
  const store = new MemoryDocStore();
  const rooms = new RoomRegistry({
    store, limits: DEFAULT_LIMITS, compactAfterUpdates: 500, awarenessChangeBatchMs: 50, awarenessRenewalMs: 8_000, roomIdleMs: 60_000, log,
  });
  return { store, room: rooms.acquire(DOC) };
}

/** Connects an in-memory socket to the room, the way the server connects an accepted one. */
function join(room: Room, name: string, permission: Permission): MemorySocket {
  const socket = new MemorySocket();
  const user = { name, role: 'ambtenaar' as const, color: colorFor(name) };
  const conn = new Connection(socket, DOC, parseDocName(DOC)!, { sessionId: name, participantId: name, workshopId: 'AbCdEfGhIjKl', user }, permission, DEFAULT_LIMITS);
  new FrameIntake(conn, DEFAULT_LIMITS).open(room);
  if (permission === 'write') socket.requestSync();
  return socket;
}

const textIn = (socket: MemorySocket) => socket.doc.getText('horizon').toString();

describe('a room driven through in-memory sockets', () => {
  it('syncs a writer both ways: the server asks (step 1) and answers (step 2)', async () => {
    const { room } = openRoom();
    const anna = join(await room, 'Anna', 'write');
    await until(() => anna.syncTypesReceived().includes(1), 'Anna to get sync step 2');
    expect(anna.syncTypesReceived().slice(0, 2).sort()).toEqual([0, 1]);
    expect(anna.closedWith).toBeNull();
  });

  it('sends one socket\'s update to the other and stores it', async () => {
    const { store, room } = openRoom();
    const opened = await room;
    const anna = join(opened, 'Anna', 'write');
    const bram = join(opened, 'Bram', 'write');
    anna.doc.getText('horizon').insert(0, 'Wij staan open.');
    await until(() => textIn(bram) === 'Wij staan open.', 'Bram to get Anna\'s text');
    expect(bram.syncTypesReceived()).toContain(2);
    expect(opened.doc.getText('horizon').toString()).toBe('Wij staan open.');
    await store.flush();
    expect(store.writtenRows).toBeGreaterThan(0);
  });

  it('gives a late writer what the room holds', async () => {
    const { room } = openRoom();
    const opened = await room;
    const anna = join(opened, 'Anna', 'write');
    anna.doc.getText('horizon').insert(0, 'eerst');
    await until(() => opened.doc.getText('horizon').toString() === 'eerst', 'the room to hold Anna\'s text');
    const bram = join(opened, 'Bram', 'write');
    await until(() => textIn(bram) === 'eerst', 'Bram to sync');
  });

  it('refuses a read-only socket\'s write with 4003 and passes nothing on', async () => {
    const { room } = openRoom();
    const opened = await room;
    const anna = join(opened, 'Anna', 'write');
    const kees = join(opened, 'Kees', 'read');
    kees.doc.getText('horizon').insert(0, 'mag niet');
    await until(() => kees.closedWith !== null, 'Kees to be closed');
    expect(kees.closedWith).toEqual({ code: CLOSE.readOnlyWrite.code, reason: CLOSE.readOnlyWrite.reason });
    expect(CLOSE.readOnlyWrite.code).toBe(4003);
    expect(opened.doc.getText('horizon').toString()).toBe('');
    expect(textIn(anna)).toBe('');
    expect(anna.closedWith).toBeNull();
  });
});
