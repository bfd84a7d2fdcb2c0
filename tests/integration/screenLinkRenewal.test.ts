// SPDX-License-Identifier: EUPL-1.2
/**
 * The beamer link can be revoked and renewed (issue 9, item 9): renewing revokes the old screen
 * link, ends the screen's sessions and closes its open sockets; the new link works; the members
 * keep working meanwhile.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScreenLinkAnswer } from '../../shared/apiMeeting.js';
import { groupDocName, visionDocName } from '../../shared/docNames.js';
import { addStatement, statementText } from '../../shared/groupDoc.js';
import { seedAccessFixture, type AccessFixture } from '../helpers/accessFixture.js';
import { collabClient, startTestServer, until, type TestServer } from '../helpers/stipServer.js';

let server: TestServer;
let fx: AccessFixture;

beforeAll(async () => {
  server = await startTestServer();
  fx = await seedAccessFixture(server, 'Beamerdorp');
});

afterAll(async () => {
  await server.close();
});

describe('renewing the screen link', () => {
  it('revokes the old link, ends the screen session and closes its sockets; the new link opens; members keep writing', async () => {
    const { seeded, screenCookie } = fx;
    const oldLink = (await server.api<ScreenLinkAnswer>(`/api/workshops/${seeded.workshopId}/screen-link`, { cookie: seeded.facilitator.cookie, body: {} })).body.link;
    const group = groupDocName(seeded.workshopId, 1);
    const screenGroup = collabClient(server.url, group, screenCookie);
    const screenVision = collabClient(server.url, visionDocName(seeded.workshopId), screenCookie);
    const anna = collabClient(server.url, group, seeded.participants[0].cookie);
    await Promise.all([screenGroup.synced(), screenVision.synced(), anna.synced()]);

    const renewed = await server.api<ScreenLinkAnswer>(`/api/workshops/${seeded.workshopId}/screen-link/renew`, { cookie: seeded.facilitator.cookie, body: {} });
    expect(renewed.status).toBe(200);
    expect(renewed.body.link).not.toBe(oldLink);
    expect(await screenGroup.closed()).toEqual({ code: 4401, reason: 'session-ended' });
    expect(await screenVision.closed()).toEqual({ code: 4401, reason: 'session-ended' });
    expect((await server.api('/api/me', { cookie: screenCookie })).status).toBe(401);
    expect((await server.openLink(oldLink)).cookie).toBeNull();

    const id = addStatement(anna.doc, { kind: 'openStaan', text: 'Na de nieuwe link.', authorKey: seeded.participants[0].authorKey, authorRole: 'raadslid' });
    const freshCookie = (await server.openLink(renewed.body.link)).cookie!;
    const fresh = collabClient(server.url, group, freshCookie);
    await fresh.synced();
    await until([fresh.doc], () => statementText(fresh.doc, id)?.toString() === 'Na de nieuwe link.');
    for (const c of [screenGroup, screenVision, anna, fresh]) c.destroy();
  });

  it('is for the facilitator only', async () => {
    const { seeded, screenCookie } = fx;
    expect((await server.api(`/api/workshops/${seeded.workshopId}/screen-link/renew`, { cookie: seeded.participants[0].cookie, body: {} })).status).toBe(403);
    expect((await server.api(`/api/workshops/${seeded.workshopId}/screen-link/renew`, { cookie: screenCookie, body: {} })).status).toBeGreaterThanOrEqual(401);
  });
});
