// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addStatement, horizonOf, listStatements, statementText } from '../../shared/groupDoc.js';
import { carryPending } from './pendingCarry.js';

const ANNA = { authorKey: 'k-anna', role: 'raadslid' as const };

/** The server's document with one statement of Bram and one of Anna; Anna's device holds a copy. */
function setUp() {
  const server = new Y.Doc();
  const bram = addStatement(server, { kind: 'openStaan', text: 'Wij gaan de wijk in.', authorKey: 'k-bram', authorRole: 'ambtenaar' });
  const anna = addStatement(server, { kind: 'openStaan', text: 'Wij luisteren.', authorKey: ANNA.authorKey, authorRole: ANNA.role });
  const device = new Y.Doc();
  Y.applyUpdate(device, Y.encodeStateAsUpdate(server));
  return { server, device, bram, anna };
}

/** The fresh room: the server's state only. */
function freshRoom(server: Y.Doc): Y.Doc {
  const fresh = new Y.Doc();
  Y.applyUpdate(fresh, Y.encodeStateAsUpdate(server));
  return fresh;
}

const textOf = (doc: Y.Doc, id: string) => statementText(doc, id)?.toString();

describe('carryPending', () => {
  it('sends pending that is still allowed as it is, holding nothing', () => {
    const { server, device, bram, anna } = setUp();
    statementText(device, anna)!.insert(14, ' Echt.');
    statementText(device, bram)!.insert(0, 'Ja: ');
    const sent: Uint8Array[] = [];
    const fresh = freshRoom(server);
    fresh.on('update', (u: Uint8Array) => sent.push(u));
    expect(carryPending(fresh, Y.encodeStateAsUpdate(device), { ...ANNA, mayEditOthers: true })).toEqual([]);
    expect(textOf(fresh, anna)).toBe('Wij luisteren. Echt.');
    expect(textOf(fresh, bram)).toBe('Ja: Wij gaan de wijk in.');
    expect(sent).toHaveLength(1);
  });

  it('holds a change to someone else\'s statement once only own statements may change, and redoes the own change', () => {
    const { server, device, bram, anna } = setUp();
    statementText(device, bram)!.insert(20, ' Samen.');
    statementText(device, anna)!.insert(14, ' Echt.');
    const mine = addStatement(device, { kind: 'loslaten', text: 'Nieuw van Anna.', authorKey: ANNA.authorKey, authorRole: ANNA.role });
    statementText(server, anna)!.insert(0, 'Ook: '); // someone else changed it meanwhile on the server
    const fresh = freshRoom(server);
    const held = carryPending(fresh, Y.encodeStateAsUpdate(device), { ...ANNA, mayEditOthers: false });
    expect(held).toEqual([{ statementId: bram, text: 'Wij gaan de wijk in. Samen.' }]);
    expect(textOf(fresh, bram)).toBe('Wij gaan de wijk in.');
    expect(textOf(fresh, anna)).toBe('Ook: Wij luisteren. Echt.');
    expect(textOf(fresh, mine)).toBe('Nieuw van Anna.');
    // What the fresh room sends changes nothing of Bram's statement.
    const check = freshRoom(server);
    Y.applyUpdate(check, Y.diffUpdate(Y.encodeStateAsUpdate(fresh), Y.encodeStateVector(server)));
    expect(textOf(check, bram)).toBe('Wij gaan de wijk in.');
  });

  it('with holdAll sends nothing and holds every changed text, the horizon included', () => {
    const { server, device, anna } = setUp();
    statementText(device, anna)!.insert(14, ' Echt.');
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('In 2030 kent iedereen de buurt.')]);
    horizonOf(device).insert(0, [paragraph]);
    const fresh = freshRoom(server);
    const before = Y.encodeStateVector(fresh);
    const held = carryPending(fresh, Y.encodeStateAsUpdate(device), { ...ANNA, mayEditOthers: true, holdAll: true });
    expect(held).toEqual([
      { statementId: anna, text: 'Wij luisteren. Echt.' },
      { statementId: null, text: 'In 2030 kent iedereen de buurt.' },
    ]);
    expect(Y.encodeStateVector(fresh)).toEqual(before);
  });

  it('does nothing when the server has everything already', () => {
    const { server, device } = setUp();
    const fresh = freshRoom(server);
    expect(carryPending(fresh, Y.encodeStateAsUpdate(device), { ...ANNA, mayEditOthers: false })).toEqual([]);
    expect(listStatements(fresh)).toHaveLength(2);
  });
});
