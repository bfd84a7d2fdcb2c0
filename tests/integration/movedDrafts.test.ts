// SPDX-License-Identifier: EUPL-1.2
/**
 * Someone moved to another group during step 1 (by hand, or by redistributing after the
 * facilitator confirmed) keeps what they wrote privately: at the reveal it appears in the group
 * they wrote it for, as the redistribution question promises.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParticipantView } from '../../shared/api.js';
import { draftDocName, groupDocName } from '../../shared/docNames.js';
import { addStatement, listStatements } from '../../shared/groupDoc.js';
import { collabClient, startTestServer, until, type SeededWorkshop, type TestServer } from '../helpers/stipServer.js';

let server: TestServer;
let seeded: SeededWorkshop;

beforeAll(async () => {
  server = await startTestServer();
  seeded = await server.seedWorkshop({
    gemeente: 'Verhuisdorp',
    participants: [{ name: 'Anna', role: 'raadslid', group: 1 }, { name: 'Bram', role: 'ambtenaar', group: 2 }],
  });
});
afterAll(async () => {
  await server?.close();
});

describe('a private statement of someone who moved during step 1', () => {
  it('is revealed into the group it was written for', async () => {
    const w = seeded.workshopId;
    const anna = seeded.participants.find((p) => p.name === 'Anna')!;
    const live = (body: object) => server.api(`/api/workshops/${w}/live`, { method: 'PATCH', cookie: seeded.facilitator.cookie, body });
    expect((await live({ step: 'write' })).status).toBe(200);
    const draft = collabClient(server.url, draftDocName(w, 1, anna.id), anna.cookie);
    try {
      await draft.synced();
      addStatement(draft.doc, { kind: 'openStaan', text: 'Geschreven-in-groep-1', authorKey: anna.authorKey, authorRole: 'raadslid' });
      await until([draft.doc], () => listStatements(draft.doc).length === 1);
      const reader = collabClient(server.url, draftDocName(w, 1, anna.id), seeded.facilitator.cookie);
      await until([reader.doc], () => listStatements(reader.doc).length === 1);
      reader.destroy();
    } finally {
      draft.destroy();
    }
    const moved = await server.api<ParticipantView>(`/api/workshops/${w}/participants/${anna.id}`, { method: 'PATCH', cookie: seeded.facilitator.cookie, body: { group: 2 } });
    expect(moved.body.group).toBe(2);

    expect((await live({ step: 'reveal' })).status).toBe(200);
    const texts = (g: number) => server.app.documents.read(groupDocName(w, g), (doc) => listStatements(doc).map((s) => s.text));
    expect(await texts(1)).toEqual(['Geschreven-in-groep-1']);
    expect(await texts(2)).toEqual([]);
  });
});
