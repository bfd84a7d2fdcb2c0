// SPDX-License-Identifier: EUPL-1.2
/** What a commenter's link shows: the consulted version, the settings, the comments they may see, and what became of their own. */
import type { CommenterView, OutcomesAnswer } from '../../../shared/apiConsultation.js';
import { roleCategory } from '../../../shared/roles.js';
import type { ConsultationPersonRecord } from '../../store/consultationStore.js';
import { meWorkshop } from '../workshop/workshopPresenter.js';
import { DomainError } from '../domainError.js';
import type { ServiceContext } from '../serviceContext.js';
import { consultationOpenNow, requireConsultation } from './consultationAccess.js';
import { commentEntry, consultationMeta, showsNames } from './consultationDocWriter.js';
import { answerByComment, needsAnswer } from './commentProgress.js';
import { frozenVersion } from './versionReader.js';

/** GET /consultation/me. */
export async function commenterView(ctx: ServiceContext, person: ConsultationPersonRecord): Promise<CommenterView> {
  const c = await requireConsultation(ctx, person.workshopId);
  const workshop = await ctx.stores.workshops.getWorkshop(person.workshopId);
  const version = await frozenVersion(ctx, c.workshopId, c.version);
  if (!workshop || !version) throw new DomainError('consultation-not-found', 'The consultation is no longer available');
  const store = ctx.stores.consultations;
  const people = new Map((await store.people(c.id)).map((p) => [p.id, p]));
  const names = await showsNames(ctx, c.workshopId);
  const all = await store.comments(c.id);
  const visible = c.repliesAllowed ? all : all.filter((r) => r.personId === person.id);
  return {
    workshop: meWorkshop(workshop),
    person: { id: person.id, name: person.name, role: person.role, roleCategory: roleCategory(person.role) },
    meta: await consultationMeta(ctx, c),
    open: consultationOpenNow(ctx, c),
    version: { number: c.version, label: version.label, content: version.node.toJSON() as unknown, passages: version.passages },
    ownCommentIds: all.filter((r) => r.personId === person.id).map((r) => r.id),
    comments: visible.map((r) => commentEntry(r, people.get(r.personId) ?? null, names)),
  };
}

/** GET /consultation/me/outcomes: own comments, and their answers once the reactienota is published. */
export async function commenterOutcomes(ctx: ServiceContext, person: ConsultationPersonRecord): Promise<OutcomesAnswer> {
  const c = await requireConsultation(ctx, person.workshopId);
  const store = ctx.stores.consultations;
  const published = c.publishedAt !== null;
  const byComment = published ? answerByComment(await store.answers(c.id)) : new Map();
  const names = await showsNames(ctx, c.workshopId);
  const outcomes = (await store.comments(c.id)).filter((r) => r.personId === person.id).map((r) => {
    const answer = needsAnswer(r) ? byComment.get(r.id) : undefined;
    return {
      comment: commentEntry(r, person, names),
      answer: answer ? { text: answer.answer, status: answer.status, wherePassageId: answer.wherePassageId } : null,
    };
  });
  return { published, outcomes };
}
