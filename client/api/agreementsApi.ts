// SPDX-License-Identifier: EUPL-1.2
/** The calls of the agreements API (routes in shared/api/agreementRoutes.ts). */
import type { AgreementCreateBody, AgreementUpdateBody, IntervisieBody, ProgressBody } from '../../shared/apiAgreements.js';
import { AGREEMENT_ROUTES } from '../../shared/api/agreementRoutes.js';
import { MEETING2_ROUTES } from '../../shared/api/meeting2Routes.js';
import { callApi } from './http.js';

/** Adds an agreement (facilitator). */
export const createAgreement = (id: string, body: Partial<AgreementCreateBody> & Pick<AgreementCreateBody, 'text' | 'owners'>) =>
  callApi(AGREEMENT_ROUTES.createAgreement, { id }, body);
/** Changes an agreement (facilitator). */
export const updateAgreement = (id: string, aid: string, body: AgreementUpdateBody) => callApi(AGREEMENT_ROUTES.updateAgreement, { id, aid }, body);
/** Deletes an agreement (facilitator). */
export const deleteAgreement = (id: string, aid: string) => callApi(AGREEMENT_ROUTES.deleteAgreement, { id, aid });
/** What this session may do in the register. */
export const fetchAgreementRights = (id: string) => callApi(AGREEMENT_ROUTES.agreementRights, { id });
/** Records progress on an agreement. */
export const recordProgress = (id: string, aid: string, body: Partial<ProgressBody> & Pick<ProgressBody, 'reviewMoment' | 'state'>) =>
  callApi(AGREEMENT_ROUTES.recordProgress, { id, aid }, body);
/** Adds an intervisie note. */
export const addIntervisieNote = (id: string, aid: string, body: IntervisieBody) => callApi(AGREEMENT_ROUTES.addIntervisieNote, { id, aid }, body);
/** The team leaders by participant id (facilitator). */
export const fetchTeamLeaders = (id: string) => callApi(AGREEMENT_ROUTES.listTeamLeaders, { id });
/** Marks a participant as team leader, or no longer (facilitator). */
export const setTeamLeader = (id: string, pid: string, teamLeader: boolean) => callApi(AGREEMENT_ROUTES.setTeamLeader, { id, pid }, { teamLeader });
/** Every ambition and expectation of meeting 2 (the sources an agreement can be made from). */
export const fetchMatrix = (id: string) => callApi(MEETING2_ROUTES.getMatrix, { id });
