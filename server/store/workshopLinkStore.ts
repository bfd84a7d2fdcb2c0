// SPDX-License-Identifier: EUPL-1.2
/**
 * Join links in SQLite.
 *
 *   links (token_hash TEXT PK = sha256 hex of the token, token_enc = the token under AES-256-GCM
 *          (auth/tokenCipher) so links can be listed again, kind 'participant' | 'setup',
 *          participant_id → participants NULL (set-up links), created_at, expires_at epoch ms,
 *          revoked_at NULL, used_at NULL (set-up links are one-time: used_at set on first use),
 *          workshop_id → workshops NULL (set for 'screen' links: the plenary screen of a workshop, and
 *          for 'consultation' links), person_id → consultation_people NULL (set for 'consultation' links:
 *          a commenter's personal link, valid for commenting until the consultation closes))
 */
import type { Db } from './database.js';
import { linksTableSql, migrateConsultationLinks, migrateScreenLinks } from './workshopMigrations.js';

/** Who a link is for. */
export type LinkKind = 'participant' | 'setup' | 'screen' | 'consultation';

/** A stored link. */
export interface LinkRecord {
  tokenHash: string;
  tokenEnc: string;
  kind: LinkKind;
  participantId: string | null;
  createdAt: number;
  expiresAt: number;
  revokedAt: number | null;
  usedAt: number | null;
  /** The workshop of a 'screen' link; null (or absent) for other links. */
  workshopId?: string | null;
  /** The consultation person of a 'consultation' link; null (or absent) for other links. */
  personId?: string | null;
}

interface LinkRow { token_hash: string; token_enc: string; kind: string; participant_id: string | null; created_at: number; expires_at: number; revoked_at: number | null; used_at: number | null; workshop_id?: string | null; person_id?: string | null }

const SCHEMA = `${linksTableSql()}
CREATE INDEX IF NOT EXISTS links_by_participant ON links(participant_id);
`;

const toLink = (r: LinkRow): LinkRecord => ({
  tokenHash: r.token_hash, tokenEnc: r.token_enc, kind: r.kind as LinkKind, participantId: r.participant_id,
  createdAt: r.created_at, expiresAt: r.expires_at, revokedAt: r.revoked_at, usedAt: r.used_at, workshopId: r.workshop_id ?? null, personId: r.person_id ?? null,
});

/** Reads and writes join links. */
export class WorkshopLinkStore {
  constructor(readonly db: Db) {
    db.exec(SCHEMA);
    migrateScreenLinks(db);
    migrateConsultationLinks(db);
  }

  /** Stores a new link. */
  insert(l: LinkRecord): void {
    this.db.prepare(`INSERT INTO links (token_hash, token_enc, kind, participant_id, created_at, expires_at, revoked_at, used_at, workshop_id, person_id)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(l.tokenHash, l.tokenEnc, l.kind, l.participantId, l.createdAt, l.expiresAt, l.revokedAt, l.usedAt, l.workshopId ?? null, l.personId ?? null);
  }

  /** The newest live (not revoked, not expired at `now`) screen link of a workshop, or null. */
  liveScreenLink(workshopId: string, now: number): LinkRecord | null {
    const row = this.db.prepare(`SELECT * FROM links WHERE workshop_id = ? AND kind = 'screen'
      AND revoked_at IS NULL AND expires_at > ? ORDER BY created_at DESC, rowid DESC LIMIT 1`).get(workshopId, now) as LinkRow | undefined;
    return row ? toLink(row) : null;
  }

  /** The link with this token hash, or null. */
  byHash(tokenHash: string): LinkRecord | null {
    const row = this.db.prepare('SELECT * FROM links WHERE token_hash = ?').get(tokenHash) as LinkRow | undefined;
    return row ? toLink(row) : null;
  }

  /** The newest link of a participant that is not revoked and not expired at `now`, or null. */
  liveForParticipant(participantId: string, now: number): LinkRecord | null {
    const row = this.db.prepare(`SELECT * FROM links WHERE participant_id = ? AND kind = 'participant'
      AND revoked_at IS NULL AND expires_at > ? ORDER BY created_at DESC, rowid DESC LIMIT 1`).get(participantId, now) as LinkRow | undefined;
    return row ? toLink(row) : null;
  }

  /** Marks a one-time link used; false when it was already used (a second opening). */
  markUsedOnce(tokenHash: string, now: number): boolean {
    return this.db.prepare('UPDATE links SET used_at = ? WHERE token_hash = ? AND used_at IS NULL').run(now, tokenHash).changes === 1;
  }

  /** Records the latest use of a reusable link. */
  touch(tokenHash: string, now: number): void {
    this.db.prepare('UPDATE links SET used_at = ? WHERE token_hash = ?').run(now, tokenHash);
  }

  /** Revokes every live link of a participant; returns how many. */
  revokeForParticipant(participantId: string, now: number): number {
    return this.db.prepare('UPDATE links SET revoked_at = ? WHERE participant_id = ? AND revoked_at IS NULL').run(now, participantId).changes;
  }

  /** Revokes every screen link of a workshop; returns how many. */
  revokeScreenLinks(workshopId: string, now: number): number {
    return this.db.prepare("UPDATE links SET revoked_at = ? WHERE workshop_id = ? AND kind = 'screen' AND revoked_at IS NULL").run(now, workshopId).changes;
  }

  /** Revokes every set-up link that was not used yet. */
  revokeUnusedSetupLinks(now: number): number {
    return this.db.prepare("UPDATE links SET revoked_at = ? WHERE kind = 'setup' AND used_at IS NULL AND revoked_at IS NULL").run(now).changes;
  }

  /** The newest link of a consultation person (revoked or not), or null. */
  latestForPerson(personId: string): LinkRecord | null {
    const row = this.db.prepare(`SELECT * FROM links WHERE person_id = ? AND kind = 'consultation'
      ORDER BY created_at DESC, rowid DESC LIMIT 1`).get(personId) as LinkRow | undefined;
    return row ? toLink(row) : null;
  }

  /** Revokes every live link of a consultation person; returns how many. */
  revokeForPerson(personId: string, now: number): number {
    return this.db.prepare("UPDATE links SET revoked_at = ? WHERE person_id = ? AND kind = 'consultation' AND revoked_at IS NULL").run(now, personId).changes;
  }

  /** Sets when every consultation link of a workshop expires (the consultation was extended or closed). */
  setConsultationExpiry(workshopId: string, expiresAt: number): number {
    return this.db.prepare("UPDATE links SET expires_at = ? WHERE workshop_id = ? AND kind = 'consultation'").run(expiresAt, workshopId).changes;
  }
}
