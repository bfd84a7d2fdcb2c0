// SPDX-License-Identifier: EUPL-1.2
/** Participant roles and how they are grouped, as in DESIGN.md. */

/** Every role a participant can have. */
export const ROLES = [
  'raadslid',
  'collegelid',
  'directie',
  'ambtenaar',
  'griffier',
  'gemeentesecretaris',
  'facilitator',
] as const;

/** A participant's role in the municipality (or `facilitator` for the process guide). */
export type Role = (typeof ROLES)[number];

/** Whether a value is a role. */
export const isRole = (v: unknown): v is Role => typeof v === 'string' && (ROLES as readonly string[]).includes(v);

/** The four role categories that the mixed groups of meeting 1 balance over. */
export type RoleCategory = 'raad' | 'collegeDirectie' | 'ambtenaren' | 'griffie';

/** The role categories in the order the app shows and deals them. */
export const ROLE_CATEGORIES: readonly RoleCategory[] = ['raad', 'collegeDirectie', 'ambtenaren', 'griffie'];

/** Which balance category a member role counts toward. */
export function roleCategory(role: Role): RoleCategory {
  switch (role) {
    case 'raadslid':
      return 'raad';
    case 'collegelid':
    case 'directie':
      return 'collegeDirectie';
    case 'ambtenaar':
      return 'ambtenaren';
    default:
      return 'griffie';
  }
}

/** Parses a role written by a person (CSV, form), accepting common Dutch variants. */
export function parseRole(input: string): Role | null {
  const key = input.trim().toLowerCase().replace(/[\s_-]+/g, '');
  const aliases: Record<string, Role> = {
    raadslid: 'raadslid', raad: 'raadslid', raadsleden: 'raadslid', gemeenteraadslid: 'raadslid',
    collegelid: 'collegelid', college: 'collegelid', wethouder: 'collegelid', burgemeester: 'collegelid',
    directie: 'directie', directeur: 'directie', directielid: 'directie',
    ambtenaar: 'ambtenaar', ambtenaren: 'ambtenaar', medewerker: 'ambtenaar', manager: 'ambtenaar', teamleider: 'ambtenaar',
    griffier: 'griffier', griffie: 'griffier',
    gemeentesecretaris: 'gemeentesecretaris', secretaris: 'gemeentesecretaris',
    facilitator: 'facilitator', procesbegeleider: 'facilitator', begeleider: 'facilitator',
  };
  return aliases[key] ?? null;
}
