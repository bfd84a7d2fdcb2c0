// SPDX-License-Identifier: EUPL-1.2
/**
 * The expectations matrix of meeting 2: every ambition and expectation of the role groups in use,
 * each exactly once (shared/apiMeeting2.ts Meeting2Matrix), read from the role-group documents.
 */
import type { MatrixStatement, Meeting2Matrix } from '../../../shared/apiMeeting2.js';
import { roleGroupDocName, ROLE_GROUPS, type RoleGroup } from '../../../shared/docNames.js';
import type { Statement } from '../../../shared/groupDoc.js';
import { readRoleGroupDoc } from '../../../shared/roleGroupDoc.js';
import type { ServiceContext } from '../serviceContext.js';
import { roleGroupsInUse } from './meeting2Setup.js';

const view = (s: Statement<string>): MatrixStatement => ({
  id: s.id, text: s.text, authorRole: s.authorRole, endorsements: s.endorsedBy.length, createdAt: s.createdAt,
});

const emptyRow = (): Record<RoleGroup, MatrixStatement[]> => ({ raad: [], college: [], ambtenaren: [] });

/** Reads the matrix (empty statements, of white space only, are left out). */
export async function readMatrix(ctx: ServiceContext, workshopId: string): Promise<Meeting2Matrix> {
  const groups = await roleGroupsInUse(ctx, workshopId);
  const ambitions = emptyRow();
  const expectations = { raad: emptyRow(), college: emptyRow(), ambtenaren: emptyRow() };
  const written = (s: Statement<string>) => s.text.trim() !== '';
  for (const from of groups) {
    const snapshot = await ctx.documents.read(roleGroupDocName(workshopId, from), (doc) => readRoleGroupDoc(doc, from));
    ambitions[from] = snapshot.ambitions.filter(written).map(view);
    for (const to of ROLE_GROUPS) {
      if (to !== from && groups.includes(to)) expectations[from][to] = snapshot.expectations[to].filter(written).map(view);
    }
  }
  return { groups, ambitions, expectations };
}
