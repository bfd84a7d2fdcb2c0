// SPDX-License-Identifier: EUPL-1.2
/**
 * The name and explanation of a method step as screens show them. Meeting 2 runs the same four
 * steps with other words: its groups write ambitions and expectations, not a horizon.
 */
import type { TFunction } from 'i18next';
import type { MethodStep } from '../../../shared/method.js';

/** Which meeting a screen belongs to. */
export type MeetingNumber = 1 | 2;

/** The step's name, e.g. "Stap 4: de stip op de horizon". */
export const stepTitle = (t: TFunction, step: MethodStep, meeting: MeetingNumber = 1): string =>
  t(meeting === 2 ? `meeting.step2.${step}` : `meeting.step.${step}`);

/** What the step asks of the group. */
export const stepHelp = (t: TFunction, step: MethodStep, meeting: MeetingNumber = 1): string =>
  t(meeting === 2 ? `meeting.stepHelp2.${step}` : `meeting.stepHelp.${step}`);
