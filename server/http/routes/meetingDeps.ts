/** The meeting dependencies of a request (documents, locks, versions); a server without them answers 500. */
import type { MeetingContext } from '../../services/meetingContext.js';
import type { ApiRequest } from '../apiTypes.js';
import { HttpError } from '../httpError.js';

/** The meeting context, or an internal error when the server was composed without one. */
export function meetingOf(r: ApiRequest): MeetingContext {
  if (!r.deps.meeting) throw new HttpError('internal', 'This server runs no collaboration documents');
  return r.deps.meeting;
}
