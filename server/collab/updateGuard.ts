// SPDX-License-Identifier: EUPL-1.2
/**
 * Bounds the cost of a Yjs v1 update before Yjs sees it. Yjs allocates for the struct count an
 * update claims before it checks that the bytes exist (a 7-byte update can cost ~250 MB), so every
 * update is walked here first, in one linear pass that allocates nothing:
 *
 *   update     = [clientCount] ( [structCount][client][clock] struct × structCount ) × clientCount  deleteSet
 *   struct     = [info: uint8] then by (info & 31):
 *                  0 GC, 10 Skip   [length]
 *                  1..9 Item       [origin: client clock]      if info & 128
 *                                  [rightOrigin: client clock] if info & 64
 *                                  if neither origin: [isRootKey] then [rootKey: string] or [parent: client clock],
 *                                                     and [parentSub: string] if info & 32
 *                                  content by kind: 1 deleted [len] · 2 json [n][string×n] · 3 binary [bytes]
 *                                  4 string [string] · 5 embed [json string] · 6 format [key][json string]
 *                                  7 type [typeRef 0..6] (+[name] for 3 XmlElement, 5 XmlHook)
 *                                  8 any [n][lib0 any × n] · 9 subdoc [guid][lib0 any]
 *   deleteSet  = [clientCount] ( [client][rangeCount] ([clock][length]) × rangeCount ) × clientCount
 *
 * Every claimed count is checked against the bytes that remain before it is looped over.
 *
 * The walk also keeps each struct's clock (first clock + the lengths before it, a length counted
 * as Yjs counts it: UTF-16 units of a string, values of json/any, 1 for other contents) and
 * refuses an item whose origin, right origin or parent is a clock of its own client at or after
 * its own. No real update has one; Yjs throws on it halfway through integrating, after the
 * structs before it were applied, stored and sent, so such a frame would change the document.
 * It refuses structs of length 0 too (an empty string, zero values, a deleted run of 0): Yjs never
 * writes one, and one breaks its struct search so that it throws while cleaning up the
 * transaction; that Y.Doc then never emits an update again, so its room would silently stop
 * storing and sending every later change. Delete ranges of length 0 likewise: Yjs never writes
 * one, and it throws on one after the update's structs were applied.
 */
import * as decoding from 'lib0/decoding';

/** What the walk learned about an update. */
export type UpdateInspection =
  | { ok: true; structs: number; deleteRanges: number; hasChange: boolean }
  | { ok: false; reason: string };

/** Deepest nesting of lib0 `any` values accepted (Yjs reads them recursively). */
const MAX_ANY_DEPTH = 64;

class Refused extends Error {}

const remaining = (d: decoding.Decoder) => d.arr.length - d.pos;

function claim(d: decoding.Decoder, count: number, minBytesEach: number, what: string): void {
  if (count * minBytesEach > remaining(d)) throw new Refused(`claims ${count} ${what} in ${remaining(d)} bytes`);
}

function uint(d: decoding.Decoder): number {
  if (d.pos >= d.arr.length) throw new Refused('truncated');
  return decoding.readVarUint(d);
}

function skip(d: decoding.Decoder, len: number): void {
  if (len > remaining(d)) throw new Refused('truncated');
  d.pos += len;
}

const skipBytes = (d: decoding.Decoder) => skip(d, uint(d));

function skipAny(d: decoding.Decoder, depth: number): void {
  if (depth > MAX_ANY_DEPTH) throw new Refused('value nested too deeply');
  if (d.pos >= d.arr.length) throw new Refused('truncated');
  const type = decoding.readUint8(d);
  switch (type) {
    case 127: case 126: case 121: case 120: return; // undefined, null, false, true
    case 125: { // varInt
      if (d.pos >= d.arr.length) throw new Refused('truncated');
      decoding.readVarInt(d);
      if (d.pos > d.arr.length) throw new Refused('truncated');
      return;
    }
    case 124: return skip(d, 4);
    case 123: case 122: return skip(d, 8);
    case 119: case 116: return skipBytes(d); // string, Uint8Array
    case 118: { // object
      const n = uint(d);
      claim(d, n, 2, 'object entries');
      for (let i = 0; i < n; i++) { skipBytes(d); skipAny(d, depth + 1); }
      return;
    }
    case 117: { // array
      const n = uint(d);
      claim(d, n, 1, 'array items');
      for (let i = 0; i < n; i++) skipAny(d, depth + 1);
      return;
    }
    default: throw new Refused(`unknown value type ${type}`);
  }
}

