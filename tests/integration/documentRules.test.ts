// SPDX-License-Identifier: EUPL-1.2
/**
 * The document rules (shared/docRules.ts, declared in each document's home) against the real
 * server, doing what the security review did: flooding a group document, writing in someone
 * else's name, with another role, endorsing "as" the facilitator, overlong text, an unknown node
 * in the horizon, and a flooded draft before the reveal. Each is refused (4422) or bounded, the
 * server's copy does not change, the others in the room stay connected, and every honest edit is
 * kept. The forged-write matrix of forgedWrites.test.ts is extended here with authorship,
 * endorsements and schema.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { WorkshopExport } from '../../shared/apiAvg.js';
import type { ScreenLinkAnswer } from '../../shared/apiMeeting.js';
import { CLOSE } from '../../shared/closeCodes.js';
import { draftDocName, groupDocName } from '../../shared/docNames.js';
import { addStatement, horizonOf, listStatements, noteEditor, setEndorsement, statementsOf, statementText } from '../../shared/groupDoc.js';
import { DEFAULT_LIMITS } from '../../shared/limits.js';
import type { Role } from '../../shared/roles.js';
import { syncStep1Frame, updateFrame } from '../helpers/collabFrames.js';
import { hasProbe, writeProbe } from '../helpers/probeWrite.js';
import { isSyncStep2, openRawCollab, serverStateVector, type RawClose } from '../helpers/rawCollabSocket.js';
import { resynced } from './meetingClients.js';
import { collabClient, startTestServer, until, type CollabClient, type SeededParticipant, type SeededWorkshop, type TestServer } from '../helpers/stipServer.js';

let server: TestServer;
let seeded: SeededWorkshop;
let other: SeededWorkshop;
const open: CollabClient[] = [];

beforeAll(async () => {
  // Each case here is one refusal on purpose; the lock-out after repeated refusals has its own test (refusalPenalties).
  server = await startTestServer({ refusalPenalties: { maxRefusals: 1_000, windowMs: 60_000, lockoutMs: 300_000 } });
  seeded = await server.seedWorkshop({
    gemeente: 'Regeldorp',
    participants: [
      { name: 'Anna', role: 'ambtenaar', group: 1 },
      { name: 'Vera', role: 'ambtenaar', group: 1 },
      { name: 'Bram', role: 'collegelid', group: 1 },
      { name: 'Flo', role: 'raadslid', group: 1 },
      { name: 'Dirk', role: 'directie', group: 2 },
      { name: 'Els', role: 'griffier', group: 2 },
    ],
  });
  other = await server.seedWorkshop({ gemeente: 'Buurdorp', participants: [{ name: 'Olaf', role: 'raadslid', group: 1 }] });
});
afterAll(async () => {
  for (const c of open) c.destroy();
  await server?.close();
});

const person = (name: string) => seeded.participants.find((p) => p.name === name)!;
const group1 = () => groupDocName(seeded.workshopId, 1);
const group2 = () => groupDocName(seeded.workshopId, 2);

function connect(docName: string, cookie: string): CollabClient {
  const client = collabClient(server.url, docName, cookie);
  open.push(client);
  return client;
}

/** A copy of the server's document, to make a change against it. */
async function serverCopy(docName: string): Promise<Y.Doc> {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, await server.app.documents.read(docName, (doc) => Y.encodeStateAsUpdate(doc)));
  return copy;
}

/** The update that `change` makes to a copy of the server's document. */
async function changeOf(docName: string, change: (doc: Y.Doc) => void): Promise<Uint8Array> {
  const copy = await serverCopy(docName);
  const before = Y.encodeStateVector(copy);
  change(copy);
  return Y.encodeStateAsUpdate(copy, before);
}

/** Sends the frames on a raw socket with the cookie; answers the close the server made (null: still open) and whether the server's copy changed. */
async function send(docName: string, cookie: string, frames: Uint8Array[]): Promise<{ close: RawClose | null; changed: boolean }> {
  const before = await serverStateVector(server.app, docName);
  const opened = await openRawCollab(server.url, docName, { cookie });
  if (!opened.ok) throw new Error(`refused ${opened.status}`);
  const socket = opened.socket;
  for (const frame of frames) socket.send(frame);
  socket.send(syncStep1Frame());
  await Promise.race([socket.frame(isSyncStep2), socket.closed]);
  const close = socket.isClosed ? await socket.closed : null;
  socket.close();
  return { close, changed: !(await serverStateVector(server.app, docName)).equals(before) };
}

