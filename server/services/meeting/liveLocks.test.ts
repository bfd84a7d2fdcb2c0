// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { liveDocName } from '../../../shared/docNames.js';
import { liveOf, readLive } from '../../../shared/liveDoc.js';
import type { DocumentPort } from '../../documents/DocumentPort.js';
import { LiveLocks } from './liveLocks.js';

/** A port that reads one live document and counts the reads. */
function livePort(locks: Record<string, boolean>): Pick<DocumentPort, 'read'> & { reads: string[] } {
  const doc = new Y.Doc();
  liveOf(doc).set('locks', locks);
  const reads: string[] = [];
  return { reads, read: async (docName, fn) => { reads.push(docName); return fn(doc); } };
}

describe('the lock cache', () => {
  it('reads the locks from the workshop\'s live document through the document port, once', async () => {
    const port = livePort({ '2': true });
    const locks = new LiveLocks(port);
    expect(await locks.isLocked('AbCdEfGhIjKl', 2)).toBe(true);
    expect(await locks.isLocked('AbCdEfGhIjKl', 1)).toBe(false);
    expect(port.reads).toEqual([liveDocName('AbCdEfGhIjKl')]);
  });

  it('answers what the live updater remembered, and reads again after forgetting', async () => {
    const port = livePort({});
    const locks = new LiveLocks(port);
    const written = new Y.Doc();
    liveOf(written).set('locks', { '3': true });
    locks.remember('AbCdEfGhIjKl', readLive(written));
    expect(await locks.isLocked('AbCdEfGhIjKl', 3)).toBe(true);
    expect(port.reads).toEqual([]);
    locks.forget('AbCdEfGhIjKl');
    expect(await locks.isLocked('AbCdEfGhIjKl', 3)).toBe(false);
    expect(port.reads).toHaveLength(1);
  });
});
