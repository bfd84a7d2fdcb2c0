// SPDX-License-Identifier: EUPL-1.2
/** Accept-Encoding decides which precompressed copy of a client file is sent. */
import { describe, expect, it } from 'vitest';
import { acceptedEncodings } from './contentEncoding.js';

const names = (header: string | undefined) => acceptedEncodings(header).map((p) => p.encoding);

describe('choosing a precompressed copy by Accept-Encoding', () => {
  it('prefers brotli over gzip when a browser accepts both', () => {
    expect(names('gzip, deflate, br, zstd')).toEqual(['br', 'gzip']);
  });

  it('sends the plain file when the request names no encoding or only identity', () => {
    expect(names(undefined)).toEqual([]);
    expect(names('')).toEqual([]);
    expect(names('identity')).toEqual([]);
  });

  it('follows q values and never picks an encoding refused with q=0', () => {
    expect(names('br;q=0.5, gzip;q=0.9')).toEqual(['gzip', 'br']);
    expect(names('br;q=0, gzip')).toEqual(['gzip']);
    expect(names('*;q=0.3, br;q=0')).toEqual(['gzip']);
  });

  it('accepts x-gzip and any case', () => {
    expect(names('X-GZIP')).toEqual(['gzip']);
    expect(names('BR')).toEqual(['br']);
  });
});
