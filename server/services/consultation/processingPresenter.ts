// SPDX-License-Identifier: EUPL-1.2
/**
 * What the facilitator processes: every comment with its draft answer and where its anchor lands on
 * the live vision now (re-anchored: passage id first, then quote and context), and the suggested
 * groups of similar comments from different people (the Dutch similarity engine, shared/similarity).
 */
import type { CommentForProcessing, ProcessingAnswer, SimilarGroup, SuggestionsAnswer } from '../../../shared/apiConsultation.js';
import { reanchor } from '../../../shared/consultationAnchor.js';
import { clusterStatements } from '../../../shared/similarity/statementClusters.js';
import type { ServiceContext } from '../serviceContext.js';
import { requireConsultation } from './consultationAccess.js';
import { answerEntry, commentEntry, showsNames } from './consultationDocWriter.js';
import { answerByComment, needsAnswer, progressOf } from './commentProgress.js';
import { liveVision } from './versionReader.js';

/** Every comment for processing, the draft answers and the progress. */
export async function processingView(ctx: ServiceContext, workshopId: string): Promise<ProcessingAnswer> {
  const c = await requireConsultation(ctx, workshopId);
  const store = ctx.stores.consultations;
  const comments = await store.comments(c.id);
  const answers = await store.answers(c.id);
  const people = new Map((await store.people(c.id)).map((p) => [p.id, p]));
  const byComment = answerByComment(answers);
  const { passages } = await liveVision(ctx, workshopId);
  const names = await showsNames(ctx, workshopId);
  const views = comments.map((r): CommentForProcessing => ({
    ...commentEntry(r, people.get(r.personId) ?? null, names),
    answerId: byComment.get(r.id)?.id ?? null,
    placement: r.anchor ? reanchor(r.anchor, passages) : null,
  }));
  return { comments: views, answers: answers.map(answerEntry), progress: progressOf(comments, answers) };
}

/**
 * A disagreement ("oneens") is only suggested together with other disagreements: people who
 * object to a passage and people who agree with it or add to it may use the same words, but they
 * need a different answer.
 */
const suggestionKind = (stance: string): string => (stance === 'oneens' ? 'oneens' : 'comment');

/** Groups of similar comments from different people that are still unanswered. */
export async function suggestions(ctx: ServiceContext, workshopId: string): Promise<SuggestionsAnswer> {
  const c = await requireConsultation(ctx, workshopId);
  const store = ctx.stores.consultations;
  const answered = answerByComment(await store.answers(c.id));
  const open = (await store.comments(c.id)).filter((r) => needsAnswer(r) && !answered.has(r.id));
  const personNumber = new Map<string, number>();
  for (const r of open) if (!personNumber.has(r.personId)) personNumber.set(r.personId, personNumber.size + 1);
  const { clusters } = clusterStatements(
    open.map((r) => ({ id: r.id, group: personNumber.get(r.personId)!, kind: suggestionKind(r.stance), text: r.text })),
    { sameKindOnly: true, onePerGroup: true },
  );
  const groups = clusters.map((cluster): SimilarGroup => ({ commentIds: cluster.statementIds, label: cluster.label }));
  return { groups };
}
