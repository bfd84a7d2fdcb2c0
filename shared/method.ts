// SPDX-License-Identifier: EUPL-1.2
/**
 * The method of meeting 1, advanced by the facilitator and shown to every participant:
 *   write    individually write statements (private: kept in each author's draft document)
 *   reveal   drafts are moved into the group document; the group reads and discusses them
 *   endorse  everyone endorses the statements they agree with
 *   horizon  the group writes its stip op de horizon
 */

/** Method steps in order. */
export const METHOD_STEPS = ['write', 'reveal', 'endorse', 'horizon'] as const;
export type MethodStep = (typeof METHOD_STEPS)[number];

/** Whether a value is a method step. */
export const isMethodStep = (v: unknown): v is MethodStep =>
  typeof v === 'string' && (METHOD_STEPS as readonly string[]).includes(v);

/** Whether new statements are private drafts in this step. */
export const statementsArePrivate = (step: MethodStep | null) => step === 'write';
