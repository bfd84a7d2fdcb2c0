// SPDX-License-Identifier: EUPL-1.2
/**
 * Dutch texts that only staff screens use (set-up and the facilitator's page, privacy and logs, the dossier, the board, the merge
 * dialogs, the consultation and its API errors, the agreements register, meeting 1's cockpit, plenary screen, merge view, versions, link cards
 * and attendance, meeting 2 but its rooms' texts, which join `m2` in nl.ts): not in a participant's first download. They arrive with the code of
 * any screen but the group room (client/routes/routeModules.ts, laterTexts.ts); nl.ts joins them
 * with the rest into the whole dictionary (types, English, tests).
 */
import { privacyNl } from './privacyNl.js';
import { dossierNl } from './dossierNl.js';
import { boardNl } from './boardNl.js';
import { mergeDialogsNl } from './mergeDialogsNl.js';
import { consultationNl } from './consultationNl.js';
import { meetingNl } from './meetingNl.js';
import { meeting2Nl } from './meeting2Nl.js';
import { meeting2FinishNl } from './meeting2FinishNl.js';
import { agreementsNl } from './agreementsNl.js';
import { consultationErrorsNl } from './consultationErrorsNl.js';
import { facilitatorNl } from './facilitatorNl.js';
import { staffErrorsNl } from './staffErrorsNl.js';

/** The Dutch texts the group room does not use (staff screens, the consultation, the agreements register). */
export const nlLater = {
  ...facilitatorNl, ...privacyNl, ...dossierNl, ...boardNl, ...mergeDialogsNl, ...consultationNl, ...meetingNl, ...meeting2Nl, ...meeting2FinishNl, ...agreementsNl,
  apiError: { ...staffErrorsNl, ...consultationErrorsNl },
};
