// SPDX-License-Identifier: EUPL-1.2
/** Moving through the method steps of meeting 1 (shared/method.ts) from the cockpit. */
import { METHOD_STEPS, type MethodStep } from '../../../shared/method.js';

/** The step after `step` (the first when not started), or null at the end. */
export function nextStep(step: MethodStep | null): MethodStep | null {
  if (step === null) return METHOD_STEPS[0];
  const i = METHOD_STEPS.indexOf(step);
  return i + 1 < METHOD_STEPS.length ? METHOD_STEPS[i + 1] : null;
}

/** The step before `step`, or null at the start (the method is never "un-started" from the cockpit). */
export function previousStep(step: MethodStep | null): MethodStep | null {
  if (step === null) return null;
  const i = METHOD_STEPS.indexOf(step);
  return i > 0 ? METHOD_STEPS[i - 1] : null;
}

/** Minutes typed by a person as whole minutes (1–240), or null. */
export function parseMinutes(input: string): number | null {
  const text = input.trim();
  if (!/^\d{1,3}$/.test(text)) return null;
  const value = Number(text);
  return value >= 1 && value <= 240 ? value : null;
}
