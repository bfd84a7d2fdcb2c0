// SPDX-License-Identifier: EUPL-1.2
/**
 * The consultation routes (shared/api/consultationRoutes.ts), facilitator side: validate → command →
 * present. The commenter side is in consultationCommenterRoutes.ts.
 */
import {
  AnswerBody, ConsultationFreezeBody, ConsultationOpenBody, ConsultationPeopleBody, ConsultationUpdateBody,
} from '../../../shared/apiConsultation.js';
import { answerComments } from '../../services/consultation/commentAnswerer.js';
import { freezeConsultationVersion } from '../../services/consultation/consultationFreezer.js';
import { consultationLinks } from '../../services/consultation/consultationLinksPresenter.js';
import { openConsultation } from '../../services/consultation/consultationOpener.js';
import { addConsultationPeople, revokeConsultationLink, updateConsultation } from '../../services/consultation/consultationUpdater.js';
import { dashboard } from '../../services/consultation/dashboardPresenter.js';
import { processingView, suggestions } from '../../services/consultation/processingPresenter.js';
import { publishReactienota } from '../../services/consultation/reactienotaPublisher.js';
import { compareVersions } from '../../services/consultation/versionComparer.js';
import type { ApiHandler } from '../apiTypes.js';
import { validateBody } from '../bodyValidator.js';
import { requireFacilitator, requireMember } from '../guards.js';
import { HttpError } from '../httpError.js';
import { COMMENTER_HANDLERS } from './consultationCommenterRoutes.js';

/** POST /consultation: opens it. */
const postConsultation: ApiHandler = async (r) => {
  const workshop = await requireFacilitator(r, r.params.id);
  const body = validateBody(ConsultationOpenBody, r.body);
  return { status: 201, body: await openConsultation(r.deps.services, workshop.id, body) };
};

/** GET /consultation: the dashboard. */
const getConsultation: ApiHandler = async (r) => {
  const workshop = await requireFacilitator(r, r.params.id);
  return { status: 200, body: await dashboard(r.deps.services, workshop.id) };
};

/** PATCH /consultation: close now, extend, intro, replies. */
const patchConsultation: ApiHandler = async (r) => {
  const workshop = await requireFacilitator(r, r.params.id);
  const body = validateBody(ConsultationUpdateBody, r.body);
  await updateConsultation(r.deps.services, workshop.id, body);
  return { status: 200, body: await dashboard(r.deps.services, workshop.id) };
};

/** POST /consultation/people: extra people from CSV. */
const postPeople: ApiHandler = async (r) => {
  const workshop = await requireFacilitator(r, r.params.id);
  const body = validateBody(ConsultationPeopleBody, r.body);
  return { status: 201, body: await addConsultationPeople(r.deps.services, workshop.id, body.csv) };
};

/** POST /consultation/people/<pid>/revoke. */
const postRevoke: ApiHandler = async (r) => {
  const workshop = await requireFacilitator(r, r.params.id);
  await revokeConsultationLink(r.deps.services, workshop.id, r.params.pid);
  return { status: 204 };
};

/** GET /consultation/links: CSV and cards. */
const getLinks: ApiHandler = async (r) => {
  const workshop = await requireFacilitator(r, r.params.id);
  return { status: 200, body: await consultationLinks(r.deps.services, workshop.id) };
};

/** GET /consultation/comments: processing. */
const getComments: ApiHandler = async (r) => {
  const workshop = await requireFacilitator(r, r.params.id);
  return { status: 200, body: await processingView(r.deps.services, workshop.id) };
};

/** GET /consultation/suggestions. */
const getSuggestions: ApiHandler = async (r) => {
  const workshop = await requireFacilitator(r, r.params.id);
  return { status: 200, body: await suggestions(r.deps.services, workshop.id) };
};

/** POST /consultation/answers. */
const postAnswer: ApiHandler = async (r) => {
  const workshop = await requireFacilitator(r, r.params.id);
  const body = validateBody(AnswerBody, r.body);
  return { status: 201, body: await answerComments(r.deps.services, workshop.id, body) };
};

/** POST /consultation/freeze. */
const postFreeze: ApiHandler = async (r) => {
  const workshop = await requireFacilitator(r, r.params.id);
  const body = validateBody(ConsultationFreezeBody, r.body);
  return { status: 201, body: await freezeConsultationVersion(r.deps.services, workshop.id, body) };
};

/** POST /consultation/reactienota/publish. */
const postPublish: ApiHandler = async (r) => {
  const workshop = await requireFacilitator(r, r.params.id);
  return { status: 200, body: await publishReactienota(r.deps.services, workshop.id) };
};

const versionNumber = (text: string): number | null => (/^[1-9][0-9]{0,8}$/.test(text) ? Number(text) : null);

/** GET /versions/<a>/diff/<b>. */
const getDiff: ApiHandler = async (r) => {
  const workshop = await requireMember(r, r.params.id);
  const a = versionNumber(r.params.a);
  const b = versionNumber(r.params.b);
  const diff = a === null || b === null ? null : await compareVersions(r.deps.services, workshop.id, a, b);
  if (!diff) throw new HttpError('not-found', 'No such version of the vision');
  return { status: 200, body: diff };
};

/** Handlers of the consultation routes, by route key. */
export const CONSULTATION_HANDLERS = {
  openConsultation: postConsultation,
  getConsultation,
  updateConsultation: patchConsultation,
  addConsultationPeople: postPeople,
  revokeConsultationLink: postRevoke,
  consultationLinks: getLinks,
  listConsultationComments: getComments,
  consultationSuggestions: getSuggestions,
  answerComments: postAnswer,
  freezeConsultationVersion: postFreeze,
  publishReactienota: postPublish,
  compareVersions: getDiff,
  ...COMMENTER_HANDLERS,
} satisfies Record<string, ApiHandler>;
