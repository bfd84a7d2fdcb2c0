// SPDX-License-Identifier: EUPL-1.2
/**
 * Writes the audit log: `audit(ctx, entry)` records one facilitator action (or a refused attempt).
 * Anyone with a ServiceContext can call it; live, reveal and version actions do so too. A failed
 * write never undoes or fails the action itself: it is reported on stderr instead.
 */
import type { AuditEntryView } from '../../../shared/apiAvg.js';
import type { Actor } from '../../auth/actor.js';
import { SCREEN_USER_NAME, SETUP_USER_NAME } from '../../auth/collabAuthorizer.js';
import { formatLogLine } from '../../log.js';
import type { AuditActorKind, AuditRecord } from '../../store/auditStore.js';
import type { ServiceContext } from '../serviceContext.js';

/**
 * What to record. `action` is `<object>.<verb>`: workshop.create|update|delete|export,
 * participant.add|import|update|remove, group.assign|move, link.renew, and for running a meeting
 * e.g. live.update, reveal, version.create, screenLink.create, attendance.set.
 */
export interface AuditEntry {
  /** The workshop acted on; null for entries that must not be tied to one (a deleted workshop). */
  workshopId: string | null;
  /** Who acted: the request's actor, or 'system' (retention sweep, CLI). */
  actor: Actor | 'system' | null;
  action: string;
  objectType: string;
  objectId?: string | null;
  /** 'ok' (default) or the API error id of a refused attempt. */
  result?: string;
  /** Record only the kind of actor, not their id or name (e.g. when their workshop is deleted). */
  anonymous?: boolean;
}

function actorFields(actor: AuditEntry['actor']): { actorKind: AuditActorKind; actorId: string | null; actorName: string | null } {
  if (actor === null || actor === 'system') return { actorKind: 'system', actorId: null, actorName: null };
  if (actor.kind === 'setup') return { actorKind: 'setup', actorId: null, actorName: SETUP_USER_NAME };
  if (actor.kind === 'screen') return { actorKind: 'screen', actorId: null, actorName: SCREEN_USER_NAME };
  if (actor.kind === 'commenter') return { actorKind: 'commenter', actorId: actor.person.id, actorName: actor.person.name };
  return { actorKind: 'participant', actorId: actor.participant.id, actorName: actor.participant.name };
}

/** Records one entry in the audit log. */
export async function audit(ctx: ServiceContext, entry: AuditEntry): Promise<void> {
  try {
    await ctx.stores.audit.append({
      workshopId: entry.workshopId,
      at: ctx.now(),
      ...(entry.anonymous ? { ...actorFields(entry.actor), actorId: null, actorName: null } : actorFields(entry.actor)),
      action: entry.action,
      objectType: entry.objectType,
      objectId: entry.objectId ?? null,
      result: entry.result ?? 'ok',
    });
  } catch (err) {
    process.stderr.write(formatLogLine('ERROR', 'audit.write-failed', { action: entry.action, error: err instanceof Error ? err.message : String(err) }) + '\n');
  }
}

/** An audit record as the API shows it. */
function auditEntryView(r: AuditRecord): AuditEntryView {
  return {
    id: r.id, at: new Date(r.at).toISOString(),
    actor: { kind: r.actorKind, id: r.actorId, name: r.actorName },
    action: r.action, objectType: r.objectType, objectId: r.objectId, result: r.result,
  };
}

/** A workshop's audit entries, newest first. */
export async function auditEntries(ctx: ServiceContext, workshopId: string, limit: number, beforeId?: number): Promise<AuditEntryView[]> {
  return (await ctx.stores.audit.listForWorkshop(workshopId, limit, beforeId)).map(auditEntryView);
}
