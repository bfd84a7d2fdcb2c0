// SPDX-License-Identifier: EUPL-1.2
/// <reference types="vitest/config" />
/**
 * Vite builds the client into dist/client (only the Utrecht components and CSS used, stand-ins for
 * modules the client never runs, with brotli
 * and gzip copies of every file: see scripts/); Vitest runs every test (unit, integration, browser).
 */
import { defineConfig } from 'vite';
import { configDefaults } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { utrechtTreeShaking } from './scripts/utrechtTreeShaking.mjs';
import { pruneUnusedCss } from './scripts/cssPruner.mjs';
import { precompressClient } from './scripts/precompress.mjs';
import { earlyRoutePreload } from './scripts/earlyRoutePreload.mjs';
import { clientStandIns } from './scripts/clientStandIns.mjs';
import { API_PATH, COLLAB_PATH, JOIN_PATH_PREFIX } from './shared/paths.js';
import { SQLITE_ONLY_TESTS } from './tests/integration/sqliteOnly.js';

/** STIP_TEST_STORE=postgres: the run on PostgreSQL leaves out the tests of the SQLite file itself. */
const onPostgres = process.env.STIP_TEST_STORE === 'postgres';

export default defineConfig({
  root: 'client',
  plugins: [react(), clientStandIns(), utrechtTreeShaking(), earlyRoutePreload(), pruneUnusedCss(), precompressClient()],
  build: { outDir: '../dist/client', emptyOutDir: true, sourcemap: true },
  server: {
    port: 5173,
    proxy: {
      [API_PATH]: 'http://localhost:8080',
      [JOIN_PATH_PREFIX]: 'http://localhost:8080',
      [COLLAB_PATH]: { target: 'ws://localhost:8080', ws: true },
    },
  },
  test: {
    root: '.',
    include: ['shared/**/*.test.ts', 'server/**/*.test.ts', 'client/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: [...configDefaults.exclude, ...(onPostgres ? Object.keys(SQLITE_ONLY_TESTS).map((file) => `tests/integration/${file}`) : [])],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    globalSetup: ['tests/e2e/globalSetup.ts'],
    // expect.poll waits for what another browser or the server does; a busy 2-core CI machine needs more than 1 s.
    expect: { poll: { timeout: 15_000 } },
  },
});
