// SPDX-License-Identifier: EUPL-1.2
/**
 * The cast of the access tests: a workshop with Anna (raadslid, group 1) and Bram (ambtenaar,
 * group 2) and its plenary screen session, plus a neighbouring workshop whose people must never
 * reach the first.
 */
import type { ScreenLinkAnswer } from '../../shared/apiMeeting.js';
import type { SeededWorkshop, TestServer } from './stipServer.js';

/** The seeded workshop, its neighbour and the screen's session cookie. */
export interface AccessFixture { seeded: SeededWorkshop; other: SeededWorkshop; screenCookie: string }

/** Seeds the access cast on `server`, the workshop named `gemeente`. */
export async function seedAccessFixture(server: TestServer, gemeente: string): Promise<AccessFixture> {
  const seeded = await server.seedWorkshop({
    gemeente,
    participants: [
      { name: 'Anna', role: 'raadslid', group: 1 },
      { name: 'Bram', role: 'ambtenaar', group: 2 },
    ],
  });
  const other = await server.seedWorkshop({ gemeente: 'Buurdorp', participants: [{ name: 'Ook', role: 'raadslid', group: 1 }] });
  const link = await server.api<ScreenLinkAnswer>(`/api/workshops/${seeded.workshopId}/screen-link`, { cookie: seeded.facilitator.cookie, body: {} });
  if (link.status !== 200) throw new Error(`screen link: status ${link.status}`);
  const screenCookie = (await server.openLink(link.body.link)).cookie;
  if (!screenCookie) throw new Error('the screen link gave no session');
  return { seeded, other, screenCookie };
}
