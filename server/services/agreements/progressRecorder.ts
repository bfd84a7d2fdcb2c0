// SPDX-License-Identifier: EUPL-1.2
/**
 * Records progress on an agreement after the course: a member of an owning role group (through
 * their own join link) or the facilitator; at one of the agreement's review moments (or in between,
 * `reviewMoment` null), with a state and a short note. Anyone else is refused
 * (`not-in-owning-group`), a date that is not a review moment too (`review-moment-unknown`).
 */
import { MAX_ENTRIES_PER_AGREEMENT, type ProgressBody } from '../../../shared/apiAgreements.js';
import { appendProgress, entryCounts, newEntryId, readAgreement, type ProgressEntry } from '../../../shared/agreementsDoc.js';
import { agreementsDocName } from '../../../shared/docNames.js';
import type { Actor } from '../../auth/actor.js';
import { isFacilitatorOf } from '../../auth/permissions.js';
import { DomainError } from '../domainError.js';
import type { ServiceContext } from '../serviceContext.js';
import { entryAuthor, memberRoleGroup } from './agreementRights.js';
import { existingAgreement } from './agreementUpdater.js';

/** Adds the progress entry and returns it. */
export async function recordProgress(ctx: ServiceContext, workshopId: string, agreementId: string, actor: Actor, body: ProgressBody): Promise<ProgressEntry> {
  const agreement = await existingAgreement(ctx, workshopId, agreementId);
  const group = memberRoleGroup(actor);
  if (!isFacilitatorOf(actor, workshopId) && (group === null || !agreement.owners.includes(group))) {
    throw new DomainError('not-in-owning-group', 'Only a member of a group that owns this agreement (or the facilitator) records its progress');
  }
  if (body.reviewMoment !== null && !agreement.reviewMoments.includes(body.reviewMoment)) {
    throw new DomainError('review-moment-unknown', 'This date is not a review moment of the agreement', [{ path: 'reviewMoment', message: 'not a review moment' }]);
  }
  const entry: ProgressEntry = { id: newEntryId('v'), at: ctx.now(), reviewMoment: body.reviewMoment, state: body.state, note: body.note.trim(), ...entryAuthor(actor) };
  return ctx.documents.change(agreementsDocName(workshopId), (doc) => {
    if (!readAgreement(doc, agreementId)) throw new DomainError('agreement-not-found', 'No such agreement');
    if (entryCounts(doc, agreementId).progress >= MAX_ENTRIES_PER_AGREEMENT) throw new DomainError('agreement-history-full', 'This agreement has as much progress as it can hold');
    appendProgress(doc, agreementId, entry);
    return entry;
  });
}
