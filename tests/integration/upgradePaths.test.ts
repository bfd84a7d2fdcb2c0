// SPDX-License-Identifier: EUPL-1.2
/** The HTTP server upgrades only the collaboration endpoint; any other upgrade is refused like a collab refusal. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startTestServer, type TestServer } from '../helpers/stipServer.js';

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server.close(); });

function upgradeAnswer(path: string): Promise<{ status: number; body: string }> {
  const ws = new WebSocket(server.url.replace(/^http/, 'ws') + path);
  return new Promise((resolve) => {
    ws.on('error', () => {});
    ws.once('open', () => { ws.close(); resolve({ status: 101, body: '' }); });
    ws.once('unexpected-response', (_req, res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => { body += chunk.toString(); });
      res.on('end', () => { ws.terminate(); resolve({ status: res.statusCode ?? 0, body }); });
    });
  });
}

describe('an upgrade outside the collaboration endpoint', () => {
  it('is answered 404 not-found and not upgraded', async () => {
    for (const path of ['/api/me', '/collaborate', '/']) {
      expect(await upgradeAnswer(path), path).toEqual({ status: 404, body: '{"error":"not-found"}' });
    }
  });
});
