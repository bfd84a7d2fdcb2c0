/// <reference types="vitest/config" />
/**
 * Vite builds the client into dist/client (only the Utrecht components and CSS used, with brotli
 * and gzip copies of every file: see scripts/); Vitest runs every test (unit, integration, browser).
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { utrechtTreeShaking } from './scripts/utrechtTreeShaking.mjs';
import { pruneUnusedCss } from './scripts/cssPruner.mjs';
import { precompressClient } from './scripts/precompress.mjs';
import { earlyRoutePreload } from './scripts/earlyRoutePreload.mjs';

export default defineConfig({
  root: 'client',
  plugins: [react(), utrechtTreeShaking(), earlyRoutePreload(), pruneUnusedCss(), precompressClient()],
  build: { outDir: '../dist/client', emptyOutDir: true, sourcemap: true },
  server: {
    port: 5173,
    proxy: {
      '/api': 'http://localhost:8080',
      '/j/': 'http://localhost:8080',
      '/collab': { target: 'ws://localhost:8080', ws: true },
    },
  },
  test: {
    root: '.',
    include: ['shared/**/*.test.ts', 'server/**/*.test.ts', 'client/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    globalSetup: ['tests/e2e/globalSetup.ts'],
  },
});
