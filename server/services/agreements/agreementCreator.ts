// SPDX-License-Identifier: EUPL-1.2
/** Adds an agreement to the register (facilitator): checked text, owners and review moments, existing sources. */
import { MAX_AGREEMENTS, type AgreementCreateBody } from '../../../shared/apiAgreements.js';
import { agreementCount, newEntryId, nextAgreementNumber, putAgreement, type Agreement } from '../../../shared/agreementsDoc.js';
import { DomainError } from '../domainError.js';
import { agreementsDocName } from '../../../shared/docNames.js';
import type { ServiceContext } from '../serviceContext.js';
import { checkedMoments, checkedOwners, checkedText } from './agreementChecks.js';
import { resolveSources } from './agreementSources.js';

/** Creates the agreement under the next free number and returns it. */
export async function createAgreement(ctx: ServiceContext, workshopId: string, body: AgreementCreateBody): Promise<Agreement> {
  const now = ctx.now();
  const text = checkedText(body.text);
  const owners = checkedOwners(body.owners);
  const reviewMoments = checkedMoments(body.reviewMoments, [], now);
  const sources = await resolveSources(ctx, workshopId, body.sources);
  return ctx.documents.change(agreementsDocName(workshopId), (doc) => {
    if (agreementCount(doc) >= MAX_AGREEMENTS) throw new DomainError('too-many-agreements', `A register holds at most ${MAX_AGREEMENTS} agreements`);
    const agreement: Agreement = {
      id: newEntryId('a'), number: nextAgreementNumber(doc), text, owners, reviewMoments, status: body.status, sources, createdAt: now, updatedAt: now,
    };
    putAgreement(doc, agreement);
    return agreement;
  });
}
