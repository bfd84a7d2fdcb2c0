// SPDX-License-Identifier: EUPL-1.2
/**
 * The consultation routes of commenters (access `session`: only a consultation session of workshop
 * `:id` passes requireCommenter), and the reactienota, which the facilitator reads as a draft and
 * commenters and members read once published.
 */
import { CommentEditBody, CommentPostBody, ReplyPostBody } from '../../../shared/apiConsultation.js';
import type { Actor } from '../../auth/actor.js';
import { isFacilitatorOf, isMemberOf } from '../../auth/permissions.js';
import { editComment, withdrawComment } from '../../services/consultation/commentEditor.js';
import { postComment, postReply } from '../../services/consultation/commentPoster.js';
import { commenterOutcomes, commenterView } from '../../services/consultation/commenterPresenter.js';
import { requireConsultation } from '../../services/consultation/consultationAccess.js';
import { reactienota } from '../../services/consultation/reactienotaPresenter.js';
import type { ApiHandler, ApiRequest } from '../apiTypes.js';
import { validateBody } from '../bodyValidator.js';
import { requireActor } from '../guards.js';
import { HttpError } from '../httpError.js';

type Commenter = Extract<Actor, { kind: 'commenter' }>;

/** The commenter of workshop `:id`, or 403 for anyone else. */
function requireCommenter(r: ApiRequest): Commenter {
  const actor = requireActor(r);
  if (actor.kind !== 'commenter' || actor.workshopId !== r.params.id) throw new HttpError('forbidden', 'Only people invited to this consultation may do this');
  return actor;
}

/** GET /consultation/me. */
const getMe: ApiHandler = async (r) => ({ status: 200, body: await commenterView(r.deps.services, requireCommenter(r).person) });

/** POST /consultation/comments. */
const postCommentRoute: ApiHandler = async (r) => {
  const { person } = requireCommenter(r);
  const body = validateBody(CommentPostBody, r.body);
  return { status: 201, body: await postComment(r.deps.services, person, body) };
};

/** POST /consultation/comments/<cid>/replies. */
const postReplyRoute: ApiHandler = async (r) => {
  const { person } = requireCommenter(r);
  const body = validateBody(ReplyPostBody, r.body);
  return { status: 201, body: await postReply(r.deps.services, person, r.params.cid, body.text) };
};

/** PATCH /consultation/comments/<cid>. */
const patchComment: ApiHandler = async (r) => {
  const { person } = requireCommenter(r);
  const body = validateBody(CommentEditBody, r.body);
  return { status: 200, body: await editComment(r.deps.services, person, r.params.cid, body) };
};

/** DELETE /consultation/comments/<cid>. */
const deleteComment: ApiHandler = async (r) => {
  const { person } = requireCommenter(r);
  return { status: 200, body: await withdrawComment(r.deps.services, person, r.params.cid) };
};

/** GET /consultation/me/outcomes. */
const getOutcomes: ApiHandler = async (r) => ({ status: 200, body: await commenterOutcomes(r.deps.services, requireCommenter(r).person) });

/** GET /consultation/reactienota: the facilitator's draft; once published, commenters' and members' too. */
const getReactienota: ApiHandler = async (r) => {
  const actor = requireActor(r);
  const workshopId = r.params.id;
  const facilitator = isFacilitatorOf(actor, workshopId) && (await r.deps.services.stores.workshops.getWorkshop(workshopId)) !== null;
  const reader = (actor.kind === 'commenter' && actor.workshopId === workshopId) || isMemberOf(actor, workshopId);
  if (!facilitator && !reader) throw new HttpError('forbidden', 'You do not take part in this workshop');
  const consultation = await requireConsultation(r.deps.services, workshopId);
  if (!facilitator && consultation.publishedAt === null) throw new HttpError('reactienota-not-published', 'The reactienota is not published yet');
  return { status: 200, body: await reactienota(r.deps.services, workshopId) };
};

/** Handlers of the commenter routes and the reactienota, by route key. */
export const COMMENTER_HANDLERS = {
  consultationMe: getMe,
  postComment: postCommentRoute,
  postReply: postReplyRoute,
  editComment: patchComment,
  withdrawComment: deleteComment,
  myCommentOutcomes: getOutcomes,
  getReactienota,
} satisfies Record<string, ApiHandler>;
