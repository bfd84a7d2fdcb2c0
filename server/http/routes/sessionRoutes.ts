/** GET /api/me (who this session is) and POST /api/logout. */
import type { MeAnswer } from '../../../shared/api.js';
import { clearedSessionCookie } from '../../auth/sessionCookie.js';
import { endSession } from '../../services/session/sessionEnder.js';
import { meWorkshop } from '../../services/workshop/workshopPresenter.js';
import type { ApiHandler } from '../apiTypes.js';
import { requireActor } from '../guards.js';

/** GET /api/me. */
export const getMe: ApiHandler = (r) => {
  const actor = requireActor(r);
  if (actor.kind === 'setup') return { status: 200, body: { kind: 'setup' } satisfies MeAnswer };
  if (actor.kind === 'screen') {
    const s = r.deps.services.stores.workshops.getWorkshop(actor.workshopId)!;
    const screen: MeAnswer = { kind: 'screen', workshop: meWorkshop(s) };
    return { status: 200, body: screen };
  }
  if (actor.kind === 'commenter') {
    const w = r.deps.services.stores.workshops.getWorkshop(actor.workshopId)!;
    const person = actor.person;
    const commenter: MeAnswer = { kind: 'commenter', commenter: { id: person.id, name: person.name, role: person.role }, workshop: meWorkshop(w) };
    return { status: 200, body: commenter };
  }
  const p = actor.participant;
  const w = r.deps.services.stores.workshops.getWorkshop(p.workshopId)!;
  const body: MeAnswer = {
    kind: 'participant',
    participant: { id: p.id, name: p.name, role: p.role, group: p.group, authorKey: p.authorKey },
    workshop: meWorkshop(w),
  };
  return { status: 200, body };
};

/** POST /api/logout: ends the session (if any), closes its sockets and clears the cookie. */
export const logout: ApiHandler = (r) => {
  if (r.actor) endSession(r.deps.services, r.actor.sessionHash);
  return { status: 200, body: { ok: true }, headers: { 'Set-Cookie': clearedSessionCookie(r.deps.secureCookies) } };
};
