// SPDX-License-Identifier: EUPL-1.2
/**
 * Which precompressed copy of a file to send: reads a request's Accept-Encoding (RFC 9110 §12.5.3:
 * `br;q=1.0, gzip;q=0.8, *;q=0.1`, q=0 meaning "not acceptable") and lists the encodings the client
 * accepts, best first (brotli before gzip on a tie, since it is smaller).
 */

/** An encoding the build writes copies in (scripts/precompress.mjs): its name and file suffix. */
export interface Precompressed { encoding: 'br' | 'gzip'; suffix: '.br' | '.gz' }

/** The precompressed encodings, in the order preferred on a tie. */
export const PRECOMPRESSED_ENCODINGS: readonly Precompressed[] = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
];

/** The q value of each coding named in an Accept-Encoding header (lower-cased; x-gzip counts as gzip). */
function qualities(header: string): Map<string, number> {
  const result = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    let q = 1;
    for (const param of params) {
      const [key, value] = param.trim().split('=');
      if (key === 'q') q = Number(value);
    }
    if (Number.isFinite(q)) result.set(name === 'x-gzip' ? 'gzip' : name, Math.max(result.get(name) ?? 0, q));
  }
  return result;
}

/** The precompressed encodings the request accepts, best first; empty without Accept-Encoding. */
export function acceptedEncodings(header: string | string[] | undefined): Precompressed[] {
  const text = Array.isArray(header) ? header.join(',') : header;
  if (!text) return [];
  const q = qualities(text);
  const weighed = PRECOMPRESSED_ENCODINGS.map((p) => ({ p, q: q.get(p.encoding) ?? q.get('*') ?? 0 }));
  return weighed.filter((w) => w.q > 0).sort((a, b) => b.q - a.q).map((w) => w.p);
}