/** A member's own new statement, as the client writes it. */
function ownStatement(doc: Y.Doc, p: { authorKey: string; role: Role }, text: string, id?: string): string {
  return addStatement(doc, { id, kind: 'openStaan', text, authorKey: p.authorKey, authorRole: p.role });
}

/** Waits until an honest member's statement, written now, reached an observer and the server. */
async function honestEditArrives(writer: CollabClient, author: SeededParticipant, observer: CollabClient, docName: string): Promise<void> {
  const text = `Eerlijk ${Math.random()}`;
  const id = ownStatement(writer.doc, author, text);
  await until([observer.doc], () => statementText(observer.doc, id)?.toString() === text);
  expect(await server.app.documents.read(docName, (doc) => statementText(doc, id)?.toString())).toBe(text);
}

describe('a flood of statements', () => {
  it('is refused before it reaches the document: 11 frames of 3,500 one-character statements; the others keep working', async () => {
    const vera = connect(group1(), person('Vera').cookie);
    const observer = connect(group1(), seeded.facilitator.cookie);
    await Promise.all([vera.synced(), observer.synced()]);
    const countBefore = await server.app.documents.read(group1(), (doc) => statementsOf(doc).size);
    const flo = person('Flo');
    const frames: Uint8Array[] = [];
    for (let f = 0; f < 11; f++) {
      frames.push(updateFrame(await changeOf(group1(), (doc) => doc.transact(() => {
        for (let i = 0; i < 3_500; i++) ownStatement(doc, flo, 'x');
      }))));
    }
    const outcome = await send(group1(), flo.cookie, frames);
    expect(outcome).toEqual({ close: { code: CLOSE.updateRefused.code, reason: CLOSE.updateRefused.reason }, changed: false });
    expect(await server.app.documents.read(group1(), (doc) => statementsOf(doc).size)).toBe(countBefore);
    expect(vera.provider.wsconnected).toBe(true);
    await honestEditArrives(vera, person('Vera'), observer, group1());
  });

  it(`bounds one author at ${DEFAULT_LIMITS.maxStatementsPerAuthor} statements`, async () => {
    const flo = person('Flo');
    const allowed = await send(group1(), flo.cookie, [updateFrame(await changeOf(group1(), (doc) => doc.transact(() => {
      for (let i = 0; i < DEFAULT_LIMITS.maxStatementsPerAuthor; i++) ownStatement(doc, flo, `Punt ${i}`);
    })))]);
    expect(allowed).toEqual({ close: null, changed: true });
    const oneMore = await send(group1(), flo.cookie, [updateFrame(await changeOf(group1(), (doc) => ownStatement(doc, flo, 'Nog een')))]);
    expect(oneMore).toEqual({ close: { code: CLOSE.updateRefused.code, reason: CLOSE.updateRefused.reason }, changed: false });
    expect(await server.app.documents.read(group1(), (doc) => listStatements(doc).filter((s) => s.authorKey === flo.authorKey).length))
      .toBe(DEFAULT_LIMITS.maxStatementsPerAuthor);
  });
});

