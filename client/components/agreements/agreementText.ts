// SPDX-License-Identifier: EUPL-1.2
/** Texts the agreement components share: dates, owning groups, who wrote an entry. */
import type { TFunction } from 'i18next';
import type { EntryAuthor } from '../../../shared/agreementsDoc.js';
import type { RoleGroup } from '../../../shared/docNames.js';
import type { AuthorNames } from '../../../shared/api.js';

/** A `YYYY-MM-DD` day as "12 maart 2027" in the interface language. */
export function dayText(date: string, language: string): string {
  const ms = Date.parse(`${date}T12:00:00Z`);
  return Number.isFinite(ms) ? new Date(ms).toLocaleDateString(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }) : date;
}

/** A moment in time as "12 maart 2027, 14:05". */
export function momentText(at: number, language: string): string {
  return new Date(at).toLocaleString(language, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** The owning groups as one phrase ("Raad, Ambtenaren"). */
export function ownersText(t: TFunction, owners: readonly RoleGroup[]): string {
  return owners.map((g) => t(`agreements.ownerGroup.${g}`)).join(', ');
}

/** Who wrote an entry: the name only when the server sent it (the workshop shows names), else the role. */
export function authorText(t: TFunction, author: EntryAuthor, names: AuthorNames): string {
  const role = author.byRole === 'facilitator' ? t('agreements.history.facilitator') : t(`role.${author.byRole}`);
  const name = author.byKey ? names[author.byKey] : undefined;
  return name ? t('agreements.history.named', { name, role }) : t('agreements.history.someone', { role });
}
