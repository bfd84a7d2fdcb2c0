// SPDX-License-Identifier: EUPL-1.2
/**
 * Turns an audit log entry (shared/apiAvg.ts AuditEntryView) into plain-language cells: who did
 * it, what (a label per action id), on what (a participant's current name, a group by its current
 * name, a version, or
 * for `live.update` the changes it made, read from its object id, see server liveChanges), and
 * the result. The set-up session is shown as the workshop's facilitator (their name when the
 * workshop has one), not as an anonymous "Beheerder"; the reveal that leaving step 1 sets off is
 * told once, in its step line (foldAutoReveals). Pure, so the table and its tests agree.
 */
import type { TFunction } from 'i18next';
import type { AuditEntryView } from '../../../shared/apiAvg.js';
import { isMethodStep } from '../../../shared/method.js';
import { groupLabel } from '../../i18n/groupLabel.js';

/** The workshop's group names as the API sends them (null: not known, the defaults are shown). */
type GroupNames = readonly string[] | null | undefined;

/** A group number as the log stores it, by its current name; a value that is no group number is shown as it is. */
function groupText(t: TFunction, value: string, groupNames: GroupNames): string {
  return /^\d+$/.test(value) ? groupLabel(t, groupNames, Number(value)) : value;
}

/** The readable cells of one log line (the time is formatted apart, see formatAuditTime). */
export interface AuditEntryText { who: string; what: string; subject: string; result: string }

/** The action ids that have their own label (privacy.log.action.<camelCase id>). */
const KNOWN_ACTIONS = new Set([
  'workshop.create', 'workshop.update', 'workshop.export', 'workshop.delete',
  'participant.add', 'participant.import', 'participant.update', 'participant.remove',
  'group.assign', 'group.placeUnplaced', 'group.move', 'link.renew',
  'live.update', 'reveal', 'version.create', 'screenLink.create', 'screenLink.renew', 'attendance.set',
  'dossier.export', 'dossier.settings',
  'meeting2.save', 'meeting2.live', 'roleGroup.move', 'roleGroup.merge', 'case.add', 'case.update', 'case.remove',
]);

const camel = (action: string) => action.replace(/\.(\w)/g, (_m, c: string) => c.toUpperCase());

/** The label of an action id; an unknown id is named as it is. */
export function actionLabel(t: TFunction, action: string): string {
  return KNOWN_ACTIONS.has(action) ? t(`privacy.log.action.${camel(action)}`) : t('privacy.log.action.other', { action });
}

function actorText(t: TFunction, actor: AuditEntryView['actor'], facilitatorName?: string | null): string {
  if (actor.kind === 'participant') return actor.name ?? t('privacy.log.actor.unknown');
  if (actor.kind === 'setup' && facilitatorName) {
    // A facilitator left with the default name ("Procesbegeleider") is not named twice.
    const plain = facilitatorName.trim().toLowerCase() === t('role.facilitator').toLowerCase();
    return plain ? facilitatorName : t('privacy.log.actor.setupNamed', { name: facilitatorName });
  }
  return t(`privacy.log.actor.${actor.kind}`, { defaultValue: t('privacy.log.actor.unknown') });
}

/** The log with each automatic reveal folded into the step change that set it off, and the ids of those step lines. */
export interface FoldedLog { entries: AuditEntryView[]; revealedBy: ReadonlySet<number> }

/** Most time between a step change and the reveal it set off (they are written by the same request). */
const FOLD_WINDOW_MS = 5_000;

const sameActor = (a: AuditEntryView['actor'], b: AuditEntryView['actor']) => a.kind === b.kind && a.id === b.id;
const leavesWrite = (e: AuditEntryView) => e.action === 'live.update' && e.result === 'ok'
  && (e.objectId ?? '').split(',').some((c) => c.startsWith('step=') && c !== 'step=write');

/**
 * Leaves out the reveal of all groups that a step change recorded beside itself (same actor, a few
 * seconds apart), so the log lists the reveal once: the step line then says the statements were shared.
 */
export function foldAutoReveals(entries: readonly AuditEntryView[]): FoldedLog {
  const revealedBy = new Set<number>();
  const dropped = new Set<number>();
  for (const reveal of entries) {
    if (reveal.action !== 'reveal' || reveal.objectId !== null || reveal.result !== 'ok') continue;
    const at = Date.parse(reveal.at);
    const step = entries.find((e) => !revealedBy.has(e.id) && leavesWrite(e) && sameActor(e.actor, reveal.actor) && Math.abs(Date.parse(e.at) - at) <= FOLD_WINDOW_MS);
    if (!step) continue;
    revealedBy.add(step.id);
    dropped.add(reveal.id);
  }
  return { entries: entries.filter((e) => !dropped.has(e.id)), revealedBy };
}

