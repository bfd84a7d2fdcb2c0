// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { EPOCH_KEY, EPOCH_MAP, isDocEpoch, readDocEpoch } from './docEpoch.js';

describe('document epochs', () => {
  it('accept exactly 16 base64url characters', () => {
    expect(isDocEpoch('Ab-_0123456789xY')).toBe(true);
    for (const bad of ['', 'short', 'Ab-_0123456789xYZ', 'Ab-_0123456789x=', 16, null]) expect(isDocEpoch(bad)).toBe(false);
  });

  it('are read from the reserved map, and a copy without one has none', () => {
    const doc = new Y.Doc();
    expect(readDocEpoch(doc)).toBeNull();
    expect(doc.share.has(EPOCH_MAP)).toBe(false); // reading does not add the map
    doc.getMap(EPOCH_MAP).set(EPOCH_KEY, 'not an epoch');
    expect(readDocEpoch(doc)).toBeNull();
    doc.getMap(EPOCH_MAP).set(EPOCH_KEY, 'Ab-_0123456789xY');
    expect(readDocEpoch(doc)).toBe('Ab-_0123456789xY');
  });

  it('are learned by a copy that only received updates', () => {
    const server = new Y.Doc();
    server.getMap(EPOCH_MAP).set(EPOCH_KEY, 'Ab-_0123456789xY');
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(server));
    expect(readDocEpoch(copy)).toBe('Ab-_0123456789xY');
  });
});
