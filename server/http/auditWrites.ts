/**
 * Records the facilitator's API writes in the audit log, in one place instead of in every route:
 * a table of method + path → action. Successful writes are recorded with result 'ok'; a write
 * refused as `forbidden` is recorded too when the actor belongs to that workshop (someone in it
 * tried what only the facilitator may do). Routes that record themselves (the meeting routes calling
 * `audit()`) are not in the table; a workshop delete is, for its refused attempts only.
 */
import type { Actor } from '../auth/actor.js';
import { audit } from '../services/privacy/audit.js';
import type { ServiceContext } from '../services/serviceContext.js';

interface WriteRule {
  method: string;
  /** Record only refused attempts (the route records its successes itself). */
  refusalsOnly?: boolean;
  /** Matches the pathname; group 1 is the workshop id, group 2 (if any) the participant id. */
  path: RegExp;
  /** The entries to write for a request body (most rules: one). */
  entries(body: Record<string, unknown>, ids: { workshopId: string; participantId?: string; createdId?: string }): { action: string; objectType: string; objectId: string | null }[];
}

const ID = '([A-Za-z0-9_-]+)';
const W = `^/api/workshops/${ID}`;

const RULES: WriteRule[] = [
  { method: 'POST', path: /^\/api\/workshops$/, entries: (_b, ids) => [{ action: 'workshop.create', objectType: 'workshop', objectId: ids.workshopId }] },
  { method: 'PATCH', path: new RegExp(`${W}$`), entries: (_b, ids) => [{ action: 'workshop.update', objectType: 'workshop', objectId: ids.workshopId }] },
  // A successful delete leaves no row tied to the workshop (workshopDeleter records it untied).
  { method: 'DELETE', path: new RegExp(`${W}$`), refusalsOnly: true, entries: (_b, ids) => [{ action: 'workshop.delete', objectType: 'workshop', objectId: ids.workshopId }] },
  { method: 'POST', path: new RegExp(`${W}/participants$`), entries: (_b, ids) => [{ action: 'participant.add', objectType: 'participant', objectId: ids.createdId ?? null }] },
  { method: 'POST', path: new RegExp(`${W}/participants/import$`), entries: () => [{ action: 'participant.import', objectType: 'participant', objectId: null }] },
  {
    method: 'PATCH', path: new RegExp(`${W}/participants/${ID}$`),
    entries: (body, ids) => {
      const out: { action: string; objectType: string; objectId: string | null }[] = [];
      if (body.name !== undefined || body.role !== undefined || body.email !== undefined) out.push({ action: 'participant.update', objectType: 'participant', objectId: ids.participantId ?? null });
      if (body.group !== undefined) out.push({ action: 'group.move', objectType: 'participant', objectId: ids.participantId ?? null });
      return out.length > 0 ? out : [{ action: 'participant.update', objectType: 'participant', objectId: ids.participantId ?? null }];
    },
  },
  { method: 'DELETE', path: new RegExp(`${W}/participants/${ID}$`), entries: (_b, ids) => [{ action: 'participant.remove', objectType: 'participant', objectId: ids.participantId ?? null }] },
  { method: 'POST', path: new RegExp(`${W}/participants/${ID}/link$`), entries: (_b, ids) => [{ action: 'link.renew', objectType: 'participant', objectId: ids.participantId ?? null }] },
  { method: 'POST', path: new RegExp(`${W}/groups/assign$`), entries: () => [{ action: 'group.assign', objectType: 'workshop', objectId: null }] },
];

/** What the dispatcher knows after a write. */
export interface WriteOutcome {
  method: string;
  pathname: string;
  actor: Actor | null;
  body: unknown;
  /** The answer's body on success. */
  answerBody?: unknown;
  /** The API error id when the write was refused. */
  error?: string;
}

const idOf = (value: unknown): string | undefined =>
  value !== null && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string' ? (value as { id: string }).id : undefined;

function belongsTo(ctx: ServiceContext, actor: Actor | null, workshopId: string): boolean {
  if (!actor) return false;
  if (actor.kind === 'setup') return ctx.stores.workshops.getWorkshop(workshopId) !== null;
  const own = actor.kind === 'screen' ? actor.workshopId : actor.participant.workshopId;
  return own === workshopId;
}

/** Writes the audit entries of one API write, if it is one the log keeps. Never throws. */
export function auditApiWrite(ctx: ServiceContext, outcome: WriteOutcome): void {
  try {
    const rule = RULES.find((r) => r.method === outcome.method && r.path.test(outcome.pathname));
    if (!rule) return;
    const match = rule.path.exec(outcome.pathname)!;
    const createdId = idOf(outcome.answerBody);
    const workshopId = match[1] ?? createdId;
    if (!workshopId) return;
    if (outcome.error === undefined && rule.refusalsOnly) return;
    if (outcome.error !== undefined && (outcome.error !== 'forbidden' || !belongsTo(ctx, outcome.actor, workshopId))) return;
    const body = outcome.body !== null && typeof outcome.body === 'object' ? (outcome.body as Record<string, unknown>) : {};
    for (const e of rule.entries(body, { workshopId, participantId: match[2], createdId })) {
      audit(ctx, { workshopId, actor: outcome.actor, ...e, result: outcome.error ?? 'ok' });
    }
  } catch {
    // The audit log must never fail a request; audit() itself reports write failures.
  }
}
