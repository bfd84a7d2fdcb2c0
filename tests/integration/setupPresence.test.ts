// SPDX-License-Identifier: EUPL-1.2
/**
 * The set-up session in a workshop's presence (the merge view's carets): named as the workshop's
 * facilitator, never as an anonymous "Beheerder" (issue 10).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visionDocName } from '../../shared/docNames.js';
import { collabClient, startTestServer, type CollabClient, type SeededWorkshop, type TestServer } from '../helpers/stipServer.js';

let server: TestServer;
let seeded: SeededWorkshop;
const open: CollabClient[] = [];

beforeAll(async () => {
  server = await startTestServer();
  seeded = await server.seedWorkshop({ gemeente: 'Zichtdorp', participants: [{ name: 'Anna', role: 'raadslid', group: 1 }] });
});
afterAll(async () => {
  for (const c of open) c.destroy();
  await server?.close();
});

describe('the set-up session in presence', () => {
  it('is shown with the name of the workshop\'s facilitator', async () => {
    const docName = visionDocName(seeded.workshopId);
    const setup = collabClient(server.url, docName, seeded.setupCookie);
    const watcher = collabClient(server.url, docName, seeded.facilitator.cookie);
    open.push(setup, watcher);
    await Promise.all([setup.synced(), watcher.synced()]);
    const me = await server.api<{ participant: { name: string } }>('/api/me', { cookie: seeded.facilitator.cookie });
    setup.provider.awareness.setLocalStateField('cursor', { anchor: 1 });
    await expect.poll(() => (watcher.provider.awareness.getStates().get(setup.doc.clientID) as { user?: { name: string } } | undefined)?.user?.name)
      .toBe(me.body.participant.name);
    expect(me.body.participant.name).not.toBe('Beheerder');
  });
});