const ON_OFF = (value: string) => value === 'locked' || value === 'unlocked';

/** One `field=value` change of a live update in words; the raw text when it is not one we know. */
function liveChangeText(t: TFunction, change: string, groupNames: GroupNames): string {
  const [field, value = ''] = change.split('=', 2);
  switch (field) {
    case 'step':
      if (value === 'none') return t('privacy.log.live.stepNone');
      return isMethodStep(value) ? t(`meeting.step.${value}`) : change;
    case 'timer':
      return ['start', 'pause', 'resume', 'stop'].includes(value) ? t(`privacy.log.live.timer.${value}`) : change;
    case 'lock': {
      const m = /^(\d+):(locked|unlocked)$/.exec(value);
      return m ? t(m[2] === 'locked' ? 'privacy.log.live.lock' : 'privacy.log.live.unlock', { group: groupText(t, m[1], groupNames) }) : change;
    }
    case 'lockAll':
      return ON_OFF(value) ? t(value === 'locked' ? 'privacy.log.live.lockAll' : 'privacy.log.live.unlockAll') : change;
    case 'message':
      return value === 'set' ? t('privacy.log.live.messageSet') : value === 'cleared' ? t('privacy.log.live.messageCleared') : change;
    case 'focus':
      return value === 'groups' ? t('privacy.log.live.focusGroups') : value === 'plenary' ? t('privacy.log.live.focusPlenary') : change;
    case 'plenaryView':
      return value === 'horizons' || value === 'vision' ? t('privacy.log.live.plenaryView', { view: t(`cockpit.plenary.view.${value}`) }) : change;
    case 'ownStatementsOnly':
      return value === 'on' ? t('statementEdit.settingOn') : value === 'off' ? t('statementEdit.settingOff') : change;
    default:
      return change;
  }
}

/** What a live update changed, in words ("Stap 3: eens zijn (stemmen); Timer gestart"); groups by their current names. */
export function liveChangesText(t: TFunction, objectId: string | null, groupNames?: GroupNames): string {
  if (!objectId) return t('privacy.log.subject.none');
  return objectId.split(',').filter(Boolean).map((c) => liveChangeText(t, c, groupNames)).join('; ');
}

function subjectText(t: TFunction, entry: AuditEntryView, names: ReadonlyMap<string, string>, groupNames: GroupNames): string {
  const id = entry.objectId;
  switch (entry.objectType) {
    case 'workshop': return t('privacy.log.subject.workshop');
    case 'participant':
      if (id === null) return t('privacy.log.subject.participants');
      return names.get(id) ?? t('privacy.log.subject.removedParticipant');
    case 'group': return id === null ? t('privacy.log.subject.allGroups') : t('privacy.log.subject.group', { group: groupText(t, id, groupNames) });
    case 'visionVersion': return id === null ? t('privacy.log.subject.none') : t('privacy.log.subject.version', { number: id });
    case 'screenLink': return t('privacy.log.subject.screenLink');
    case 'live': return liveChangesText(t, id, groupNames);
    default: return id ?? t('privacy.log.subject.none');
  }
}

function resultText(t: TFunction, result: string): string {
  if (result === 'ok') return t('privacy.log.resultOk');
  if (result === 'forbidden') return t('privacy.log.resultForbidden');
  return t('privacy.log.resultOther', { result });
}

/** How a line is told beyond the entry itself. */
export interface AuditLineContext {
  /** The workshop's facilitator, named for the set-up session's lines (null: no single facilitator). */
  facilitatorName?: string | null;
  /** This step change set off the reveal of every group's private statements (see foldAutoReveals). */
  revealed?: boolean;
}

/** The readable cells of an entry; `names` maps participant ids to their current names, `groupNames` names the groups. */
export function describeAuditEntry(
  t: TFunction, entry: AuditEntryView, names: ReadonlyMap<string, string>, groupNames?: GroupNames, context: AuditLineContext = {},
): AuditEntryText {
  const subject = subjectText(t, entry, names, groupNames);
  return {
    who: actorText(t, entry.actor, context.facilitatorName),
    what: actionLabel(t, entry.action),
    subject: context.revealed ? `${subject}; ${t('privacy.log.live.revealedAll')}` : subject,
    result: resultText(t, entry.result),
  };
}

/** The time of an entry as people read it ("3 mei 2026 14:05:09"), in the interface language. */
export function formatAuditTime(at: string, language: string): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return at;
  return date.toLocaleString(language, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' });
}
