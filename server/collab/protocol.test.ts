// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import * as decoding from 'lib0/decoding';
import { CLOSE } from '../../shared/closeCodes.js';
import { decodeClientMessage, encodeAwarenessMessage, FrameRefused, readAwarenessEntries } from './protocol.js';

function refusal(frame: Uint8Array): unknown {
  try {
    decodeClientMessage(frame);
    return null;
  } catch (err) {
    return err instanceof FrameRefused ? err.close : err;
  }
}

describe('protocol', () => {
  it('decodes every message a stock provider sends', () => {
    expect(decodeClientMessage(Uint8Array.of(0, 0, 1, 0))).toMatchObject({ type: 'syncStep1' });
    expect(decodeClientMessage(Uint8Array.of(0, 1, 2, 0, 0))).toMatchObject({ type: 'syncStep2' });
    expect(decodeClientMessage(Uint8Array.of(0, 2, 2, 0, 0))).toMatchObject({ type: 'update' });
    expect(decodeClientMessage(Uint8Array.of(1, 1, 0))).toMatchObject({ type: 'awareness' });
    expect(decodeClientMessage(Uint8Array.of(3))).toEqual({ type: 'queryAwareness' });
  });

  it('calls unknown types, unknown sync types, truncation and trailing bytes malformed', () => {
    for (const frame of [Uint8Array.of(9), Uint8Array.of(0, 7, 0), Uint8Array.of(0, 2, 5, 0), Uint8Array.of(0, 2, 1, 0, 0), Uint8Array.of(3, 3), new Uint8Array(0), Uint8Array.of(0xff, 0xff)]) {
      expect(refusal(frame)).toEqual(CLOSE.malformedFrame);
    }
  });

  it('writes awareness entries that it reads back, and refuses over-claiming counts', () => {
    const frame = encodeAwarenessMessage([{ clientId: 7, clock: 3, state: '{"a":1}' }, { clientId: 8, clock: 1, state: 'null' }]);
    const inner = decoding.readVarUint8Array((() => { const d = decoding.createDecoder(frame); decoding.readVarUint(d); return d; })());
    const seen: string[] = [];
    readAwarenessEntries(inner, (id, clock, bytes) => seen.push(`${id}@${clock}:${new TextDecoder().decode(bytes)}`));
    expect(seen).toEqual(['7@3:{"a":1}', '8@1:null']);
    expect(() => readAwarenessEntries(Uint8Array.of(0xff, 0xff, 0x7f), () => {})).toThrow(FrameRefused);
  });
});
