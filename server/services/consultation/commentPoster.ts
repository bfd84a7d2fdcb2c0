// SPDX-License-Identifier: EUPL-1.2
/**
 * Posts a comment or a reply for a commenter. Order of checks (the first failing one answers, and
 * nothing changes): the consultation exists and is open (the deadline is checked on every request),
 * the text, the anchor (on the consulted frozen version: a known passage, offsets inside its text,
 * the quote equal to the text there), replies allowed and the parent active; then the rate limit.
 * The store is written first, then the consultation document (live for everyone reading it).
 */
import type { CommentPostBody } from '../../../shared/apiConsultation.js';
import { buildAnchor, type AnchorProblem } from '../../../shared/consultationAnchor.js';
import type { CommentAnchor, ConsultationComment, Stance } from '../../../shared/consultationDoc.js';
import { newId } from '../../auth/tokens.js';
import type { CommentRecord, ConsultationPersonRecord, ConsultationRecord } from '../../store/consultationStore.js';
import { DomainError } from '../domainError.js';
import type { ServiceContext } from '../serviceContext.js';
import { requireConsultation, requireOpen } from './consultationAccess.js';
import { commentEntry, showsNames, writeComment } from './consultationDocWriter.js';
import { admitPost } from './commentRateLimit.js';
import { checkedCommentText } from './commentText.js';
import { frozenVersion } from './versionReader.js';
import { inTransaction } from '../unitOfWork.js';

const ANCHOR_ERRORS: Record<AnchorProblem, [ 'passage-unknown' | 'anchor-outside' | 'quote-mismatch', string]> = {
  'passage-unknown': ['passage-unknown', 'The consulted version has no such passage'],
  'range-outside': ['anchor-outside', 'The selection lies outside the passage text'],
  'quote-mismatch': ['quote-mismatch', 'The quoted text is not the passage text at the selection'],
};

async function anchorOf(ctx: ServiceContext, c: ConsultationRecord, body: CommentPostBody['anchor']): Promise<CommentAnchor | null> {
  if (!body) return null;
  const version = await frozenVersion(ctx, c.workshopId, c.version);
  const built = buildAnchor(version?.passages ?? [], c.version, body.passageId, body.start, body.end, body.quote);
  if (!built.ok) {
    const [id, message] = ANCHOR_ERRORS[built.problem];
    throw new DomainError(id, message);
  }
  return built.anchor;
}

async function store(ctx: ServiceContext, c: ConsultationRecord, person: ConsultationPersonRecord, fields: { stance: Stance; text: string; anchor: CommentAnchor | null; parentId: string | null }): Promise<ConsultationComment> {
  const record = await inTransaction(ctx, async (tx): Promise<CommentRecord> => {
    // The outer context: the rate limit counts per server context, not per unit of work.
    admitPost(ctx, person.id);
    const r: CommentRecord = {
      id: newId(), consultationId: c.id, workshopId: c.workshopId, personId: person.id, number: await tx.stores.consultations.nextNumber(c.id),
      ...fields, status: 'active', createdAt: tx.now(), editedAt: null,
    };
    await tx.stores.consultations.insertComment(r);
    return r;
  });
  const entry = commentEntry(record, person, await showsNames(ctx, c.workshopId));
  await writeComment(ctx, c, entry);
  return entry;
}

/** Posts a comment on a passage or a general one. */
export async function postComment(ctx: ServiceContext, person: ConsultationPersonRecord, body: CommentPostBody): Promise<ConsultationComment> {
  const c = await requireConsultation(ctx, person.workshopId);
  requireOpen(ctx, c);
  const text = checkedCommentText(body.text);
  const anchor = await anchorOf(ctx, c, body.anchor);
  return store(ctx, c, person, { stance: body.stance, text, anchor, parentId: null });
}

/** Posts a reply to an active comment, while replies are allowed. */
export async function postReply(ctx: ServiceContext, person: ConsultationPersonRecord, parentId: string, rawText: string): Promise<ConsultationComment> {
  const c = await requireConsultation(ctx, person.workshopId);
  requireOpen(ctx, c);
  const text = checkedCommentText(rawText);
  if (!c.repliesAllowed) throw new DomainError('replies-not-allowed', 'The facilitator does not allow replies in this consultation');
  const parent = await ctx.stores.consultations.comment(parentId);
  if (!parent || parent.consultationId !== c.id) throw new DomainError('comment-not-found', 'No such comment');
  if (parent.status === 'withdrawn') throw new DomainError('comment-withdrawn', 'This comment was withdrawn');
  return store(ctx, c, person, { stance: 'algemeen', text, anchor: null, parentId: parent.parentId ?? parent.id });
}
