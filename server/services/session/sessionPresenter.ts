// SPDX-License-Identifier: EUPL-1.2
/** Who a session is, as GET /api/me answers it and the page inlines it (shared SessionAnswer). */
import type { MeAnswer, SessionAnswer } from '../../../shared/api.js';
import type { Actor } from '../../auth/actor.js';
import type { ServiceContext } from '../serviceContext.js';
import { meWorkshop } from '../workshop/workshopPresenter.js';

/** The session answer of a live session's actor, with the server clock now. */
export async function sessionAnswer(ctx: ServiceContext, actor: Actor): Promise<SessionAnswer> {
  return { ...(await meAnswer(ctx, actor)), now: ctx.now() };
}

async function meAnswer(ctx: ServiceContext, actor: Actor): Promise<MeAnswer> {
  if (actor.kind === 'setup') return { kind: 'setup' };
  const workshops = ctx.stores.workshops;
  if (actor.kind === 'screen') return { kind: 'screen', workshop: meWorkshop((await workshops.getWorkshop(actor.workshopId))!) };
  if (actor.kind === 'commenter') {
    const person = actor.person;
    return { kind: 'commenter', commenter: { id: person.id, name: person.name, role: person.role }, workshop: meWorkshop((await workshops.getWorkshop(actor.workshopId))!) };
  }
  const p = actor.participant;
  return {
    kind: 'participant',
    participant: { id: p.id, name: p.name, role: p.role, group: p.group, authorKey: p.authorKey },
    workshop: meWorkshop((await workshops.getWorkshop(p.workshopId))!),
  };
}
