// SPDX-License-Identifier: EUPL-1.2
/**
 * Who may open which document, over real upgrades with real sessions (DESIGN.md, "Documents and
 * who may do what"). "write" means a change arrives at another client; "read" means a change
 * closes the socket with 4003; a number is the HTTP status of the refused upgrade.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreementsDocName, consultationDocName, groupDocName, ROLE_GROUPS, roleGroupDocName, visionDocName } from '../../shared/docNames.js';
import { hasProbe, seedRoleGroupProbe, writeProbe } from '../helpers/probeWrite.js';
import { collabClient, startTestServer, until, type CollabClient, type SeededWorkshop, type TestServer } from '../helpers/stipServer.js';

let server: TestServer;
let seeded: SeededWorkshop;
let otherWorkshop: SeededWorkshop;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer();
  seeded = await server.seedWorkshop({
    gemeente: 'Rechtendorp',
    participants: [
      { name: 'raadslid', role: 'raadslid', group: 1 },
      { name: 'griffier', role: 'griffier', group: 1 },
      { name: 'collegelid', role: 'collegelid', group: 2 },
      { name: 'gemeentesecretaris', role: 'gemeentesecretaris', group: 2 },
      { name: 'directie', role: 'directie', group: 3 },
      { name: 'ambtenaar', role: 'ambtenaar', group: 3 },
    ],
  });
  otherWorkshop = await server.seedWorkshop({ gemeente: 'Buurdorp', participants: [{ name: 'elders', role: 'raadslid', group: 1 }] });
  for (const p of seeded.participants) cookies[p.name] = p.cookie;
  cookies.facilitator = seeded.facilitator.cookie;
  cookies.setup = seeded.setupCookie;
  cookies.otherWorkshop = otherWorkshop.participants[0].cookie;
  cookies.otherFacilitator = otherWorkshop.facilitator.cookie;
  for (const g of ROLE_GROUPS) {
    const facilitator = collabClient(server.url, roleGroupDocName(seeded.workshopId, g), seeded.facilitator.cookie);
    await facilitator.synced();
    seedRoleGroupProbe(facilitator.doc, { authorKey: seeded.facilitator.authorKey, authorRole: 'facilitator' });
    const reader = collabClient(server.url, roleGroupDocName(seeded.workshopId, g), seeded.setupCookie);
    await until([reader.doc], () => reader.doc.getMap('ambitions').size === 1);
    facilitator.destroy();
    reader.destroy();
  }
});
afterAll(async () => {
  await server?.close();
});

type Expect = 'write' | 'read' | number;

async function check(docName: string, who: string): Promise<Expect> {
  const clients: CollabClient[] = [];
  try {
    const client = collabClient(server.url, docName, cookies[who] ?? null);
    clients.push(client);
    const outcome = await Promise.race([client.synced().then(() => 'open' as const), client.refused()]);
    if (outcome !== 'open') return outcome;
    const observerCookie = who === 'facilitator' ? cookies.setup : cookies.facilitator;
    const observer = collabClient(server.url, docName, observerCookie);
    clients.push(observer);
    await observer.synced();
    const mark = `${who}-${Math.random()}`;
    writeProbe(client.doc, docName, mark);
    return await Promise.race([
      client.closed().then((c) => (c.code === 4003 ? 'read' as const : c.code)),
      until([observer.doc], () => hasProbe(observer.doc, docName, mark)).then(() => 'write' as const),
    ]);
  } finally {
    for (const c of clients) c.destroy();
  }
}

const id = () => seeded.workshopId;
const table: [string, () => string, Record<string, Expect>][] = [
  ['group 1 of meeting 1', () => groupDocName(id(), 1), {
    raadslid: 'write', griffier: 'write', collegelid: 403, ambtenaar: 403, facilitator: 'write', setup: 'write', otherWorkshop: 403, otherFacilitator: 403, nobody: 401,
  }],
  ['the vision', () => visionDocName(id()), { raadslid: 'read', ambtenaar: 'read', facilitator: 'write', setup: 'write', otherWorkshop: 403, nobody: 401 }],
  ['the agreements', () => agreementsDocName(id()), { directie: 'read', facilitator: 'read', setup: 'read', otherFacilitator: 403 }],
  ['the consultation', () => consultationDocName(id()), { collegelid: 'read', facilitator: 'read', setup: 'read', otherWorkshop: 403 }],
  ['the raad role group', () => roleGroupDocName(id(), 'raad'), { raadslid: 'write', griffier: 'write', collegelid: 403, ambtenaar: 403, facilitator: 'write' }],
  ['the college role group', () => roleGroupDocName(id(), 'college'), { collegelid: 'write', directie: 'write', gemeentesecretaris: 'write', raadslid: 403 }],
  ['the ambtenaren role group', () => roleGroupDocName(id(), 'ambtenaren'), { ambtenaar: 'write', directie: 403, setup: 'write' }],
];

describe('document permissions', () => {
  for (const [label, doc, expected] of table) {
    it(`on ${label}: ${Object.entries(expected).map(([who, e]) => `${who} ${e}`).join(', ')}`, async () => {
      const got: Record<string, Expect> = {};
      for (const who of Object.keys(expected)) got[who] = await check(doc(), who);
      expect(got).toEqual(expected);
    });
  }

  it('answers 404 to the installation organiser for a workshop that does not exist', async () => {
    expect(await check(visionDocName('AAAAAAAAAAAAAAAA'), 'setup')).toBe(404);
  });

  it('answers 404 for a forged document name', async () => {
    expect(await check(`w/${id()}/m1/g/7`, 'facilitator')).toBe(404);
    expect(await check(`w/${id()}/../secret`, 'facilitator')).toBe(404);
  });
});
