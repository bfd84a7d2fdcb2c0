// SPDX-License-Identifier: EUPL-1.2
/**
 * A member's 41st statement (the per-author limit is 40), and text that two people type into one
 * statement at the same time past its 600 characters, are refused before the room integrates them
 * (server/collab/statementPrejudge.ts): only the sender's socket closes (4422); the others in the
 * room are not reset (no 1012), stay connected and keep every honest edit. Stock y-websocket
 * clients, real sessions, the real server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE } from '../../shared/closeCodes.js';
import { groupDocName } from '../../shared/docNames.js';
import { addStatement, listStatements, noteEditor, setEndorsement, statementText } from '../../shared/groupDoc.js';
import { DEFAULT_LIMITS } from '../../shared/limits.js';
import { collabClient, startTestServer, until, type CollabClient, type SeededWorkshop, type TestServer } from '../helpers/stipServer.js';

let server: TestServer;
let seeded: SeededWorkshop;
const open: CollabClient[] = [];

/** A fresh workshop for each case: Anna, Bram and Cees in group 1. */
async function seed(): Promise<void> {
  seeded = await server.seedWorkshop({
    gemeente: 'Limietdorp',
    participants: [
      { name: 'Anna', role: 'raadslid', group: 1 },
      { name: 'Bram', role: 'ambtenaar', group: 1 },
      { name: 'Cees', role: 'directie', group: 1 },
    ],
  });
}

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  for (const c of open) c.destroy();
  await server?.close();
});

const person = (name: string) => seeded.participants.find((p) => p.name === name)!;

/** A member in group 1 with every close code the server gave their socket. */
async function join(name: string): Promise<{ client: CollabClient; closes: number[] }> {
  const client = collabClient(server.url, groupDocName(seeded.workshopId, 1), person(name).cookie);
  open.push(client);
  const closes: number[] = [];
  client.provider.on('connection-close', (event: { code: number } | null) => { if (event) closes.push(event.code); });
  await client.synced();
  return { client, closes };
}

const statementBy = (client: CollabClient, name: string, text: string) => {
  const p = person(name);
  return addStatement(client.doc, { kind: 'openStaan', text, authorKey: p.authorKey, authorRole: p.role });
};

describe("a member's statement past the per-author limit", () => {
  it('is refused to its sender only: the others stay connected and keep every honest edit', async () => {
    await seed();
    const anna = await join('Anna');
    const bram = await join('Bram');
    const cees = await join('Cees');
    const max = DEFAULT_LIMITS.maxStatementsPerAuthor;
    for (let i = 0; i < max; i++) statementBy(anna.client, 'Anna', `Punt ${i + 1}`);
    const bramSays = statementBy(bram.client, 'Bram', 'Van Bram');
    await until([cees.client.doc], () => listStatements(cees.client.doc).length === max + 1);

    statementBy(anna.client, 'Anna', 'Nog een'); // the 41st
    statementText(bram.client.doc, bramSays)!.insert(8, ', echt'); // an honest edit at the same time
    await expect.poll(() => anna.closes).toEqual([CLOSE.updateRefused.code]);
    await until([cees.client.doc], () => statementText(cees.client.doc, bramSays)?.toString() === 'Van Bram, echt');

    // After the refusal, the others keep working together.
    setEndorsement(cees.client.doc, bramSays, person('Cees').authorKey, true);
    await until([bram.client.doc], () => listStatements(bram.client.doc).some((s) => s.id === bramSays && s.endorsedBy.length === 1));
    expect(bram.closes).toEqual([]);
    expect(cees.closes).toEqual([]);
    expect(bram.client.provider.wsconnected && cees.client.provider.wsconnected).toBe(true);

    const stored = await server.app.documents.read(groupDocName(seeded.workshopId, 1), (doc) => listStatements(doc));
    expect(stored.filter((s) => s.authorKey === person('Anna').authorKey)).toHaveLength(max);
    expect(stored.find((s) => s.id === bramSays)).toMatchObject({ text: 'Van Bram, echt', endorsedBy: [person('Cees').authorKey] });
    expect(stored.some((s) => s.text === 'Nog een')).toBe(false);
  });

  it('refuses the second of two edits that together pass a statement\'s character limit, to its sender only', async () => {
    await seed();
    const anna = await join('Anna');
    const bram = await join('Bram');
    const cees = await join('Cees');
    const max = DEFAULT_LIMITS.maxStatementChars;
    const shared = statementBy(bram.client, 'Bram', 'y'.repeat(max - 10));
    await until([anna.client.doc, cees.client.doc], () => statementText(anna.client.doc, shared)?.length === max - 10
      && statementText(cees.client.doc, shared)?.length === max - 10);

    bram.client.provider.disconnect(); // Bram keeps typing offline; Anna types at the same time, online
    statementText(bram.client.doc, shared)!.insert(0, 'B'.repeat(8));
    anna.client.doc.transact(() => { // someone else's statement: Anna names herself among its editors
      statementText(anna.client.doc, shared)!.insert(max - 10, 'A'.repeat(8));
      noteEditor(anna.client.doc, shared, { key: person('Anna').authorKey, role: person('Anna').role });
    });
    await until([cees.client.doc], () => statementText(cees.client.doc, shared)?.length === max - 2);
    bram.client.provider.connect(); // sends its 8 characters: together 606
    await expect.poll(() => bram.closes).toEqual([CLOSE.updateRefused.code]);

    statementBy(anna.client, 'Anna', 'Daarna gewoon verder.');
    await until([cees.client.doc], () => listStatements(cees.client.doc).some((s) => s.text === 'Daarna gewoon verder.'));
    expect(anna.closes).toEqual([]);
    expect(cees.closes).toEqual([]);
    const stored = await server.app.documents.read(groupDocName(seeded.workshopId, 1), (doc) => statementText(doc, shared)?.toString());
    expect(stored).toBe('y'.repeat(max - 10) + 'A'.repeat(8));
  });
});
