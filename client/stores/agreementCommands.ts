// SPDX-License-Identifier: EUPL-1.2
/**
 * What the agreements page asks of the server: the facilitator's edits of the register and its
 * team leaders, progress from an owning group, intervisie notes from team leaders. The register
 * itself arrives through the `w/<id>/agreements` document (client/collab/agreementsHooks.ts).
 * The components call these, never client/api directly.
 */
export {
  addIntervisieNote, createAgreement, deleteAgreement, fetchAgreementRights, fetchMatrix, fetchTeamLeaders, recordProgress, setTeamLeader,
  updateAgreement,
} from '../api/agreementsApi.js';
