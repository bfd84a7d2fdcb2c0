// SPDX-License-Identifier: EUPL-1.2
/** Changes an agreement (facilitator): any of its fields, checked as on creation; removes one with its history. */
import type { AgreementUpdateBody } from '../../../shared/apiAgreements.js';
import { putAgreement, readAgreement, removeAgreement, type Agreement } from '../../../shared/agreementsDoc.js';
import { agreementsDocName } from '../../../shared/docNames.js';
import { DomainError } from '../domainError.js';
import type { ServiceContext } from '../serviceContext.js';
import { checkedMoments, checkedOwners, checkedText } from './agreementChecks.js';
import { resolveSources } from './agreementSources.js';

/** The agreement, or refuses `agreement-not-found`. */
export async function existingAgreement(ctx: ServiceContext, workshopId: string, agreementId: string): Promise<Agreement> {
  const found = await ctx.documents.read(agreementsDocName(workshopId), (doc) => readAgreement(doc, agreementId));
  if (!found) throw new DomainError('agreement-not-found', 'No such agreement');
  return found;
}

/** Applies the change and returns the agreement as it is now. */
export async function updateAgreement(ctx: ServiceContext, workshopId: string, agreementId: string, body: AgreementUpdateBody): Promise<Agreement> {
  const before = await existingAgreement(ctx, workshopId, agreementId);
  const now = ctx.now();
  const next: Agreement = {
    ...before,
    text: body.text === undefined ? before.text : checkedText(body.text),
    owners: body.owners === undefined ? before.owners : checkedOwners(body.owners),
    reviewMoments: body.reviewMoments === undefined ? before.reviewMoments : checkedMoments(body.reviewMoments, before.reviewMoments, now),
    status: body.status ?? before.status,
    sources: body.sources === undefined ? before.sources : await resolveSources(ctx, workshopId, body.sources),
    updatedAt: now,
  };
  return ctx.documents.change(agreementsDocName(workshopId), (doc) => {
    if (!readAgreement(doc, agreementId)) throw new DomainError('agreement-not-found', 'No such agreement');
    putAgreement(doc, next);
    return next;
  });
}

/** Deletes the agreement with its progress and intervisie notes. */
export async function deleteAgreement(ctx: ServiceContext, workshopId: string, agreementId: string): Promise<void> {
  const removed = await ctx.documents.change(agreementsDocName(workshopId), (doc) => removeAgreement(doc, agreementId));
  if (!removed) throw new DomainError('agreement-not-found', 'No such agreement');
}
