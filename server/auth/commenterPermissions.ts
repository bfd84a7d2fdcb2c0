// SPDX-License-Identifier: EUPL-1.2
/**
 * What a consultation commenter (a 'consultation' session, opened with a personal consultation
 * link) may do with documents: read the consultation of their own workshop while the facilitator
 * lets commenters see each other's comments (the replies setting), and nothing else — no group,
 * draft, live, vision or other document. They never write it: the consultation document is
 * server-written (shared/consultationDoc.ts); their comments travel through the API.
 */
import type { DocRef } from '../../shared/docNames.js';
import type { Permission } from '../collab/types.js';
import type { Actor } from './actor.js';

/** The commenter's permission on a document. */
export function commenterPermission(actor: Extract<Actor, { kind: 'commenter' }>, doc: DocRef): Permission | null {
  return doc.kind === 'consultation' && doc.workshopId === actor.workshopId && actor.seesOthers ? 'read' : null;
}

/** Where a commenter lands after opening their consultation link. */
export const commenterLandingPath = (workshopId: string) => `/w/${workshopId}/consultatie`;

/** Picks the sockets of a workshop's commenters on its consultation (a commenter has no participant id but a workshop). */
export const isCommenterSocket = (workshopId: string) =>
  (identity: { workshopId: string | null; participantId: string | null }, doc: DocRef): boolean =>
    doc.kind === 'consultation' && doc.workshopId === workshopId && identity.workshopId === workshopId && identity.participantId === null;
