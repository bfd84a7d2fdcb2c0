// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { SocketCaps } from './SocketCaps.js';

describe('SocketCaps', () => {
  it('refuses a session over its cap and admits it again once a socket is given back', () => {
    const caps = new SocketCaps({ perSession: 2, perAddress: 0 });
    const a = caps.reserve('s', '10.0.0.1');
    const b = caps.reserve('s', '10.0.0.1');
    expect(caps.reserve('s', '10.0.0.1')).toEqual({ ok: false, refusal: 'sessionSockets' });
    expect(caps.reserve('t', '10.0.0.1').ok).toBe(true);
    if (a.ok) { a.release(); a.release(); }
    expect(caps.reserve('s', '10.0.0.1').ok).toBe(true);
    expect(caps.reserve('s', '10.0.0.1')).toEqual({ ok: false, refusal: 'sessionSockets' });
    expect(b.ok).toBe(true);
  });

  it('refuses an address over its cap; an uncapped (null) address is never refused', () => {
    const caps = new SocketCaps({ perSession: 0, perAddress: 1 });
    expect(caps.reserve('s1', '10.0.0.1').ok).toBe(true);
    expect(caps.reserve('s2', '10.0.0.1')).toEqual({ ok: false, refusal: 'addressSockets' });
    expect(caps.reserve('s3', '10.0.0.2').ok).toBe(true);
    for (let i = 0; i < 5; i++) expect(caps.reserve(`l${i}`, null).ok).toBe(true);
  });
});
