// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { EPOCH_KEY, EPOCH_MAP, isDocEpoch, readDocEpoch } from '../../shared/docEpoch.js';
import { carriesForeignEpoch, holdDocEpoch, newDocEpoch } from './roomEpoch.js';
import { claimedEpochOfUrl } from './upgradeRequest.js';

const SERVER = Symbol('server');
const CURRENT = 'AAAAAAAAAAAAAAAA';

/** A document of one history: the server wrote `epoch` first, then someone typed `text`. */
function historyOf(epoch: string, text: string): Y.Doc {
  const doc = new Y.Doc();
  holdDocEpoch(doc, epoch, SERVER);
  doc.getText('horizon').insert(0, text);
  return doc;
}

describe('newDocEpoch', () => {
  it('makes a different well-formed epoch each time', () => {
    const a = newDocEpoch();
    expect(isDocEpoch(a)).toBe(true);
    expect(newDocEpoch()).not.toBe(a);
  });
});

describe('holdDocEpoch', () => {
  it('writes the epoch into a document that has none, as the given origin', () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('update', (_u: Uint8Array, origin: unknown) => origins.push(origin));
    holdDocEpoch(doc, CURRENT, SERVER);
    expect(readDocEpoch(doc)).toBe(CURRENT);
    expect(origins).toEqual([SERVER]);
  });

  it('writes nothing when the document already holds the epoch', () => {
    const doc = historyOf(CURRENT, '');
    let updates = 0;
    doc.on('update', () => updates++);
    holdDocEpoch(doc, CURRENT, SERVER);
    expect(updates).toBe(0);
  });

  it('puts the epoch back after a change or a delete by someone else', () => {
    const doc = historyOf(CURRENT, '');
    doc.getMap(EPOCH_MAP).set(EPOCH_KEY, 'BBBBBBBBBBBBBBBB');
    expect(readDocEpoch(doc)).toBe(CURRENT);
    doc.getMap(EPOCH_MAP).delete(EPOCH_KEY);
    expect(readDocEpoch(doc)).toBe(CURRENT);
  });
});

describe('carriesForeignEpoch', () => {
  it('passes ordinary updates and updates of the current history', () => {
    const doc = historyOf(CURRENT, 'stip op de horizon');
    expect(carriesForeignEpoch(Y.encodeStateAsUpdate(doc), CURRENT)).toBe(false);
    const edit: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => edit.push(u));
    doc.getText('horizon').insert(0, 'stip epoch ');
    expect(carriesForeignEpoch(edit[0], CURRENT)).toBe(false);
  });

  it('catches a whole copy of another history', () => {
    const old = historyOf('CCCCCCCCCCCCCCCC', 'oud');
    expect(carriesForeignEpoch(Y.encodeStateAsUpdate(old), CURRENT)).toBe(true);
  });

  it('catches another history whose first epoch item was overwritten there (a deleted item)', () => {
    const old = new Y.Doc();
    old.getMap(EPOCH_MAP).set(EPOCH_KEY, 'CCCCCCCCCCCCCCCC');
    old.getMap(EPOCH_MAP).set(EPOCH_KEY, CURRENT);
    expect(carriesForeignEpoch(Y.encodeStateAsUpdate(old), CURRENT)).toBe(true);
  });
});

describe('claimedEpochOfUrl', () => {
  it('reads the epoch a client names, and null when it names none', () => {
    expect(claimedEpochOfUrl(`/collab/w/AbCdEfGhIjKl/m1/g/1?epoch=${CURRENT}`)).toBe(CURRENT);
    expect(claimedEpochOfUrl(`/collab/w/AbCdEfGhIjKl/m1/g/1?x=1&epoch=${CURRENT}#f`)).toBe(CURRENT);
    expect(claimedEpochOfUrl('/collab/w/AbCdEfGhIjKl/m1/g/1')).toBeNull();
    expect(claimedEpochOfUrl('/collab/w/AbCdEfGhIjKl/m1/g/1?other=1')).toBeNull();
    expect(claimedEpochOfUrl(undefined)).toBeNull();
  });

  it('counts an empty or malformed value as a claim (it matches no document)', () => {
    expect(claimedEpochOfUrl('/collab/x?epoch=')).toBe('');
    expect(claimedEpochOfUrl('/collab/x?epoch=a%20b')).toBe('a b');
  });
});
