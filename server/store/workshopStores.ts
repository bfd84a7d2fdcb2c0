/** Opens the three stores of workshops, links and sessions on one database (tables created if needed). */
import type { Db } from './database.js';
import { WorkshopStore } from './workshopStore.js';
import { WorkshopLinkStore } from './workshopLinkStore.js';
import { WorkshopSessionStore } from './workshopSessionStore.js';
import { Meeting2Store } from './meeting2Store.js';

/** The stores behind the API, the CLI and the collab authorizer. */
export interface WorkshopStores { workshops: WorkshopStore; links: WorkshopLinkStore; sessions: WorkshopSessionStore; meeting2: Meeting2Store }

/** Creates the workshop, link and session stores on one database. */
export function openWorkshopStores(db: Db, options: { sessionIdleMs?: number } = {}): WorkshopStores {
  const workshops = new WorkshopStore(db);
  return { workshops, links: new WorkshopLinkStore(db), sessions: new WorkshopSessionStore(db, options.sessionIdleMs), meeting2: new Meeting2Store(db) };
}
