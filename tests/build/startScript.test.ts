// SPDX-License-Identifier: EUPL-1.2
/** `npm start` runs the server in its own process with the server's V8 flags (no launcher left beside it). */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SERVER_NODE_FLAGS } from '../../scripts/serverProcess.mjs';

describe('npm start', () => {
  const pkg = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> };

  it('starts the launcher with the flags the server runs with', () => {
    expect(pkg.scripts.start).toBe(`node ${SERVER_NODE_FLAGS.join(' ')} scripts/start.mjs`);
  });

  it('runs the built server inside the launcher instead of spawning a child process', () => {
    const launcher = fs.readFileSync(new URL('../../scripts/start.mjs', import.meta.url), 'utf8');
    expect(launcher).not.toMatch(/child_process/);
    expect(launcher).toMatch(/await import\(pathToFileURL\(SERVER_BUNDLE\)\.href\)/);
  });
});
