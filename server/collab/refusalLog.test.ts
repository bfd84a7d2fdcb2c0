// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { RefusalLog } from './refusalLog.js';

describe('RefusalLog', () => {
  it('writes one line per kind with its count, not one per frame', () => {
    const lines: { msg: string; fields?: Record<string, unknown> }[] = [];
    const log = new RefusalLog((_level, msg, fields) => lines.push({ msg, fields }), 3_600_000);
    for (let i = 0; i < 2_645; i++) log.record(4422, `item ${i} out of place`, i % 2 ? 'w/a/m1/g/1' : 'w/a/m1/g/2');
    log.record(4003, 'read-only connection sent a change', 'w/a/vision');
    expect(lines).toEqual([]);
    log.stop();
    expect(lines).toEqual([
      { msg: 'collab.frame-refused', fields: { code: 4422, why: 'item # out of place', count: 2_645, documents: 2 } },
      { msg: 'collab.frame-refused', fields: { code: 4003, why: 'read-only connection sent a change', count: 1, documents: 1 } },
    ]);
  });
});
