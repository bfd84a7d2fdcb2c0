// SPDX-License-Identifier: EUPL-1.2
/**
 * Records what the API does in the audit log, in one place: the entries come from each route's
 * `audit` list in the contract (shared/api/routes.ts). A route records its entries when access is
 * granted (`granted`), when it succeeded (`ok`, result 'ok'), and/or when the attempt was refused as
 * `forbidden` by someone who belongs to that workshop (`refused`, result 'forbidden').
 */
import type { ApiRoute, AuditFacts, AuditMoment, AuditNotes } from '../../shared/api/routeContract.js';
import type { Actor } from '../auth/actor.js';
import { audit } from '../services/privacy/audit.js';
import type { ServiceContext } from '../services/serviceContext.js';

/** The point of a request at which the audit log is written. */
export type AuditPhase = 'granted' | 'ok' | 'refused';

/** What the dispatcher knows at that point. */
export interface RouteOutcome {
  route: ApiRoute;
  params: Record<string, string>;
  actor: Actor | null;
  /** The request body as read (anything, on a refusal). */
  body: unknown;
  /** The answer's body on success. */
  answer?: unknown;
  /** The handler's notes for the audit log on success. */
  notes?: AuditNotes;
  /** The API error id when the request was refused. */
  error?: string;
}

/** One row to write. */
export interface AuditRow { workshopId: string; action: string; objectType: string; objectId: string | null }

const MOMENTS: Record<AuditPhase, readonly AuditMoment[]> = {
  granted: ['granted'],
  ok: ['ok', 'ok-or-refused'],
  refused: ['ok-or-refused', 'refused'],
};

const idOf = (value: unknown): string | undefined =>
  value !== null && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string' ? (value as { id: string }).id : undefined;

/** The rows a route records at one phase (before any check of who acted); none when its workshop is unknown. */
export function auditRowsOf(phase: AuditPhase, outcome: RouteOutcome): AuditRow[] {
  const specs = outcome.route.audit.filter((spec) => MOMENTS[phase].includes(spec.on ?? 'ok'));
  const workshopId = outcome.params.id ?? idOf(outcome.answer);
  if (specs.length === 0 || workshopId === undefined) return [];
  const body = outcome.body !== null && typeof outcome.body === 'object' ? (outcome.body as Record<string, unknown>) : {};
  const facts: AuditFacts<unknown, unknown> = { params: outcome.params, body: body as Partial<unknown>, answer: outcome.answer, notes: outcome.notes ?? {} };
  return specs
    .filter((spec) => spec.when?.(facts) ?? true)
    .map((spec) => ({ workshopId, action: spec.action, objectType: spec.objectType, objectId: spec.objectId(facts) }));
}

async function belongsTo(ctx: ServiceContext, actor: Actor | null, workshopId: string): Promise<boolean> {
  if (!actor) return false;
  if (actor.kind === 'setup') return (await ctx.stores.workshops.getWorkshop(workshopId)) !== null;
  const own = actor.kind === 'participant' ? actor.participant.workshopId : actor.workshopId;
  return own === workshopId;
}

/** Writes a route's audit entries for one phase; a refusal only when `forbidden` and the actor belongs to the workshop. Never throws. */
export async function recordRouteAudit(ctx: ServiceContext, phase: AuditPhase, outcome: RouteOutcome): Promise<void> {
  try {
    if (phase === 'refused' && outcome.error !== 'forbidden') return;
    const rows = auditRowsOf(phase, outcome);
    if (phase === 'refused' && rows.length > 0 && !(await belongsTo(ctx, outcome.actor, rows[0].workshopId))) return;
    const result = phase === 'refused' ? outcome.error : 'ok';
    for (const row of rows) await audit(ctx, { ...row, actor: outcome.actor, result });
  } catch {
    // The audit log must never fail a request; audit() itself reports write failures.
  }
}
