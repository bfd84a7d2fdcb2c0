// SPDX-License-Identifier: EUPL-1.2
/**
 * The cockpit's counts of private writing in meeting 2's step 1, per role group in use: how many of
 * its members have a written ambition or expectation in their draft (`w/<id>/m2/g/<group>/draft/<pid>`)
 * and how many there are. The same counting as meeting 1 (server/services/meeting/draftCounter.ts);
 * no text leaves it.
 */
import type * as Y from 'yjs';
import type { DraftCountsAnswer } from '../../../shared/apiMeeting.js';
import { roleDraftDocName, ROLE_GROUPS, type RoleGroup } from '../../../shared/docNames.js';
import { readRoleGroupDoc } from '../../../shared/roleGroupDoc.js';
import { countPrivateWriting } from '../meeting/draftCounter.js';
import type { ServiceContext } from '../serviceContext.js';
import { roleGroupOfParticipant, roleGroupsInUse } from './meeting2Setup.js';

/** Written statements (ambitions and expectations, not only white space) in one role draft. */
const writtenIn = (group: RoleGroup) => (doc: Y.Doc): number => {
  const draft = readRoleGroupDoc(doc, group);
  const all = [...draft.ambitions, ...ROLE_GROUPS.flatMap((g) => draft.expectations[g])];
  return all.filter((s) => s.text.trim() !== '').length;
};

/** The private writing of every role group in use, as counts keyed by role group. */
export async function countRoleDrafts(ctx: ServiceContext, workshopId: string): Promise<DraftCountsAnswer> {
  const members = (await ctx.stores.workshops.listParticipants(workshopId)).filter((p) => p.role !== 'facilitator');
  const placed = await Promise.all(members.map(async (p) => ({ id: p.id, group: await roleGroupOfParticipant(ctx, p) })));
  const answer: DraftCountsAnswer = { groups: {} };
  for (const group of await roleGroupsInUse(ctx, workshopId)) {
    const draftDocs = placed.filter((p) => p.group === group).map((p) => roleDraftDocName(workshopId, group, p.id));
    Object.assign(answer.groups, (await countPrivateWriting(ctx, [{ key: group, draftDocs }], writtenIn(group))).groups);
  }
  return answer;
}
