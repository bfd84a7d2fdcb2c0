// SPDX-License-Identifier: EUPL-1.2
/**
 * Precompressed copies of the built client, made once at build time so the server never
 * compresses per request: next to every compressible file `x` (HTML, JavaScript, CSS, SVG, JSON
 * and text, source maps excluded) it writes `x.br` (brotli, best quality) and `x.gz` (gzip, best
 * level), each only when smaller than `x`. server/http/staticClient.ts picks one by the request's
 * Accept-Encoding. node:zlib only, no extra dependency.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const COMPRESSIBLE = /\.(html|js|mjs|css|svg|json|txt|webmanifest)$/i;

/** The encodings written, with their file suffix and compressor. */
export const PRECOMPRESSED = Object.freeze([
  { encoding: 'br', suffix: '.br', compress: (data) => zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length } }) },
  { encoding: 'gzip', suffix: '.gz', compress: (data) => zlib.gzipSync(data, { level: 9 }) },
]);

/** All files under dir (recursively). */
function filesUnder(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** Writes the .br and .gz copies of every compressible file under dir; removes outdated copies. */
export function precompressDir(dir) {
  for (const file of filesUnder(dir)) {
    if (!COMPRESSIBLE.test(file)) continue;
    const data = fs.readFileSync(file);
    for (const { suffix, compress } of PRECOMPRESSED) {
      const packed = compress(data);
      if (packed.length < data.length) fs.writeFileSync(file + suffix, packed);
      else fs.rmSync(file + suffix, { force: true });
    }
  }
}

/** Vite plugin: precompresses the output folder once the build has written it. */
export function precompressClient() {
  let outDir = '';
  return {
    name: 'stip-precompress',
    apply: 'build',
    configResolved(config) { outDir = path.resolve(config.root, config.build.outDir); },
    closeBundle() { if (outDir && fs.existsSync(outDir)) precompressDir(outDir); },
  };
}
