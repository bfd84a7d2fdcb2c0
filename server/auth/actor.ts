// SPDX-License-Identifier: EUPL-1.2
/** Who is asking: the set-up session (installation organiser), a participant, a workshop's plenary screen or a consultation commenter, resolved from the session cookie. */
import type { IncomingMessage } from 'node:http';
import type { WorkshopStorePorts } from '../store/storePorts.js';
import type { ParticipantRecord } from '../store/workshopStore.js';
import type { ConsultationPersonRecord } from '../store/consultationStore.js';
import { readSessionToken } from './sessionCookie.js';
import { hashToken } from './tokens.js';

/** The person behind a request. */
export type Actor =
  | { kind: 'setup'; sessionHash: string }
  | { kind: 'participant'; sessionHash: string; participant: ParticipantRecord }
  /** The plenary screen (beamer) of one workshop: reads, never writes. */
  | { kind: 'screen'; sessionHash: string; workshopId: string }
  /**
   * A consultation commenter (personal consultation link): reaches only the consultation of their
   * workshop; `seesOthers` while the facilitator allows commenters to see and reply to each other.
   */
  | { kind: 'commenter'; sessionHash: string; workshopId: string; person: ConsultationPersonRecord; seesOthers: boolean };

/** The actor of a request, or null without a live session (an expired session is deleted). */
export async function actorOf(stores: WorkshopStorePorts, req: IncomingMessage, now: number): Promise<Actor | null> {
  const token = readSessionToken(req);
  return token ? actorOfSession(stores, hashToken(token), now, true) : null;
}

/**
 * The actor of a stored session (by its id hash), or null when it ended, expired or was idle too
 * long (such a session is deleted). `touch`: this is a request of the person (it keeps the session
 * from idling out); a check by the server itself does not touch.
 */
export async function actorOfSession(stores: WorkshopStorePorts, sessionHash: string, now: number, touch = false): Promise<Actor | null> {
  const session = await stores.sessions.byHash(sessionHash);
  if (!session) return null;
  if (stores.sessions.hasEnded(session, now)) {
    await stores.sessions.delete(session.idHash);
    return null;
  }
  if (touch) await stores.sessions.touch(session, now);
  if (session.kind === 'setup') return { kind: 'setup', sessionHash: session.idHash };
  if (session.kind === 'screen') {
    const workshopId = session.workshopId ?? null;
    return workshopId && (await stores.workshops.getWorkshop(workshopId)) ? { kind: 'screen', sessionHash: session.idHash, workshopId } : null;
  }
  if (session.kind === 'consultation') {
    const person = session.personId ? await stores.consultations.person(session.personId) : null;
    const consultation = person ? await stores.consultations.ofWorkshop(person.workshopId) : null;
    if (!person || !consultation) return null;
    return { kind: 'commenter', sessionHash: session.idHash, workshopId: person.workshopId, person, seesOthers: consultation.repliesAllowed };
  }
  const participant = session.participantId ? await stores.workshops.getParticipant(session.participantId) : null;
  return participant ? { kind: 'participant', sessionHash: session.idHash, participant } : null;
}