describe('forged content (the forged-write matrix: authorship, endorsements, schema)', () => {
  let veraStatement = '';
  beforeAll(async () => {
    const vera = person('Vera');
    veraStatement = await server.app.documents.change(group1(), (doc) => {
      const id = ownStatement(doc, vera, 'Van Vera');
      noteEditor(doc, id, { key: person('Flo').authorKey, role: 'raadslid' });
      return id;
    });
  });
  /** Changes Vera's statement text as `me`, naming `editor` (default: me) among its editors. */
  const editAs = (doc: Y.Doc, me: { authorKey: string; role: Role }, editor: { key: string; role: Role } = { key: me.authorKey, role: me.role }) => doc.transact(() => {
    statementText(doc, veraStatement)!.insert(0, 'Aangevuld: ');
    noteEditor(doc, veraStatement, editor);
  });

  const iframe = () => {
    const el = new Y.XmlElement('iframe');
    el.setAttribute('src', 'https://aanvaller.example/');
    return el;
  };
  const paragraph = (text: string, attrs: Record<string, string> = {}) => {
    const p = new Y.XmlElement('paragraph');
    for (const [k, v] of Object.entries(attrs)) p.setAttribute(k, v);
    p.insert(0, [new Y.XmlText(text)]);
    return p;
  };

  type Sender = 'member' | 'facilitator';
  const cases: { name: string; senders: Sender[]; refused: boolean; change(doc: Y.Doc, me: { authorKey: string; role: Role }): void }[] = [
    { name: 'a statement in another member\'s name', senders: ['member', 'facilitator'], refused: true, change: (doc) => ownStatement(doc, person('Vera'), 'Namens Vera') },
    { name: 'a statement with another role ("collegelid")', senders: ['member'], refused: true, change: (doc, me) => ownStatement(doc, { authorKey: me.authorKey, role: 'collegelid' }, 'Als collegelid') },
    { name: 'a statement with role "<img src=x onerror=alert(1)>"', senders: ['member', 'facilitator'], refused: true, change: (doc, me) => ownStatement(doc, { authorKey: me.authorKey, role: '<img src=x onerror=alert(1)>' as Role }, 'Rol') },
    { name: 'a statement of 2,053 characters', senders: ['member', 'facilitator'], refused: true, change: (doc, me) => ownStatement(doc, me, 'x'.repeat(2_053)) },
    {
      name: 'a new statement endorsed "by" the facilitator', senders: ['member'], refused: true,
      change: (doc, me) => { const id = ownStatement(doc, me, 'Iedereen steunt dit'); setEndorsement(doc, id, seeded.facilitator.authorKey, true); },
    },
    { name: 'an endorsement under another member\'s key', senders: ['member', 'facilitator'], refused: true, change: (doc) => setEndorsement(doc, veraStatement, person('Bram').authorKey, true) },
    { name: 'a new author key on an existing statement', senders: ['member', 'facilitator'], refused: true, change: (doc, me) => statementsOf(doc).get(veraStatement)!.set('authorKey', me.authorKey) },
    { name: 'another role on an existing statement', senders: ['member', 'facilitator'], refused: true, change: (doc) => statementsOf(doc).get(veraStatement)!.set('authorRole', 'collegelid') },
    { name: 'an existing statement\'s text past 600 characters', senders: ['member', 'facilitator'], refused: true, change: (doc) => statementText(doc, veraStatement)!.insert(0, 'y'.repeat(600)) },
    { name: 'an unknown field in a statement', senders: ['member'], refused: true, change: (doc, me) => { const id = ownStatement(doc, me, 'Met extra veld'); statementsOf(doc).get(id)!.set('html', '<b>x</b>'); } },
    { name: 'an unknown top-level field', senders: ['member', 'facilitator'], refused: true, change: (doc) => doc.getText('forged').insert(0, 'ingebroken') },
    { name: 'an iframe in the horizon', senders: ['member', 'facilitator'], refused: true, change: (doc) => horizonOf(doc).push([iframe()]) },
    { name: 'an unknown attribute on a paragraph of the horizon', senders: ['member'], refused: true, change: (doc) => horizonOf(doc).push([paragraph('Klik', { onclick: 'alert(1)' })]) },
    { name: 'deleting another member\'s statement', senders: ['member'], refused: true, change: (doc) => statementsOf(doc).delete(veraStatement) },
    { name: 'their own statement', senders: ['member', 'facilitator'], refused: false, change: (doc, me) => ownStatement(doc, me, 'Eigen punt') },
    { name: 'their own endorsement of another\'s statement', senders: ['member', 'facilitator'], refused: false, change: (doc, me) => setEndorsement(doc, veraStatement, me.authorKey, true) },
    { name: 'editing another member\'s statement text without being named among its editors', senders: ['member', 'facilitator'], refused: true, change: (doc) => statementText(doc, veraStatement)!.insert(0, 'Stil aangevuld: ') },
    { name: 'editing another member\'s statement naming someone else as editor', senders: ['member', 'facilitator'], refused: true, change: (doc, me) => editAs(doc, me, { key: person('Bram').authorKey, role: 'collegelid' }) },
    { name: 'editing another member\'s statement as editor with another role', senders: ['member'], refused: true, change: (doc, me) => editAs(doc, me, { key: me.authorKey, role: 'collegelid' }) },
    { name: 'removing an editor of a statement', senders: ['member', 'facilitator'], refused: true, change: (doc) => (statementsOf(doc).get(veraStatement)!.get('editors') as Y.Map<unknown>).delete(person('Flo').authorKey) },
    { name: 'a new statement that lists editors', senders: ['member'], refused: true, change: (doc, me) => { const id = ownStatement(doc, me, 'Met bewerker'); (statementsOf(doc).get(id)!.get('editors') as Y.Map<unknown>).set(person('Bram').authorKey, 'collegelid'); } },
    { name: 'editing another member\'s statement text, named among its editors', senders: ['member', 'facilitator'], refused: false, change: (doc, me) => editAs(doc, me) },
    { name: 'a paragraph in the horizon', senders: ['member', 'facilitator'], refused: false, change: (doc) => horizonOf(doc).push([paragraph('Stip op de horizon', { passage: 'p_1' })]) },
  ];

  for (const sender of ['member', 'facilitator'] as Sender[]) {
    for (const c of cases.filter((x) => x.senders.includes(sender))) {
      it(`as ${sender}: ${c.name} is ${c.refused ? 'refused with 4422 and changes nothing' : 'applied'}`, async () => {
        const me = sender === 'member' ? person('Anna') : { ...seeded.facilitator, role: 'facilitator' as Role };
        const outcome = await send(group1(), me.cookie, [updateFrame(await changeOf(group1(), (doc) => c.change(doc, me)))]);
        if (c.refused) expect(outcome).toEqual({ close: { code: CLOSE.updateRefused.code, reason: CLOSE.updateRefused.reason }, changed: false });
        else expect(outcome).toEqual({ close: null, changed: true });
      });
    }
  }

  it('lets a member delete their own statement and the facilitator anyone\'s', async () => {
    const anna = person('Anna');
    const own = await server.app.documents.change(group1(), (doc) => ownStatement(doc, anna, 'Weg ermee'));
    // A deletion does not move the state vector: the statements' absence below shows it was applied.
    expect((await send(group1(), anna.cookie, [updateFrame(await changeOf(group1(), (doc) => statementsOf(doc).delete(own)))])).close).toBeNull();
    expect((await send(group1(), seeded.facilitator.cookie, [updateFrame(await changeOf(group1(), (doc) => statementsOf(doc).delete(veraStatement)))])).close).toBeNull();
    const ids = await server.app.documents.read(group1(), (doc) => [...statementsOf(doc).keys()]);
    expect(ids).not.toContain(own);
    expect(ids).not.toContain(veraStatement);
  });
});

