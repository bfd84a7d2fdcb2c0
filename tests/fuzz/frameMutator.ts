// SPDX-License-Identifier: EUPL-1.2
/**
 * Seeded generator of hostile y-websocket frames for the frame fuzzer. Each frame has a category
 * (for the report) and is one of:
 * - valid frames a client may send: live updates and sync step 2 built from real group-document
 *   operations (a fresh Y.Doc per frame, or a chain of edits of one author), sync step 1,
 *   awareness of one client, query-awareness, auth;
 * - mutations of a valid frame: bit flips, byte overwrites, truncation, trailing bytes, spliced
 *   bytes, a varint made to overflow 2^53, a huge claimed length, an unknown message or sync type,
 *   overlong (non-canonical) varints;
 * - crafted updates: empty, claiming millions of clients/structs/delete ranges, huge string
 *   lengths, deeply nested values, a valid update of very many structs;
 * - hostile awareness: huge counts and clocks, non-JSON or non-object states, removal of another
 *   client, states larger than the limit;
 * - random bytes, text (non-binary) frames, and frames larger than the server's maximum.
 * Every valid update is used once only (sent as is or mutated), so no two accepted updates carry
 * different content under the same Yjs id.
 */
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { hugeClaimUpdate } from '../helpers/collabFrames.js';
import { runGroupOp, type GroupOp } from './groupDocOps.js';
import type { Prng } from './prng.js';

/** One frame to send, with what it is. */
export interface FuzzFrame {
  category: string;
  bytes: Uint8Array;
  /** False for a text frame. */
  binary: boolean;
}

/** Weights of the categories; rare ones are costly (large frames). */
const CATEGORY_WEIGHTS = {
  'random-bytes': 12,
  'valid-update': 7,
  'valid-step2': 2,
  'valid-chain-update': 3,
  'valid-step1': 2,
  'valid-awareness': 2,
  'query-awareness': 1,
  'auth': 1,
  'bit-flip': 12,
  'byte-set': 6,
  'truncate': 8,
  'extend': 5,
  'splice': 5,
  'varint-overflow': 4,
  'huge-length': 4,
  'unknown-type': 3,
  'unknown-sync-type': 2,
  'overlong-varint': 2,
  'empty-update': 2,
  'huge-claim': 6,
  'awareness-mutant': 6,
  'text-frame': 2,
  'many-structs': 0.003,
  'large-random': 0.05,
  'oversize': 0.01,
} as const;

/** A frame category. */
export type FrameCategory = keyof typeof CATEGORY_WEIGHTS;

/** Every category, for reports. */
export const FRAME_CATEGORIES = Object.keys(CATEGORY_WEIGHTS) as FrameCategory[];

const FRESH_OPS: GroupOp[] = ['addStatement', 'addParagraph'];

function build(write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder();
  write(e);
  return encoding.toUint8Array(e);
}

const syncFrame = (sub: number, payload: Uint8Array) => build((e) => { encoding.writeVarUint(e, 0); encoding.writeVarUint(e, sub); encoding.writeVarUint8Array(e, payload); });

function awarenessFrame(entries: [number, number, string][]): Uint8Array {
  const inner = build((e) => {
    encoding.writeVarUint(e, entries.length);
    for (const [id, clock, state] of entries) { encoding.writeVarUint(e, id); encoding.writeVarUint(e, clock); encoding.writeVarString(e, state); }
  });
  return build((e) => { encoding.writeVarUint(e, 1); encoding.writeVarUint8Array(e, inner); });
}

/** A varUint that does not fit in 53 bits (lib0 refuses it), `extra` continuation bytes long. */
const overflowVarint = (extra: number) => Uint8Array.from([...new Array(8 + extra).fill(0xff), 0x7f]);

const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
};

/** Generates the frames of one fuzz stream. */
export class FrameMutator {
  private chain: Y.Doc;
  private chainUpdates: Uint8Array[] = [];
  private chainEdits = 0;

  constructor(private readonly rng: Prng, private readonly maxFrameBytes: number) {
    this.chain = this.newChain();
  }

  /** The next frame. */
  next(): FuzzFrame {
    const category = this.rng.weighted(CATEGORY_WEIGHTS);
    const made = this.make(category);
    return made instanceof Uint8Array ? { category, bytes: made, binary: true } : { category, ...made };
  }

