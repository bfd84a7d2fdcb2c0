// SPDX-License-Identifier: EUPL-1.2
/**
 * Starts a real Stip server that serves the built client (built by tests/e2e/globalSetup.ts).
 */
import path from 'node:path';
import { startTestServer, type TestServer } from '../helpers/stipServer.js';

/** A test server on port 0 serving dist/client. */
export async function startServerWithClient(): Promise<TestServer> {
  return startTestServer({ clientDir: path.resolve('dist/client') });
}
