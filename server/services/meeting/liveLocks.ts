/**
 * Which groups are locked, per workshop, as the collab authorizer needs it on every connect. The
 * truth is the `locks` field of `w/<id>/live`; this cache is filled from that document on first
 * use (so it survives a restart) and updated by the live updater after every change it makes
 * (the live document is written by the server only).
 */
import { liveDocName, type RoleGroup } from '../../../shared/docNames.js';
import { readLive, type LiveState } from '../../../shared/liveDoc.js';
import { readMeeting2Live, type Meeting2Live } from '../../../shared/meeting2Live.js';
import type { GroupLocks } from '../../auth/lockRule.js';
import type { DocumentPort } from '../../documents/DocumentPort.js';

/** The lock state of every workshop that was asked about, kept in step with the live documents. */
export class LiveLocks implements GroupLocks {
  private readonly known = new Map<string, LiveState['locks']>();
  private readonly knownRoleGroups = new Map<string, Meeting2Live['locks']>();

  constructor(private readonly docs: Pick<DocumentPort, 'read'>) {}

  /** Whether the group's documents are read-only for its members now. */
  async isLocked(workshopId: string, group: number | RoleGroup): Promise<boolean> {
    if (typeof group === 'string') return (await this.currentRoleGroups(workshopId))[group] === true;
    return (await this.current(workshopId))[String(group)] === true;
  }

  /** The workshop's meeting-2 role-group locks now. */
  private async currentRoleGroups(workshopId: string): Promise<Meeting2Live['locks']> {
    const known = this.knownRoleGroups.get(workshopId);
    if (known) return known;
    const loaded = await this.docs.read(liveDocName(workshopId), (doc) => readMeeting2Live(doc).locks);
    if (!this.knownRoleGroups.has(workshopId)) this.knownRoleGroups.set(workshopId, { ...loaded });
    return this.knownRoleGroups.get(workshopId)!;
  }

  /** Records the role-group locks just written. */
  rememberRoleGroups(workshopId: string, locks: Meeting2Live['locks']): void {
    this.knownRoleGroups.set(workshopId, { ...locks });
  }

  /** The workshop's locks now (group number as a string → true). */
  async current(workshopId: string): Promise<LiveState['locks']> {
    const known = this.known.get(workshopId);
    if (known) return known;
    const loaded = await this.docs.read(liveDocName(workshopId), (doc) => readLive(doc).locks);
    // A change remembered while the document loaded is newer than what was loaded.
    if (!this.known.has(workshopId)) this.known.set(workshopId, { ...loaded });
    return this.known.get(workshopId)!;
  }

  /** Records the live state just written. */
  remember(workshopId: string, live: LiveState): void {
    this.known.set(workshopId, { ...live.locks });
  }

  /** Drops a workshop (deleted): the next question reads its document again. */
  forget(workshopId: string): void {
    this.known.delete(workshopId);
    this.knownRoleGroups.delete(workshopId);
  }
}
