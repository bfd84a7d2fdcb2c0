// SPDX-License-Identifier: EUPL-1.2
/**
 * `npm run bench -- --meeting2`: meeting 2 by role. The workshop's 150 participants (the seeder's
 * role mix) in the three role-group documents of 50 each (`w/<id>/m2/g/<group>`, by role, as the
 * server places them before the facilitator moves anyone), 30 of them typing (10 per group), each
 * into an ambition of their own (the role group's rules allow no free text field: a statement
 * written with the typer's real author key and role, then typed into); and the plenary matrix on 5
 * beamers, each reading all three role groups (15 read-only connections, with the facilitator's
 * session standing in for the screen's: both read every role group). Against the reference
 * server with the same clients and documents.
 */
import { parseDocName } from '../shared/docNames.js';
import type { Role } from '../shared/roles.js';
import type { ClientAuthor } from './workerProtocol.js';

/** Whether a document is a meeting-2 role group (typers write into an ambition there). */
export const isRoleGroupRoom = (room: string) => parseDocName(room)?.kind === 'roleGroup';

/**
 * The author each typer in a role group writes as: on Stip the session's own (GET /api/me), which
 * the rules require; the reference server checks nothing, so a stand-in there.
 */
export async function typerAuthors(cast: readonly { room: string; keystrokesPerSecond: number }[], cookies: string[] | null, httpBase: string | null): Promise<(ClientAuthor | null)[]> {
  return Promise.all(cast.map(async (c, i): Promise<ClientAuthor | null> => {
    if (c.keystrokesPerSecond <= 0 || !isRoleGroupRoom(c.room)) return null;
    if (!cookies || !httpBase) return { authorKey: `k_bench${i}`, authorRole: 'ambtenaar' };
    const res = await fetch(new URL('/api/me', httpBase), { headers: { cookie: cookies[i] }, signal: AbortSignal.timeout(10_000) });
    const me = await res.json() as { participant?: { authorKey: string; role: Role } };
    if (!me.participant) throw new Error(`no participant behind cookie ${i}`);
    return { authorKey: me.participant.authorKey, authorRole: me.participant.role };
  }));
}
