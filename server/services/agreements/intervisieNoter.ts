// SPDX-License-Identifier: EUPL-1.2
/**
 * Adds an intervisie note to an agreement: what a team leader discussed with their civil servants.
 * Only team leaders (marked by the facilitator) and the facilitator; anyone else is refused
 * (`not-team-leader`). The note carries the author key and role, never a name.
 */
import { MAX_ENTRIES_PER_AGREEMENT, type IntervisieBody } from '../../../shared/apiAgreements.js';
import { appendIntervisie, entryCounts, newEntryId, readAgreement, type IntervisieNote } from '../../../shared/agreementsDoc.js';
import { agreementsDocName } from '../../../shared/docNames.js';
import type { Actor } from '../../auth/actor.js';
import { isFacilitatorOf } from '../../auth/permissions.js';
import { DomainError } from '../domainError.js';
import type { ServiceContext } from '../serviceContext.js';
import { entryAuthor, isTeamLeader } from './agreementRights.js';
import { existingAgreement } from './agreementUpdater.js';

/** Adds the note and returns it. */
export async function addIntervisieNote(ctx: ServiceContext, workshopId: string, agreementId: string, actor: Actor, body: IntervisieBody): Promise<IntervisieNote> {
  await existingAgreement(ctx, workshopId, agreementId);
  if (!isFacilitatorOf(actor, workshopId) && !(await isTeamLeader(ctx, workshopId, actor))) {
    throw new DomainError('not-team-leader', 'Only a team leader (or the facilitator) adds intervisie notes');
  }
  const text = body.text.trim();
  if (!text) throw new DomainError('invalid-body', 'Write what was discussed', [{ path: 'text', message: 'required' }]);
  const note: IntervisieNote = { id: newEntryId('i'), at: ctx.now(), text, ...entryAuthor(actor) };
  return ctx.documents.change(agreementsDocName(workshopId), (doc) => {
    if (!readAgreement(doc, agreementId)) throw new DomainError('agreement-not-found', 'No such agreement');
    if (entryCounts(doc, agreementId).intervisie >= MAX_ENTRIES_PER_AGREEMENT) throw new DomainError('agreement-history-full', 'This agreement has as many notes as it can hold');
    appendIntervisie(doc, agreementId, note);
    return note;
  });
}
