// SPDX-License-Identifier: EUPL-1.2
/** Types of scripts/precompress.mjs (brotli and gzip copies of the built client). */
import type { Plugin } from 'vite';

/** The encodings written, with their file suffix and compressor. */
export const PRECOMPRESSED: readonly { encoding: 'br' | 'gzip'; suffix: string; compress(data: Buffer): Buffer }[];
/** Writes the .br and .gz copies of every compressible file under dir; removes outdated copies. */
export function precompressDir(dir: string): void;
/** Vite plugin: precompresses the output folder once the build has written it. */
export function precompressClient(): Plugin;
