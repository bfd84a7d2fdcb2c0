// SPDX-License-Identifier: EUPL-1.2
/** The cases of meeting 2 (facilitator): a real example or a dilemma, shown one by one on the plenary screen. */
import { randomBytes } from 'node:crypto';
import { MAX_CASES, type CaseBody, type Meeting2Case } from '../../../shared/apiMeeting2.js';
import { DomainError } from '../domainError.js';
import type { ServiceContext } from '../serviceContext.js';

/** Adds a case at the end. */
export async function addCase(ctx: ServiceContext, workshopId: string, body: CaseBody): Promise<Meeting2Case> {
  if ((await ctx.stores.meeting2.listCases(workshopId)).length >= MAX_CASES) throw new DomainError('too-many-cases', `at most ${MAX_CASES} cases`);
  const added: Meeting2Case = { id: 'c_' + randomBytes(8).toString('hex'), title: body.title, text: body.text };
  await ctx.stores.meeting2.insertCase(workshopId, added, ctx.now());
  return added;
}

/** Changes a case's title and text. */
export async function updateCase(ctx: ServiceContext, workshopId: string, caseId: string, body: CaseBody): Promise<Meeting2Case> {
  const changed: Meeting2Case = { id: caseId, title: body.title, text: body.text };
  if (!await ctx.stores.meeting2.updateCase(workshopId, changed)) throw new DomainError('case-not-found', 'No such case');
  return changed;
}

/** Removes a case. */
export async function removeCase(ctx: ServiceContext, workshopId: string, caseId: string): Promise<void> {
  if (!await ctx.stores.meeting2.deleteCase(workshopId, caseId)) throw new DomainError('case-not-found', 'No such case');
}
