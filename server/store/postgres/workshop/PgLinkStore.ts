// SPDX-License-Identifier: EUPL-1.2
/** Join links in PostgreSQL (stip_links): the same records and order as the SQLite WorkshopLinkStore. */
import type { LinkStorePort } from '../../storePorts.js';
import type { LinkKind, LinkRecord } from '../../workshopLinkStore.js';
import { ms, num, type PgSession } from './pgSession.js';

interface LinkRow {
  token_hash: string; token_enc: string; kind: string; participant_id: string | null; created_at: string; expires_at: string;
  revoked_at: string | null; used_at: string | null; workshop_id: string | null; person_id: string | null;
}

const COLUMNS = 'token_hash, token_enc, kind, participant_id, created_at, expires_at, revoked_at, used_at, workshop_id, person_id';

const toLink = (r: LinkRow): LinkRecord => ({
  tokenHash: r.token_hash, tokenEnc: r.token_enc, kind: r.kind as LinkKind, participantId: r.participant_id,
  createdAt: num(r.created_at), expiresAt: num(r.expires_at), revokedAt: ms(r.revoked_at), usedAt: ms(r.used_at),
  workshopId: r.workshop_id, personId: r.person_id,
});

/** Reads and writes join links. */
export class PgLinkStore implements LinkStorePort {
  constructor(private readonly db: PgSession) {}

  private async one(sql: string, params: unknown[]): Promise<LinkRecord | null> {
    const { rows: [row] } = await this.db.query<LinkRow>(sql, params);
    return row ? toLink(row) : null;
  }

  private async count(sql: string, params: unknown[]): Promise<number> {
    return (await this.db.query(sql, params)).rowCount ?? 0;
  }

  async insert(l: LinkRecord): Promise<void> {
    await this.db.query(`INSERT INTO stip_links (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [l.tokenHash, l.tokenEnc, l.kind, l.participantId, l.createdAt, l.expiresAt, l.revokedAt, l.usedAt, l.workshopId ?? null, l.personId ?? null]);
  }

  liveScreenLink(workshopId: string, now: number): Promise<LinkRecord | null> {
    return this.one(`SELECT ${COLUMNS} FROM stip_links WHERE workshop_id = $1 AND kind = 'screen'
      AND revoked_at IS NULL AND expires_at > $2 ORDER BY created_at DESC, seq DESC LIMIT 1`, [workshopId, now]);
  }

  byHash(tokenHash: string): Promise<LinkRecord | null> {
    return this.one(`SELECT ${COLUMNS} FROM stip_links WHERE token_hash = $1`, [tokenHash]);
  }

  liveForParticipant(participantId: string, now: number): Promise<LinkRecord | null> {
    return this.one(`SELECT ${COLUMNS} FROM stip_links WHERE participant_id = $1 AND kind = 'participant'
      AND revoked_at IS NULL AND expires_at > $2 ORDER BY created_at DESC, seq DESC LIMIT 1`, [participantId, now]);
  }

  /** Marks a one-time link used; false when it was already used (one statement: two instances cannot both win). */
  async markUsedOnce(tokenHash: string, now: number): Promise<boolean> {
    return (await this.count('UPDATE stip_links SET used_at = $2 WHERE token_hash = $1 AND used_at IS NULL', [tokenHash, now])) === 1;
  }

  async touch(tokenHash: string, now: number): Promise<void> {
    await this.db.query('UPDATE stip_links SET used_at = $2 WHERE token_hash = $1', [tokenHash, now]);
  }

  revokeForParticipant(participantId: string, now: number): Promise<number> {
    return this.count('UPDATE stip_links SET revoked_at = $2 WHERE participant_id = $1 AND revoked_at IS NULL', [participantId, now]);
  }

  revokeScreenLinks(workshopId: string, now: number): Promise<number> {
    return this.count("UPDATE stip_links SET revoked_at = $2 WHERE workshop_id = $1 AND kind = 'screen' AND revoked_at IS NULL", [workshopId, now]);
  }

  revokeUnusedSetupLinks(now: number): Promise<number> {
    return this.count("UPDATE stip_links SET revoked_at = $1 WHERE kind = 'setup' AND used_at IS NULL AND revoked_at IS NULL", [now]);
  }

  latestForPerson(personId: string): Promise<LinkRecord | null> {
    return this.one(`SELECT ${COLUMNS} FROM stip_links WHERE person_id = $1 AND kind = 'consultation'
      ORDER BY created_at DESC, seq DESC LIMIT 1`, [personId]);
  }

  revokeForPerson(personId: string, now: number): Promise<number> {
    return this.count("UPDATE stip_links SET revoked_at = $2 WHERE person_id = $1 AND kind = 'consultation' AND revoked_at IS NULL", [personId, now]);
  }

  setConsultationExpiry(workshopId: string, expiresAt: number): Promise<number> {
    return this.count("UPDATE stip_links SET expires_at = $2 WHERE workshop_id = $1 AND kind = 'consultation'", [workshopId, expiresAt]);
  }
}