describe('an unknown node', () => {
  it('never reaches the beamer or a locked member, who stay connected and current', async () => {
    const screenLink = (await server.api<ScreenLinkAnswer>(`/api/workshops/${seeded.workshopId}/screen-link`, { cookie: seeded.facilitator.cookie, body: {} })).body.link;
    const screenCookie = (await server.openLink(screenLink)).cookie!;
    const lock = await server.api(`/api/workshops/${seeded.workshopId}/live`, { method: 'PATCH', cookie: seeded.facilitator.cookie, body: { lock: { group: 1, locked: true } } });
    expect(lock.status).toBe(200);
    try {
      const beamer = connect(group1(), screenCookie);
      const locked = connect(group1(), person('Bram').cookie);
      const facilitator = connect(group1(), seeded.facilitator.cookie);
      await Promise.all([beamer.synced(), locked.synced(), facilitator.synced()]);
      const planted = await send(group1(), seeded.facilitator.cookie, [updateFrame(await changeOf(group1(), (doc) => horizonOf(doc).push([new Y.XmlElement('iframe')])))]);
      expect(planted).toEqual({ close: { code: CLOSE.updateRefused.code, reason: CLOSE.updateRefused.reason }, changed: false });
      writeProbe(facilitator.doc, group1(), 'Na de poging');
      await until([beamer.doc, locked.doc], () => hasProbe(beamer.doc, group1(), 'Na de poging') && hasProbe(locked.doc, group1(), 'Na de poging'));
      for (const viewer of [beamer, locked]) {
        expect(viewer.provider.wsconnected).toBe(true);
        expect(horizonOf(viewer.doc).toArray().some((n) => n instanceof Y.XmlElement && n.nodeName === 'iframe')).toBe(false);
      }
    } finally {
      await server.api(`/api/workshops/${seeded.workshopId}/live`, { method: 'PATCH', cookie: seeded.facilitator.cookie, body: { lock: { group: 1, locked: false } } });
    }
  });
});

