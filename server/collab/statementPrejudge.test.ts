// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addStatement, GROUP_RULES, statementText } from '../../shared/groupDoc.js';
import { DEFAULT_LIMITS } from '../../shared/limits.js';
import { prejudgeUpdate } from './updatePrejudge.js';

const MAX = DEFAULT_LIMITS.maxStatementChars;

/** A room's copy and a client's copy of it, and the update the client's change makes. */
function roomAndClient(setup: (doc: Y.Doc) => void) {
  const room = new Y.Doc();
  setup(room);
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(room));
  const changeOf = (change: (doc: Y.Doc) => void) => {
    const before = Y.encodeStateVector(client);
    change(client);
    return Y.encodeStateAsUpdate(client, before);
  };
  return { room, client, changeOf };
}

describe('prejudging statement limits', () => {
  it("refuses an author's 41st statement and lets another author add theirs", () => {
    const { room, changeOf } = roomAndClient((doc) => {
      for (let i = 0; i < DEFAULT_LIMITS.maxStatementsPerAuthor; i++) addStatement(doc, { kind: 'openStaan', text: `${i}`, authorKey: 'a', authorRole: 'raadslid' });
    });
    const oneMore = changeOf((doc) => addStatement(doc, { kind: 'openStaan', text: 'nog een', authorKey: 'a', authorRole: 'raadslid' }));
    expect(prejudgeUpdate(oneMore, GROUP_RULES, room, false)).toBe(`more than ${DEFAULT_LIMITS.maxStatementsPerAuthor} statements by one author`);
    const { room: room2, changeOf: changeOf2 } = roomAndClient((doc) => {
      for (let i = 0; i < DEFAULT_LIMITS.maxStatementsPerAuthor; i++) addStatement(doc, { kind: 'openStaan', text: `${i}`, authorKey: 'a', authorRole: 'raadslid' });
    });
    const other = changeOf2((doc) => addStatement(doc, { kind: 'openStaan', text: 'van b', authorKey: 'b', authorRole: 'ambtenaar' }));
    expect(prejudgeUpdate(other, GROUP_RULES, room2, false)).toBeNull();
  });

  it('refuses typing past the character limit, also over several keystrokes in one update', () => {
    let id = '';
    const { room, changeOf } = roomAndClient((doc) => { id = addStatement(doc, { kind: 'openStaan', text: 'y'.repeat(MAX - 3), authorKey: 'a', authorRole: 'raadslid' }); });
    const fits = changeOf((doc) => doc.transact(() => { for (let i = 0; i < 3; i++) statementText(doc, id)!.insert(MAX - 3 + i, 'z'); }));
    expect(prejudgeUpdate(fits, GROUP_RULES, room, false)).toBeNull();
    const passes = changeOf((doc) => doc.transact(() => { for (let i = 0; i < 4; i++) statementText(doc, id)!.insert(MAX - 3 + i, 'z'); }));
    expect(prejudgeUpdate(passes, GROUP_RULES, room, false)).toBe(`statement text longer than ${MAX} characters`);
  });

  it('lets a full text be replaced in one change (what it deletes makes room)', () => {
    let id = '';
    const { room, changeOf } = roomAndClient((doc) => { id = addStatement(doc, { kind: 'openStaan', text: 'y'.repeat(MAX), authorKey: 'a', authorRole: 'raadslid' }); });
    const replaced = changeOf((doc) => doc.transact(() => {
      const text = statementText(doc, id)!;
      text.delete(0, MAX);
      text.insert(0, 'n'.repeat(MAX));
    }));
    expect(prejudgeUpdate(replaced, GROUP_RULES, room, false)).toBeNull();
  });

  it('leaves the horizon alone', () => {
    const { room, changeOf } = roomAndClient((doc) => { doc.getXmlFragment('horizon'); });
    const typed = changeOf((doc) => {
      const p = new Y.XmlElement('paragraph');
      p.insert(0, [new Y.XmlText('x'.repeat(MAX * 2))]);
      doc.getXmlFragment('horizon').insert(0, [p]);
    });
    expect(prejudgeUpdate(typed, GROUP_RULES, room, false)).toBeNull();
  });
});
