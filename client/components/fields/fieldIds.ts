// SPDX-License-Identifier: EUPL-1.2
/** Ids that tie a form control to its description and error message (aria-describedby). */

/** The ids of a field's parts. */
export interface FieldIds { input: string; description: string; error: string }

/** Derives the ids of a field from one base id. */
export const fieldIds = (base: string): FieldIds => ({ input: base, description: `${base}-uitleg`, error: `${base}-fout` });

/** The aria-describedby value: the error first (when shown), then the description (when there is one). */
export function describedBy(ids: FieldIds, hasDescription: boolean, hasError: boolean): string | undefined {
  const parts = [hasError ? ids.error : null, hasDescription ? ids.description : null].filter(Boolean);
  return parts.length ? parts.join(' ') : undefined;
}