describe('the reveal', () => {
  it('is bounded: a flooded draft is refused, a full draft is revealed within the group document\'s limits, and other workshops keep answering', async () => {
    const dirk = person('Dirk');
    const draft = draftDocName(seeded.workshopId, 2, dirk.id);
    const own = connect(draft, dirk.cookie); // the first open gives the new document its epoch
    await own.synced();
    own.destroy();
    // Filling the draft towards 10 MB: refused at the draft's limit, frame by frame.
    const flood: Uint8Array[] = [];
    for (let f = 0; f < 3; f++) {
      flood.push(updateFrame(await changeOf(draft, (doc) => doc.transact(() => { for (let i = 0; i < 3_500; i++) ownStatement(doc, dirk, 'z'.repeat(600)); }))));
    }
    expect((await send(draft, dirk.cookie, flood)).changed).toBe(false);
    // A full draft (40 statements of 600 characters) is allowed …
    const full = await send(draft, dirk.cookie, [updateFrame(await changeOf(draft, (doc) => doc.transact(() => {
      for (let i = 0; i < DEFAULT_LIMITS.maxDraftStatements; i++) ownStatement(doc, dirk, `${i} `.padEnd(DEFAULT_LIMITS.maxStatementChars, 'k'));
    })))]);
    expect(full).toEqual({ close: null, changed: true });
    // … and Dirk already wrote 5 statements in the group, so 35 fit under his per-author limit.
    await server.app.documents.change(group2(), (doc) => { for (let i = 0; i < 5; i++) ownStatement(doc, dirk, `In de groep ${i}`); });
    const els = connect(group2(), person('Els').cookie);
    await els.synced();

    const answered = server.api(`/api/workshops/${other.workshopId}`, { cookie: other.facilitator.cookie });
    const reveal = await server.api<{ revealed: Record<string, number> }>(`/api/workshops/${seeded.workshopId}/reveal`, { cookie: seeded.facilitator.cookie, body: { group: 2 } });
    expect(reveal.status).toBe(200);
    expect(reveal.body.revealed).toEqual({ 2: DEFAULT_LIMITS.maxStatementsPerAuthor - 5 });
    expect((await answered).status).toBe(200);

    const byDirk = await server.app.documents.read(group2(), (doc) => listStatements(doc).filter((s) => s.authorKey === dirk.authorKey));
    expect(byDirk).toHaveLength(DEFAULT_LIMITS.maxStatementsPerAuthor);
    expect(byDirk.every((s) => s.text.length <= DEFAULT_LIMITS.maxStatementChars && s.authorRole === 'directie')).toBe(true);
    expect(await server.app.documents.read(draft, (doc) => statementsOf(doc).size)).toBe(0);
    // Els was in the room all along and still writes.
    const observer = connect(group2(), seeded.facilitator.cookie);
    await observer.synced();
    await honestEditArrives(els, person('Els'), observer, group2());
  });
});

