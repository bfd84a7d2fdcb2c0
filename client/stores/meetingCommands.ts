// SPDX-License-Identifier: EUPL-1.2
/**
 * What the cockpit asks of the server while meeting 1 runs: change the live state (step, timer,
 * locks, message, focus, plenary view) and make the big screen's read-only link. The components
 * call these, never client/api directly (the answers keep the API functions' own types).
 */
import type { LiveUpdateBody } from '../../shared/apiMeeting.js';
import { createScreenLink, renewScreenLink, updateLive } from '../api/meetingApi.js';

/** Changes the live state of a workshop; resolves to the new state. */
export const changeLive = (workshopId: string, body: LiveUpdateBody) => updateLive(workshopId, body);

/** Makes (or renews) the read-only link of the big screen. */
export const makeScreenLink = (workshopId: string) => createScreenLink(workshopId);
/** Renews the big screen's link: the old one stops working and open screens are closed. */
export const renewScreen = (workshopId: string) => renewScreenLink(workshopId);
