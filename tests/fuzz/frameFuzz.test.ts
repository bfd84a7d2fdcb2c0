/**
 * Frame fuzzing against the real CollabServer over real sockets (see frameFuzzer.ts for how each
 * frame is judged): hostile frames from write and read connections never crash the server, close
 * only the socket that sent them and only with a shared close code, change the document only when
 * they are valid updates from writers, and a well-behaved stock client in the same room keeps
 * converging. The long run is `npm run fuzz` (scripts/fuzzFrames.ts). FUZZ_FRAMES and
 * FUZZ_FRAME_SEED change this run's size and seed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { CLOSE } from '../../shared/closeCodes.js';
import { canonicalGroupState } from './groupDocOps.js';
import * as Y from 'yjs';
import { horizonOf } from '../../shared/groupDoc.js';
import { CollabHarness, groupDoc, waitFor } from '../helpers/collabHarness.js';
import { ALLOWED_CLOSE_CODES, fuzzFrames } from './frameFuzzer.js';

const FRAMES = Number(process.env.FUZZ_FRAMES ?? 6_000);
const SEED = Number(process.env.FUZZ_FRAME_SEED ?? 20_261_123);

/** Frames the fuzzer once found wrong, kept for ever: each a sync message carrying an update, exactly as it was sent. */
const REGRESSION_FRAMES: { name: string; hex: string; close: number }[] = [
  {
    // Found by seed 7: a paragraph, then a text whose parent is clock 32 of its own client (a bit
    // flip of clock 0). Yjs threw halfway, after the paragraph was applied, stored and sent.
    name: 'an item whose parent is a later clock of its own client',
    hex: '0002360103dce8e4b60900070107686f72697a6f6e03097061726167726170680700dce8e4b60920060400dce8e4b60901066c6174656a2000',
    close: CLOSE.updateRefused.code,
  },
  {
    // Found by seed 7: typing whose right origin is clock 12 of its own client, the item itself at 7.
    // Yjs threw after the first four structs were applied.
    name: 'an item whose right origin is a later clock of its own client',
    hex: '0001620105dd89f5f20200070107686f72697a6f6e03097061726167726170680700dd89f5f20200060400dd89f5f20201026d6584dd89f5f2020303742e20c4dd89f5f20203dd89f5f2020c17696e69746961746965662076657274726f7577656e2e3000',
    close: CLOSE.updateRefused.code,
  },
];

/**
 * KNOWN BUG, not fixed (found by `npm run fuzz`, seed 1): one writer's update in which an item's
 * origin lies *after* its right origin ("voor open. " at clock 24: origin clock 20 = the 'a' of
 * "ra", right origin clock 5 = the 's' of "samen"). The server integrates it in one piece; clients
 * and the SQLite log get the server's re-encoded update, split differently, and integrate it
 * elsewhere. Same state vectors and delete sets, different text, for ever. Needs the document to
 * detect (where origin and right origin are), so not in the stateless update guard.
 */
const DIVERGING_UPDATE_FRAME = '0002630105ea97d73a00070107686f72697a6f6e03097061726167726170680700ea97d73a00060400ea97d73a0115f09f89822073616d656e20636f6c6c65676520726184ea97d73a1403616420c4ea97d73a14ea97d73a050b766f6f72206f70656e2e2000';

describe('frame fuzzing', () => {
  let harness: CollabHarness;
  afterEach(async () => { await harness?.dispose(); });

  it(`${FRAMES} hostile frames (seed ${SEED}) leave the server up, close only their sender with a shared code, and let a well-behaved client keep converging`, async () => {
    harness = await CollabHarness.start();
    const report = await fuzzFrames({ harness, seed: SEED, frames: FRAMES, workers: 4, roundFrames: 3_000, checkEvery: 1_500 });

    expect(report.frames).toBe(FRAMES);
    expect(report.violations, `${report.violationCount} violations`).toEqual([]);
    expect(report.serverErrors).toEqual([]);
    expect(Object.keys(report.closesByCode).map(Number).filter((code) => !ALLOWED_CLOSE_CODES.has(code))).toEqual([]);
    expect(report.goodClient.closes).toEqual([]);
    expect(report.goodClient.checkpoints, 'converged at least once per room').toBeGreaterThanOrEqual(Math.ceil(FRAMES / 3_000));
    expect(report.documentChanges).toMatchObject({ byReaders: 0, byRefusedFrames: 0, byOthers: 0 });
    expect(report.documentChanges.byWriters, 'valid updates from writers got through').toBeGreaterThan(0);
    expect(report.survived, 'some frames were harmless').toBeGreaterThan(0);
  });

  it.fails('KNOWN BUG: an update whose item lies before its own left origin leaves server and clients with different text', async () => {
    harness = await CollabHarness.start();
    const docName = groupDoc();
    const watcher = await harness.connect(docName, { name: 'Anna' });
    const sender = await harness.raw(docName, { name: 'Bram' });
    sender.send(Buffer.from(DIVERGING_UPDATE_FRAME, 'hex'));
    const stateVector = (doc: Y.Doc) => Buffer.from(Y.encodeStateVector(doc)).toString('hex');
    await waitFor(async () => (await harness.server.readDoc(docName, stateVector)) === stateVector(watcher.doc) && horizonOf(watcher.doc).length > 0, 'the update everywhere');
    expect(horizonOf(watcher.doc).toString()).toBe(await harness.server.readDoc(docName, (doc) => horizonOf(doc).toString()));
  });

  for (const regression of REGRESSION_FRAMES) {
    it(`refuses ${regression.name} without changing, storing or sending anything`, async () => {
      harness = await CollabHarness.start();
      const docName = groupDoc();
      const watcher = await harness.connect(docName, { name: 'Anna' });
      const before = await harness.server.readDoc(docName, canonicalGroupState);
      const storedBefore = (await harness.store.load(docName)).updates.length;
      const sender = await harness.raw(docName, { name: 'Bram' });
      sender.send(Buffer.from(regression.hex, 'hex'));
      expect((await sender.closed).code).toBe(regression.close);
      expect(await harness.server.readDoc(docName, canonicalGroupState)).toBe(before);
      await harness.store.flush();
      expect((await harness.store.load(docName)).updates.length).toBe(storedBefore);
      expect(canonicalGroupState(watcher.doc)).toBe(before);
    });
  }
});