/** Skips a string and returns its length in UTF-16 units, as JavaScript (and Yjs) count it. */
function skipString(d: decoding.Decoder): number {
  const len = uint(d);
  if (len > remaining(d)) throw new Refused('truncated');
  let units = 0;
  for (let i = d.pos, end = d.pos + len; i < end; i++) {
    const b = d.arr[i];
    if ((b & 0xc0) !== 0x80) units++; // every character starts with a non-continuation byte
    if (b >= 0xf0) units++; // a four-byte character is a surrogate pair (invalid UTF-8 fails in Yjs anyway)
  }
  d.pos += len;
  return units;
}

/** Walks an item's content; returns its length (the clocks it takes). */
function skipContent(d: decoding.Decoder, kind: number): number {
  switch (kind) {
    case 1: return uint(d); // deleted
    case 2: { const n = uint(d); claim(d, n, 1, 'json values'); for (let i = 0; i < n; i++) skipBytes(d); return n; }
    case 3: case 5: skipBytes(d); return 1; // binary, embed
    case 4: return skipString(d);
    case 6: skipBytes(d); skipBytes(d); return 1; // format
    case 7: { const ref = uint(d); if (ref > 6) throw new Refused(`unknown type ref ${ref}`); if (ref === 3 || ref === 5) skipBytes(d); return 1; }
    case 8: { const n = uint(d); claim(d, n, 1, 'values'); for (let i = 0; i < n; i++) skipAny(d, 0); return n; }
    case 9: skipBytes(d); skipAny(d, 0); return 1; // subdocument
    default: throw new Refused(`unknown content kind ${kind}`);
  }
}

/** Reads an item's reference (client, clock); it must not point at or after the item itself. */
function reference(d: decoding.Decoder, client: number, clock: number): void {
  const refClient = uint(d);
  const refClock = uint(d);
  if (refClient === client && refClock >= clock) throw new Refused('item refers to a later clock of its own client');
}

/** Walks one struct of `client` at `clock`; returns its length (never 0). */
function skipStruct(d: decoding.Decoder, client: number, clock: number): number {
  if (d.pos >= d.arr.length) throw new Refused('truncated');
  const info = decoding.readUint8(d);
  const kind = info & 31;
  let length: number;
  if (kind === 0 || kind === 10) length = uint(d);
  else {
    if (info & 128) reference(d, client, clock);
    if (info & 64) reference(d, client, clock);
    if ((info & 192) === 0) {
      if (uint(d) === 1) skipBytes(d); else reference(d, client, clock);
      if (info & 32) skipBytes(d);
    }
    length = skipContent(d, kind);
  }
  if (length === 0) throw new Refused('struct of length 0');
  return length;
}

function walk(d: decoding.Decoder): { structs: number; deleteRanges: number } {
  let structs = 0;
  const clients = uint(d);
  claim(d, clients, 3, 'clients');
  for (let c = 0; c < clients; c++) {
    const count = uint(d);
    const client = uint(d);
    let clock = uint(d);
    claim(d, count, 2, 'structs');
    for (let i = 0; i < count; i++) {
      const isSkip = d.pos < d.arr.length && (d.arr[d.pos] & 31) === 10;
      clock += skipStruct(d, client, clock);
      if (!isSkip) structs++;
    }
  }
  let deleteRanges = 0;
  const dsClients = uint(d);
  claim(d, dsClients, 2, 'delete-set clients');
  for (let c = 0; c < dsClients; c++) {
    uint(d); // client
    const ranges = uint(d);
    claim(d, ranges, 2, 'delete ranges');
    for (let i = 0; i < ranges; i++) {
      uint(d);
      if (uint(d) === 0) throw new Refused('delete range of length 0');
      deleteRanges++;
    }
  }
  if (d.pos !== d.arr.length) throw new Refused('trailing bytes');
  return { structs, deleteRanges };
}

/** Walks a v1 update cheaply: refuses empty, truncated or over-claiming updates and tells whether it changes anything. */
export function inspectUpdate(update: Uint8Array): UpdateInspection {
  if (update.length === 0) return { ok: false, reason: 'empty update' };
  try {
    const { structs, deleteRanges } = walk(decoding.createDecoder(update));
    return { ok: true, structs, deleteRanges, hasChange: structs > 0 || deleteRanges > 0 };
  } catch (err) {
    return { ok: false, reason: err instanceof Refused ? err.message : 'undecodable update' };
  }
}

/** Checks a state vector ([count] ([client][clock]) × count) the same way; true when it is sound. */
export function isSoundStateVector(stateVector: Uint8Array): boolean {
  try {
    const d = decoding.createDecoder(stateVector);
    const count = uint(d);
    claim(d, count, 2, 'clients');
    for (let i = 0; i < count; i++) { uint(d); uint(d); }
    return d.pos === d.arr.length;
  } catch {
    return false;
  }
}
