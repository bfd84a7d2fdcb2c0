// SPDX-License-Identifier: EUPL-1.2
/**
 * The live content of the expectations matrix for a screen that may read every role group (the
 * beamer, the facilitator): each role group's document watched (receive only) and read, and the
 * groups in use (a group merged into another is left out).
 */
import { useEffect, useMemo, useState } from 'react';
import { ROLE_GROUPS, type RoleGroup } from '../../../shared/docNames.js';
import { useRoleGroupSnapshots, useWatchedRoleGroups } from '../../collab/roleGroupHooks.js';
import { loadMyRoleGroup } from '../../stores/meeting2Store.js';
import type { MatrixContent } from './ExpectationsMatrix.js';

/** The groups in use and the matrix's content, live. */
export function useMatrixContent(workshopId: string, refreshKey: unknown = 0): { groups: RoleGroup[]; content: MatrixContent } {
  const [groups, setGroups] = useState<RoleGroup[]>([...ROLE_GROUPS]);
  useEffect(() => {
    let current = true;
    loadMyRoleGroup(workshopId).then((answer) => { if (current) setGroups(answer.groups); }, () => undefined);
    return () => { current = false; };
  }, [workshopId, refreshKey]);
  const rooms = useWatchedRoleGroups(workshopId);
  const snapshots = useRoleGroupSnapshots(rooms);
  const content = useMemo(() => Object.fromEntries(ROLE_GROUPS.map((g, i) => [g, snapshots[i]])) as MatrixContent, [snapshots]);
  return { groups, content };
}
