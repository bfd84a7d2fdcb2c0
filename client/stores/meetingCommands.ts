/**
 * What the cockpit asks of the server while meeting 1 runs: change the live state (step, timer,
 * locks, message, focus, plenary view) and make the big screen's read-only link. The components
 * call these, never client/api directly (the answers keep the API functions' own types).
 */
import type { LiveUpdateBody } from '../../shared/apiMeeting.js';
import { createScreenLink, updateLive } from '../api/meetingApi.js';

/** Changes the live state of a workshop; resolves to the new state. */
export const changeLive = (workshopId: string, body: LiveUpdateBody) => updateLive(workshopId, body);

/** Makes (or renews) the read-only link of the big screen. */
export const makeScreenLink = (workshopId: string) => createScreenLink(workshopId);
