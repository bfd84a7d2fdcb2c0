// SPDX-License-Identifier: EUPL-1.2
/**
 * The open rooms of the server: loads a room on first use (one load per document at a time),
 * unloads it `roomIdleMs` after it became empty (compacting and flushing first), and makes a new
 * open wait until an unload of the same document has finished, so no update is ever lost between
 * the two.
 */
import * as Y from 'yjs';
import { readDocEpoch } from '../../shared/docEpoch.js';
import type { CollabLog } from './types.js';
import { Room, SERVER_ORIGIN, type RoomContext } from './Room.js';
import { holdDocEpoch, newDocEpoch } from './roomEpoch.js';

/** Settings of the registry: the room context without its callbacks, plus the idle time. */
export type RoomRegistryOptions = Omit<RoomContext, 'onEmpty' | 'onReset'> & { roomIdleMs: number; log: CollabLog };

/** Open rooms by document name. */
export class RoomRegistry {
  private readonly rooms = new Map<string, Promise<Room>>();
  private readonly unloading = new Map<string, Promise<void>>();
  private closing = false;

  constructor(private readonly options: RoomRegistryOptions) {}

  /** Rooms in memory (loading or open). */
  get size(): number {
    return this.rooms.size;
  }

  /** Opens (loading if needed) a document's room and keeps it from unloading; pair with attach or release. */
  async acquire(docName: string): Promise<Room> {
    for (;;) {
      const unloading = this.unloading.get(docName);
      if (unloading) {
        await unloading;
        continue;
      }
      let opening = this.rooms.get(docName);
      if (!opening) {
        opening = this.load(docName);
        this.rooms.set(docName, opening);
        const mine = opening;
        mine.catch(() => { if (this.rooms.get(docName) === mine) this.rooms.delete(docName); });
      }
      const room = await opening;
      if (room.isDestroyed) continue;
      this.cancelIdle(room);
      return room;
    }
  }

  /** Lets an acquired room unload again once it has no connections. */
  release(room: Room): void {
    if (room.connections.size === 0) this.armIdle(room);
  }

  /** Runs `read` on the document: the open room's doc, or a throwaway copy loaded from the store. */
  async read<T>(docName: string, read: (doc: Y.Doc) => T): Promise<T> {
    let unloading = this.unloading.get(docName);
    while (unloading) {
      await unloading;
      unloading = this.unloading.get(docName);
    }
    const opening = this.rooms.get(docName);
    if (opening) {
      const room = await opening;
      if (!room.isDestroyed) return read(room.doc);
    }
    const stored = await this.options.store.load(docName);
    const doc = new Y.Doc();
    try {
      Y.transact(doc, () => { for (const update of stored.updates) Y.applyUpdate(doc, update); });
      return read(doc);
    } finally {
      doc.destroy();
    }
  }

  /** Unloads every room (compacting and flushing each); later acquires still work but rooms never idle out. */
  async closeAll(): Promise<void> {
    this.closing = true;
    const loaded = await Promise.allSettled([...this.rooms.values()]);
    const unloads: Promise<void>[] = [...this.unloading.values()];
    for (const result of loaded) if (result.status === 'fulfilled' && !result.value.isDestroyed) unloads.push(this.unload(result.value));
    await Promise.allSettled(unloads);
  }

  /**
   * Drops every room whose document name matches, without compacting or saving (its workshop is
   * being deleted). An unload already under way is waited for, so nothing is written afterwards.
   */
  async discard(match: (docName: string) => boolean): Promise<void> {
    await Promise.allSettled([...this.unloading].filter(([name]) => match(name)).map(([, done]) => done));
    const opening = [...this.rooms].filter(([name]) => match(name));
    for (const [name] of opening) this.rooms.delete(name);
    for (const result of await Promise.allSettled(opening.map(([, room]) => room))) {
      if (result.status !== 'fulfilled') continue;
      this.cancelIdle(result.value);
      this.options.fanout?.closed(result.value);
      result.value.discard();
    }
  }

  /**
   * Loads a room and gives it its epoch: the recorded one, else the one its content holds, else a
   * new one. A room loaded without its doc (Room.ts) is not built for this: its stored content went
   * through a room before, which recorded the epoch then, so the store's record is asked with a
   * fresh proposal, and the doc holds the epoch once built.
   */
  private async load(docName: string): Promise<Room> {
    const stored = await this.options.store.load(docName);
    const room = new Room(docName, stored, { ...this.options, onEmpty: (r) => this.armIdle(r), onReset: (r) => this.forget(r) });
    try {
      const proposal = (room.isBuilt ? readDocEpoch(room.doc) : null) ?? newDocEpoch();
      room.epoch = await this.options.store.recordEpoch(docName, proposal);
      room.whenBuilt((doc) => holdDocEpoch(doc, room.epoch, SERVER_ORIGIN));
    } catch (err) {
      room.discard();
      throw err;
    }
    this.options.fanout?.opened(room, stored);
    return room;
  }

  /** Forgets a room that is being reset: the next acquire loads the document from the store again. */
  private forget(room: Room): void {
    this.options.fanout?.closed(room);
    this.cancelIdle(room);
    this.rooms.delete(room.name);
  }

  private armIdle(room: Room): void {
    if (this.closing || room.isDestroyed) return;
    this.cancelIdle(room);
    room.idleTimer = setTimeout(() => {
      room.idleTimer = null;
      if (room.connections.size === 0) void this.unload(room);
    }, this.options.roomIdleMs);
    room.idleTimer.unref();
  }

  private cancelIdle(room: Room): void {
    if (room.idleTimer) clearTimeout(room.idleTimer);
    room.idleTimer = null;
  }

  private unload(room: Room): Promise<void> {
    this.options.fanout?.closed(room);
    this.cancelIdle(room);
    this.rooms.delete(room.name);
    const done: Promise<void> = room.unload()
      .catch((err) => this.options.log('error', 'collab.unload-failed', { docName: room.name, error: String(err) }))
      .finally(() => { if (this.unloading.get(room.name) === done) this.unloading.delete(room.name); });
    this.unloading.set(room.name, done);
    return done;
  }
}
