// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { CLOSE } from '../../../shared/closeCodes.js';
import { parseDocName, type DocRef } from '../../../shared/docNames.js';
import type { DocumentPort, SocketClose, SocketPredicate } from '../../documents/DocumentPort.js';
import type { ServiceContext } from '../serviceContext.js';
import { closeParticipantSockets } from './participantSocketCloser.js';

const GROUP = parseDocName('w/AbCdEfGhIjKl/m1/g/1') as DocRef;
const VISION = parseDocName('w/AbCdEfGhIjKl/vision') as DocRef;
const who = (participantId: string | null): Parameters<SocketPredicate>[0] =>
  ({ sessionId: `s-${participantId}`, participantId, workshopId: 'AbCdEfGhIjKl', user: { name: 'x', role: 'ambtenaar', color: '#000000' } });

/** A context whose document port only records the socket closes asked of it. */
function recording(): { ctx: ServiceContext; asked: { predicate: SocketPredicate; close: SocketClose }[] } {
  const asked: { predicate: SocketPredicate; close: SocketClose }[] = [];
  const documents: Pick<DocumentPort, 'closeSockets'> = { closeSockets: (predicate, close) => { asked.push({ predicate, close }); return 0; } };
  return { ctx: { documents } as unknown as ServiceContext, asked };
}

describe('closing a participant\'s sockets', () => {
  it('picks only the group documents of a moved participant', () => {
    const { ctx, asked } = recording();
    closeParticipantSockets(ctx, ['anna'], 'permissionChanged', 'groupDocs');
    const [{ predicate, close }] = asked;
    expect(close).toEqual(CLOSE.permissionChanged);
    expect(predicate(who('anna'), GROUP, 'write')).toBe(true);
    expect(predicate(who('anna'), VISION, 'read')).toBe(false);
    expect(predicate(who('bram'), GROUP, 'write')).toBe(false);
  });

  it('picks every socket of a removed participant, never a set-up session\'s', () => {
    const { ctx, asked } = recording();
    closeParticipantSockets(ctx, ['anna', 'bram'], 'sessionEnded', 'all');
    const [{ predicate, close }] = asked;
    expect(close).toEqual(CLOSE.sessionEnded);
    expect(predicate(who('anna'), VISION, 'read')).toBe(true);
    expect(predicate(who('bram'), GROUP, 'write')).toBe(true);
    expect(predicate(who(null), GROUP, 'write')).toBe(false);
  });
});