describe('who changed a statement, and the facilitator\'s "own statements only"', () => {
  const live = (body: Record<string, unknown>) => server.api(`/api/workshops/${seeded.workshopId}/live`, { method: 'PATCH', cookie: seeded.facilitator.cookie, body });
  const refusedClose = { code: CLOSE.updateRefused.code, reason: CLOSE.updateRefused.reason };

  it('gives an older statement without editors its editors map once, holding only the sender', async () => {
    const vera = person('Vera');
    const anna = person('Anna');
    const legacy = await server.app.documents.change(group1(), (doc) => {
      const entry = new Y.Map<unknown>();
      const id = 's_legacy1';
      entry.set('id', id); entry.set('kind', 'loslaten'); entry.set('text', new Y.Text('Van vroeger'));
      entry.set('authorKey', vera.authorKey); entry.set('authorRole', vera.role); entry.set('createdAt', 1);
      entry.set('endorsements', new Y.Map());
      statementsOf(doc).set(id, entry);
      return id;
    });
    const edit = (doc: Y.Doc, editor: { key: string; role: Role }) => doc.transact(() => { statementText(doc, legacy)!.insert(0, 'Nu: '); noteEditor(doc, legacy, editor); });
    const forged = await send(group1(), anna.cookie, [updateFrame(await changeOf(group1(), (doc) => edit(doc, { key: person('Bram').authorKey, role: 'collegelid' })))]);
    expect(forged).toEqual({ close: refusedClose, changed: false });
    const honest = await send(group1(), anna.cookie, [updateFrame(await changeOf(group1(), (doc) => edit(doc, { key: anna.authorKey, role: anna.role })))]);
    expect(honest).toEqual({ close: null, changed: true });
    const stored = await server.app.documents.read(group1(), (doc) => listStatements(doc).find((s) => s.id === legacy)!);
    expect(stored.text).toBe('Nu: Van vroeger');
    expect(stored.editors).toEqual([{ key: anna.authorKey, role: 'ambtenaar' }]);
    // The AVG export says who changed it.
    const exported = await server.api<WorkshopExport>(`/api/workshops/${seeded.workshopId}/export`, { cookie: seeded.facilitator.cookie });
    expect(exported.body.statements.find((s) => s.id === legacy)?.editedBy).toEqual([{ authorKey: anna.authorKey, name: 'Anna', role: 'ambtenaar' }]);
  });

  it('when on, refuses a member\'s change to another\'s statement, keeps their own and the facilitator\'s, and closes open member sockets to reconnect', async () => {
    const vera = person('Vera');
    const anna = person('Anna');
    const id = await server.app.documents.change(group1(), (doc) => ownStatement(doc, vera, 'Alleen van Vera'));
    const annaOpen = connect(group1(), anna.cookie);
    const facilitatorOpen = connect(group1(), seeded.facilitator.cookie);
    await Promise.all([annaOpen.synced(), facilitatorOpen.synced()]);
    expect((await live({ ownStatementsOnly: true })).status).toBe(200);
    try {
      expect((await annaOpen.closed()).code).toBe(CLOSE.permissionChanged.code);
      const edit = (me: { authorKey: string; role: Role }) => async () => updateFrame(await changeOf(group1(), (doc) => doc.transact(() => {
        statementText(doc, id)!.insert(0, 'Anders: ');
        noteEditor(doc, id, { key: me.authorKey, role: me.role });
      })));
      expect(await send(group1(), anna.cookie, [await edit(anna)()])).toEqual({ close: refusedClose, changed: false });
      expect(await send(group1(), vera.cookie, [await edit(vera)()])).toEqual({ close: null, changed: true });
      const facilitator = { authorKey: seeded.facilitator.authorKey, role: 'facilitator' as Role };
      expect(await send(group1(), seeded.facilitator.cookie, [await edit(facilitator)()])).toEqual({ close: null, changed: true });
      // Anna's client (the stock provider stays closed after a 44xx close; Stip's client reopens it) reconnects and still writes her own statements.
      annaOpen.provider.connect();
      await resynced(annaOpen.provider);
      await honestEditArrives(annaOpen, anna, facilitatorOpen, group1());
    } finally {
      expect((await live({ ownStatementsOnly: false })).status).toBe(200);
    }
    expect(await send(group1(), anna.cookie, [updateFrame(await changeOf(group1(), (doc) => doc.transact(() => {
      statementText(doc, id)!.insert(0, 'Samen: ');
      noteEditor(doc, id, { key: anna.authorKey, role: anna.role });
    })))])).toEqual({ close: null, changed: true });
    const stored = await server.app.documents.read(group1(), (doc) => listStatements(doc).find((s) => s.id === id)!);
    expect(stored.text).toBe('Samen: Anders: Anders: Alleen van Vera');
    expect(stored.editors.map((e) => e.role).sort()).toEqual(['ambtenaar', 'facilitator']);
  });
});
