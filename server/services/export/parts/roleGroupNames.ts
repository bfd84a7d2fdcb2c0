// SPDX-License-Identifier: EUPL-1.2
/** The role groups of meeting 2 as the dossier names them. */
import type { RoleGroup } from '../../../../shared/docNames.js';

/** Role group → its Dutch name in the dossier. */
export const ROLE_GROUP_NAMES: Record<RoleGroup, string> = { raad: 'Raad', college: 'College en directie', ambtenaren: 'Ambtenaren' };