  private make(category: FrameCategory): Uint8Array | { bytes: Uint8Array; binary: boolean } {
    const rng = this.rng;
    switch (category) {
      case 'random-bytes': return rng.bytes(rng.chance(0.9) ? rng.int(0, 48) : rng.int(49, 2048));
      case 'valid-update': return syncFrame(2, this.freshUpdate());
      case 'valid-step2': return syncFrame(1, this.freshUpdate());
      case 'valid-chain-update': return syncFrame(2, this.chainUpdate());
      case 'valid-step1': return syncFrame(0, this.stateVector());
      case 'valid-awareness': return awarenessFrame([[rng.int(1, 2 ** 31), rng.int(0, 20), JSON.stringify({ cursor: { anchor: rng.int(0, 99) } })]]);
      case 'query-awareness': return Uint8Array.of(3);
      case 'auth': return concat(Uint8Array.of(2), rng.bytes(rng.int(0, 8)));
      case 'bit-flip': {
        const f = this.baseFrame();
        for (let n = rng.int(1, 3); n > 0 && f.length > 0; n--) f[rng.int(0, f.length - 1)] ^= 1 << rng.int(0, 7);
        return f;
      }
      case 'byte-set': {
        const f = this.baseFrame();
        for (let n = rng.int(1, 3); n > 0 && f.length > 0; n--) f[rng.int(0, f.length - 1)] = rng.pick([0, 0x7f, 0x80, 0xff, rng.int(0, 255)]);
        return f;
      }
      case 'truncate': { const f = this.baseFrame(); return f.slice(0, rng.int(0, Math.max(0, f.length - 1))); }
      case 'extend': return concat(this.baseFrame(), rng.bytes(rng.int(1, 8)));
      case 'splice': {
        const f = this.baseFrame();
        const at = rng.int(0, f.length);
        return rng.chance(0.5) ? concat(f.slice(0, at), rng.bytes(rng.int(1, 6)), f.slice(at)) : concat(f.slice(0, at), f.slice(Math.min(f.length, at + rng.int(1, 6))));
      }
      case 'varint-overflow': {
        const f = this.baseFrame();
        const at = rng.pick([0, 1, 2, rng.int(0, f.length)]);
        return concat(f.slice(0, at), overflowVarint(rng.int(0, 4)), f.slice(Math.min(f.length, at + 1)));
      }
      case 'huge-length': {
        const claimed = rng.pick([2 ** 31, 2 ** 32 - 1, 2 ** 53 - 1, 1_000_000, 65_536]);
        return build((e) => { encoding.writeVarUint(e, rng.pick([0, 1])); if (rng.chance(0.7)) encoding.writeVarUint(e, rng.int(0, 2)); encoding.writeVarUint(e, claimed); encoding.writeUint8Array(e, rng.bytes(rng.int(0, 16))); });
      }
      case 'unknown-type': return concat(build((e) => encoding.writeVarUint(e, rng.pick([4, 5, 7, 8, 127, 128, 255, 2 ** 20, 2 ** 35]))), rng.bytes(rng.int(0, 12)));
      case 'unknown-sync-type': return concat(build((e) => { encoding.writeVarUint(e, 0); encoding.writeVarUint(e, rng.pick([3, 4, 100, 2 ** 31])); }), rng.bytes(rng.int(0, 12)));
      case 'overlong-varint': {
        // [0x80 0x00] is 0 written in two bytes: lib0 accepts it, so the frame stays valid.
        const f = this.validFrame();
        return concat(Uint8Array.of(f[0] | 0x80, 0x00), f.slice(1));
      }
      case 'empty-update': return rng.pick([Uint8Array.of(0, 2, 0), Uint8Array.of(0, 1, 0), Uint8Array.of(0, 0, 0), Uint8Array.of(1, 0), Uint8Array.of(0, 2), Uint8Array.of(0), Uint8Array.of(0, 2, 2, 0, 0)]);
      case 'huge-claim': return syncFrame(rng.pick([1, 2]), this.hugeClaim());
      case 'awareness-mutant': return this.awarenessMutant();
      case 'text-frame': return { bytes: new TextEncoder().encode(rng.pick(['hallo', '{"type":"sync"}', '\u0000\u0002', 'é🙂'.repeat(rng.int(1, 40))])), binary: false };
      case 'many-structs': return syncFrame(2, this.manyStructs(rng.int(5_000, 30_000)));
      case 'large-random': return concat(Uint8Array.of(0, 2), rng.bytes(rng.int(10_000, 200_000)));
      case 'oversize': return concat(syncFrame(2, new Uint8Array(0)).slice(0, 2), new Uint8Array(this.maxFrameBytes + rng.int(1, 64)));
    }
  }

