// SPDX-License-Identifier: EUPL-1.2
/** Validates a request body with a zod schema from shared/api.ts; failures become 400 invalid-body with field issues. */
import type { z } from 'zod/v3';
import type { FieldIssue } from '../services/domainError.js';
import { HttpError } from './httpError.js';

/** One issue per field: `a.b` paths; an unknown key is reported at its own path. */
function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.flatMap((issue) => {
    const base = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...base, key].join('.'), message: issue.message }));
    }
    return [{ path: base.join('.'), message: issue.message }];
  });
}

/** The parsed value, or throws invalid-body listing each field and why. */
export function validateBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  throw new HttpError('invalid-body', 'The body does not match what this route expects', fieldIssues(result.error));
}
