// SPDX-License-Identifier: EUPL-1.2
/** Which meeting-2 role group (raad / college / ambtenaren) a role belongs to. */
import type { RoleGroup } from './docNames.js';
import type { Role } from './roles.js';

/**
 * The role group of meeting 2 for a role: raadslid and griffier → raad; collegelid, directie and
 * gemeentesecretaris → college; ambtenaar → ambtenaren; a facilitator has none (null).
 */
export function roleGroupOf(role: Role): RoleGroup | null {
  switch (role) {
    case 'raadslid':
    case 'griffier':
      return 'raad';
    case 'collegelid':
    case 'directie':
    case 'gemeentesecretaris':
      return 'college';
    case 'ambtenaar':
      return 'ambtenaren';
    default:
      return null;
  }
}