  /** An update of a fresh document with a seeded client id: always integrable, used once. */
  private freshUpdate(): Uint8Array {
    const doc = new Y.Doc({ guid: 'fuzz' });
    doc.clientID = this.rng.int(1, 2 ** 32 - 1);
    runGroupOp(doc, this.rng, { key: `fuzz-${doc.clientID}`, role: 'ambtenaar' }, `fuzz_${doc.clientID}`, this.rng.pick(FRESH_OPS));
    if (this.rng.chance(0.5)) runGroupOp(doc, this.rng, { key: `fuzz-${doc.clientID}`, role: 'ambtenaar' }, `fuzz_${doc.clientID}_2`);
    const update = Y.encodeStateAsUpdate(doc);
    doc.destroy();
    return update;
  }

  /** The next edit of one author, depending on the edits before it (a lost one leaves the rest pending). */
  private chainUpdate(): Uint8Array {
    if (++this.chainEdits > 100) {
      this.chain.destroy();
      this.chain = this.newChain();
      this.chainEdits = 0;
    }
    this.chainUpdates = [];
    runGroupOp(this.chain, this.rng, { key: 'fuzz-chain', role: 'raadslid' }, `chain_${this.chain.clientID}_${this.chainEdits}`);
    return this.chainUpdates.length > 0 ? Y.mergeUpdates(this.chainUpdates) : this.freshUpdate();
  }

  private newChain(): Y.Doc {
    const doc = new Y.Doc({ guid: 'fuzz' });
    doc.clientID = this.rng.int(1, 2 ** 32 - 1);
    doc.on('update', (u: Uint8Array) => this.chainUpdates.push(u));
    return doc;
  }

  private stateVector(): Uint8Array {
    if (this.rng.chance(0.3)) return Y.encodeStateVector(new Y.Doc({ guid: 'fuzz' }));
    return build((e) => {
      const n = this.rng.int(1, 4);
      encoding.writeVarUint(e, n);
      for (let i = 0; i < n; i++) { encoding.writeVarUint(e, this.rng.int(0, 2 ** 32 - 1)); encoding.writeVarUint(e, this.rng.int(0, 1000)); }
    });
  }

  /** A valid frame to mutate: each update in it is used only here. */
  private validFrame(): Uint8Array {
    switch (this.rng.int(0, 5)) {
      case 0: case 1: return syncFrame(2, this.freshUpdate());
      case 2: return syncFrame(1, this.freshUpdate());
      case 3: return syncFrame(2, this.chainUpdate());
      case 4: return syncFrame(0, this.stateVector());
      default: return awarenessFrame([[this.rng.int(1, 2 ** 31), this.rng.int(0, 5), JSON.stringify({ cursor: null, n: this.rng.int(0, 9) })]]);
    }
  }

  private baseFrame(): Uint8Array {
    return this.validFrame().slice();
  }

  private hugeClaim(): Uint8Array {
    const rng = this.rng;
    const huge = () => rng.pick([1_000_000, 30_000_000, 2 ** 31, 2 ** 53 - 1]);
    switch (rng.int(0, 7)) {
      case 0: return hugeClaimUpdate(huge());
      case 1: return build((e) => { encoding.writeVarUint(e, huge()); encoding.writeUint8Array(e, rng.bytes(rng.int(0, 8))); }); // clients
      case 2: return build((e) => { encoding.writeVarUint(e, 0); encoding.writeVarUint(e, huge()); }); // delete-set clients
      case 3: return build((e) => { encoding.writeVarUint(e, 0); encoding.writeVarUint(e, 1); encoding.writeVarUint(e, 7); encoding.writeVarUint(e, huge()); }); // delete ranges
      case 4: return build((e) => { // one item whose string claims a huge length
        encoding.writeVarUint(e, 1); encoding.writeVarUint(e, 1); encoding.writeVarUint(e, rng.int(1, 2 ** 30)); encoding.writeVarUint(e, 0);
        encoding.writeUint8(e, 4); encoding.writeVarUint(e, 1); encoding.writeVarString(e, 'horizon'); encoding.writeVarUint(e, huge());
        encoding.writeVarUint(e, 0);
      });
      case 5: return build((e) => { // one item of JSON values claiming a huge count
        encoding.writeVarUint(e, 1); encoding.writeVarUint(e, 1); encoding.writeVarUint(e, rng.int(1, 2 ** 30)); encoding.writeVarUint(e, 0);
        encoding.writeUint8(e, 2); encoding.writeVarUint(e, 1); encoding.writeVarString(e, 'meta'); encoding.writeVarUint(e, huge());
        encoding.writeVarUint(e, 0);
      });
      case 6: return this.nestedAny(rng.pick([10, 63, 65, 200, 5000]));
      default: return build((e) => { // a delete range reaching far beyond any clock
        encoding.writeVarUint(e, 0); encoding.writeVarUint(e, 1); encoding.writeVarUint(e, rng.int(1, 2 ** 32 - 1)); encoding.writeVarUint(e, 1);
        encoding.writeVarUint(e, rng.pick([0, 2 ** 40])); encoding.writeVarUint(e, huge());
      });
    }
  }

