/**
 * What the meeting services need besides the workshop stores: server-side access to the shared
 * documents (the collab server), the lock cache that the collab authorizer reads, and the store
 * of frozen vision versions.
 */
import type * as Y from 'yjs';
import type { DocRef } from '../../shared/docNames.js';
import type { ConnectionIdentity, Permission } from '../collab/types.js';
import type { VisionVersionStore } from '../store/visionVersionStore.js';
import type { LiveLocks } from './meeting/liveLocks.js';
import type { ServiceContext } from './serviceContext.js';

/** Server-side reads and writes of documents (CollabServer has exactly these). */
export interface MeetingDocs {
  /** Runs `read` on the document's current state. */
  readDoc<T>(docName: string, read: (doc: Y.Doc) => T): Promise<T>;
  /** Changes the document in one transaction; stored and sent to every open socket. */
  updateDoc<T>(docName: string, change: (doc: Y.Doc) => T): Promise<T>;
  /** Closes the open sockets the predicate picks; returns how many. */
  closeConnections(predicate: (identity: ConnectionIdentity, doc: DocRef, permission: Permission) => boolean, close: { code: number; reason: string }): number;
}

/** Dependencies of the meeting services (live state, reveal, vision, versions, screen, attendance). */
export interface MeetingContext {
  services: ServiceContext;
  docs: MeetingDocs;
  locks: LiveLocks;
  versions: VisionVersionStore;
}
