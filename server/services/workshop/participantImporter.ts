// SPDX-License-Identifier: EUPL-1.2
/** Imports a CSV list of participants: good lines are added (and placed in groups), bad lines reported. */
import type { ImportLineError } from '../../../shared/api.js';
import { DEFAULT_LIMITS } from '../../../shared/limits.js';
import { parseParticipantsCsv } from '../../../shared/csvParticipants.js';
import type { ParticipantRecord } from '../../store/workshopStore.js';
import { addParticipants, participantRoom } from './participantAdder.js';
import type { ServiceContext } from '../serviceContext.js';
import { inTransaction } from '../unitOfWork.js';

/** What an import did. */
export interface ImportResult { added: ParticipantRecord[]; errors: ImportLineError[] }

/** Parses the CSV text and adds every good line, up to the participant limit. */
export function importParticipants(ctx: ServiceContext, workshopId: string, csv: string): Promise<ImportResult> {
  const { rows, errors } = parseParticipantsCsv(csv);
  return inTransaction(ctx, async (tx) => {
    const room = await participantRoom(tx, workshopId);
    const accepted = rows.slice(0, room);
    const overflow = rows.slice(room).map((r) => ({
      line: r.line,
      reason: `Het maximum van ${DEFAULT_LIMITS.maxParticipants} deelnemers is bereikt.`,
    }));
    const added = await addParticipants(tx, workshopId, accepted);
    return { added, errors: [...errors, ...overflow].sort((a, b) => a.line - b.line) };
  });
}
