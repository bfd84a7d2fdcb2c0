// SPDX-License-Identifier: EUPL-1.2
/** Opens the stores of workshops, consultations, links and sessions on one database (tables created if needed). */
import type { Db } from './database.js';
import { ConsultationStore } from './consultationStore.js';
import { WorkshopStore } from './workshopStore.js';
import { WorkshopLinkStore } from './workshopLinkStore.js';
import { WorkshopSessionStore } from './workshopSessionStore.js';
import { Meeting2Store } from './meeting2Store.js';

/** The stores behind the API, the CLI and the collab authorizer. */
export interface WorkshopStores { workshops: WorkshopStore; links: WorkshopLinkStore; sessions: WorkshopSessionStore; consultations: ConsultationStore; meeting2: Meeting2Store }

/** Creates the workshop, link and session stores on one database. */
export function openWorkshopStores(db: Db, options: { sessionIdleMs?: number } = {}): WorkshopStores {
  const workshops = new WorkshopStore(db);
  // Before links and sessions: their person_id references consultation_people.
  const consultations = new ConsultationStore(db);
  return { workshops, links: new WorkshopLinkStore(db), sessions: new WorkshopSessionStore(db, options.sessionIdleMs), consultations, meeting2: new Meeting2Store(db) };
}