  /** An item in root map 'meta' holding an `any` value nested `depth` arrays deep. */
  private nestedAny(depth: number): Uint8Array {
    return build((e) => {
      encoding.writeVarUint(e, 1); encoding.writeVarUint(e, 1); encoding.writeVarUint(e, this.rng.int(1, 2 ** 32 - 1)); encoding.writeVarUint(e, 0);
      encoding.writeUint8(e, 8 | 32); // ContentAny with a parentSub
      encoding.writeVarUint(e, 1); encoding.writeVarString(e, 'meta'); encoding.writeVarString(e, `diep${depth}`);
      encoding.writeVarUint(e, 1);
      for (let i = 0; i < depth; i++) { encoding.writeUint8(e, 117); encoding.writeVarUint(e, 1); }
      encoding.writeUint8(e, 126); // null at the bottom
      encoding.writeVarUint(e, 0);
    });
  }

  /** A valid update of `n` one-character items by one new client (a real, heavy update). */
  private manyStructs(n: number): Uint8Array {
    const doc = new Y.Doc({ guid: 'fuzz' });
    doc.clientID = this.rng.int(1, 2 ** 32 - 1);
    const fragment = doc.getXmlFragment('horizon');
    const p = new Y.XmlElement('paragraph');
    const text = new Y.XmlText();
    p.insert(0, [text]);
    fragment.insert(0, [p]);
    doc.transact(() => { for (let i = 0; i < n; i++) text.insert(0, 'x'); }); // inserting at 0 keeps every character its own struct
    const update = Y.encodeStateAsUpdate(doc);
    doc.destroy();
    return update;
  }

  private awarenessMutant(): Uint8Array {
    const rng = this.rng;
    const id = rng.int(1, 2 ** 31);
    switch (rng.int(0, 8)) {
      case 0: return build((e) => { encoding.writeVarUint(e, 1); encoding.writeVarUint8Array(e, build((i) => { encoding.writeVarUint(i, rng.pick([1000, 2 ** 31, 2 ** 53 - 1])); encoding.writeUint8Array(i, rng.bytes(6)); })); });
      case 1: return awarenessFrame([[id, rng.int(0, 3), rng.pick(['{', 'nul', '{"a":}', '\u0000', ''])]]);
      case 2: return awarenessFrame([[id, 1, rng.pick(['[1,2]', '"tekst"', '42', 'true'])]]);
      case 3: return awarenessFrame([[rng.int(1, 2 ** 31), 99, 'null']]); // removal of someone else
      case 4: return awarenessFrame([[id, 2 ** 53 - 1, '{"a":1}']]);
      case 5: return awarenessFrame([[id, 1, JSON.stringify({ big: 'x'.repeat(rng.int(4_000, 20_000)) })]]);
      case 6: return awarenessFrame([[id, 1, '{"user":{"name":"Burgemeester","role":"collegelid"}}'], [id + 1, 1, '{"a":2}']]);
      case 7: return awarenessFrame([[id, 1, `{"a":${'['.repeat(2000)}${']'.repeat(2000)}}`]]);
      default: return build((e) => { encoding.writeVarUint(e, 1); encoding.writeVarUint8Array(e, build((i) => { encoding.writeVarUint(i, 1); encoding.writeVarUint(i, id); encoding.writeVarUint(i, 1); encoding.writeVarUint(i, 2 ** 30); })); });
    }
  }
}
