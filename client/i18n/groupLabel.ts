// SPDX-License-Identifier: EUPL-1.2
/**
 * The name of a group as people see it: the facilitator's name for it, or the default in the
 * interface language ("Groep 2", "Group 2"). The rule for what counts as the default is in
 * shared/groupNames.ts.
 */
import { isDefaultGroupName } from '../../shared/groupNames.js';

/** A translation function (i18next's `t`). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The shown name of group `group` (1-based); `names` as the API sends them (may be absent). */
export function groupLabel(t: Translate, names: readonly string[] | null | undefined, group: number): string {
  const name = names?.[group - 1];
  return name === undefined || isDefaultGroupName(name, group) ? t('groups.defaultName', { group }) : name.trim();
}
