// SPDX-License-Identifier: EUPL-1.2
/**
 * The statement edit rule: when the facilitator allows only own statements to be edited (the
 * `ownStatementsOnly` of `w/<id>/live`), a member's connection to a group document may change the
 * text of the statements they wrote and no others; facilitators keep editing all. The setting is
 * read through a StatementEditing source (server/services/meeting/liveLocks.ts) when a socket
 * connects, and sockets are closed to reconnect when it changes (liveEditingEnforcer.ts).
 */
import type { DocRef } from '../../shared/docNames.js';
import type { Actor } from './actor.js';
import { isFacilitatorOf } from './permissions.js';

/** Answers whether a workshop allows members to edit only their own statements. */
export interface StatementEditing {
  ownStatementsOnly(workshopId: string): boolean | Promise<boolean>;
}

/** Whether the setting applies to this actor on this document (a member on a group document). */
export function editingRuleApplies(actor: Actor, doc: DocRef): boolean {
  return actor.kind === 'participant' && doc.kind === 'group' && !isFacilitatorOf(actor, doc.workshopId);
}

/** Whether this actor may change the text of statements others wrote in this document. */
export async function mayEditOthersStatements(editing: StatementEditing, actor: Actor, doc: DocRef): Promise<boolean> {
  if (!editingRuleApplies(actor, doc)) return true;
  return !(await editing.ownStatementsOnly(doc.workshopId));
}
