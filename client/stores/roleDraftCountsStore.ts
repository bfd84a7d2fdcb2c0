// SPDX-License-Identifier: EUPL-1.2
/**
 * Meeting 2's counts of private writing for the cockpit (per role group: members who wrote, private
 * statements; never their text) and "Nu delen", the reveal of what is left. Polled every few
 * seconds in step 1 and more slowly after it (a draft written offline can arrive later); a failed
 * poll keeps the last numbers and says they may be out of date. The store is meeting 1's
 * (createDraftCountsStore in draftCountsStore.ts), fed with the role groups' counts.
 */
import type { RoleGroup } from '../../shared/docNames.js';
import { fetchRoleDraftCounts, revealRoleDrafts } from '../api/meeting2Api.js';
import { createDraftCountsStore, type DraftCountsState } from './draftCountsStore.js';

/** How often the cockpit asks in step 1, and after it. */
const POLL_WRITING_MS = 4000;
const POLL_AFTER_MS = 15000;

const roleCounts = createDraftCountsStore(fetchRoleDraftCounts);

/** Polls the role groups' draft counts while meeting 2 runs (`writing`: step 1, more often). */
export function useRoleDraftCounts(workshopId: string, active: boolean, writing: boolean): Pick<DraftCountsState, 'counts' | 'failed'> {
  return roleCounts.usePolledCounts(workshopId, active, writing ? POLL_WRITING_MS : POLL_AFTER_MS);
}

/** Shares what is left in one role group's drafts now; answers how many statements moved. Throws to the caller. */
export async function shareRoleDraftsNow(workshopId: string, roleGroup: RoleGroup): Promise<number> {
  const answer = await revealRoleDrafts(workshopId, roleGroup);
  await roleCounts.refresh(workshopId);
  return answer.revealed[roleGroup] ?? 0;
}
