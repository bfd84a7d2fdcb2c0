// SPDX-License-Identifier: EUPL-1.2
/** Server configuration, read once from the environment. */
import path from 'node:path';
import { DEFAULT_LIMITS, type Limits } from '../shared/limits.js';
import type { SocketCapLimits } from './collab/SocketCaps.js';
import type { RefusalPenaltyLimits } from './collab/RefusalPenalties.js';

/** Per-client-address limits of the HTTP side (token buckets; a rate of 0 switches that limit off). */
export interface RateLimits {
  /** WebSocket upgrade attempts per second per address, sustained. */
  upgradesPerSecond: number;
  /** Upgrade attempts allowed at once per address. */
  upgradeBurst: number;
  /** API calls (and join-link openings) per second per address, sustained. */
  apiPerSecond: number;
  /** API calls allowed at once per address. */
  apiBurst: number;
  /** Openings of one and the same join link per minute. */
  linkOpensPerMinute: number;
  /**
   * Also limit loopback addresses (127.0.0.0/8, ::1). Off by default: a reverse proxy on the same
   * machine (without trustProxy) and local tools (bench, soak) all come from loopback.
   */
  limitLoopback: boolean;
}

/** Everything the server needs to know at start. */
export interface ServerConfig {
  /** TCP port; 0 picks a free one (tests). */
  port: number;
  /** Host to bind. */
  host: string;
  /** Folder of the SQLite file and the server secret. */
  dataDir: string;
  /** Public base URL used in join links, e.g. https://stip.gemeente.nl; defaults to http://localhost:<port>. */
  publicUrl: string | null;
  /** Folder with the built client (index.html + assets); null serves no client. */
  clientDir: string | null;
  /** Limits (frame size, rates, document size). */
  limits: Limits;
  /** Milliseconds a room stays in memory after its last socket left. */
  roomIdleMs: number;
  /** The document store's flush window (STIP_FLUSH_MS): an accepted update is written within it, batched with the others in one transaction. */
  flushIntervalMs: number;
  /** Compact a document after this many stored updates. */
  compactAfterUpdates: number;
  /** Days a join link stays valid. */
  linkDays: number;
  /** Hours a session stays valid. */
  sessionHours: number;
  /** Hours without a request after which a session ends (STIP_SESSION_IDLE_HOURS). */
  sessionIdleHours: number;
  /** Milliseconds between checks that each open socket's session is still live and still has its rights (STIP_SESSION_CHECK_MS). */
  sessionCheckMs: number;
  /** Set Secure on cookies (behind HTTPS). */
  secureCookies: boolean;
  /** Print nothing but errors (tests). */
  quiet: boolean;
  /** Per-address rate limits of upgrades, API calls and join links. */
  rateLimits: RateLimits;
  /** Open collaboration sockets per session and per client address (the address cap spares loopback unless rateLimits.limitLoopback). */
  socketCaps: SocketCapLimits;
  /** Refused changes of one person on one document that lock them out of it for a while. */
  refusalPenalties: RefusalPenaltyLimits;
  /** Bearer token of GET /metrics (STIP_METRICS_TOKEN); null switches /metrics off. */
  metricsToken: string | null;
  /** Take the client address from the last X-Forwarded-For entry (behind a reverse proxy). */
  trustProxy: boolean;
  /** Delete workshops whose last meeting (or creation) is older than this many days; null keeps them. */
  retentionDays: number | null;
  /** PostgreSQL for the documents (DATABASE_URL=postgres://…); null keeps them in SQLite. */
  databaseUrl: string | null;
  /** Redis (or Valkey) for the fan-out between instances (REDIS_URL); null: one instance. */
  redisUrl: string | null;
  /** Prefix of the fan-out's stream keys (STIP_REDIS_PREFIX, default `stip:fanout:`). */
  redisKeyPrefix: string | undefined;
  /** The server secret as 64 hex characters (STIP_SECRET), shared by every instance; null: `<dataDir>/secret.key`. */
  secret: string | null;
}

const num = (v: string | undefined, fallback: number) => (v !== undefined && v !== '' && Number.isFinite(Number(v)) ? Number(v) : fallback);

/** Builds the configuration from environment variables, with overrides (tests, bench). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<ServerConfig> = {}): ServerConfig {
  const limits: Limits = { ...DEFAULT_LIMITS };
  limits.maxFrameBytes = num(env.STIP_MAX_FRAME_BYTES, limits.maxFrameBytes);
  limits.maxDocumentBytes = num(env.STIP_MAX_DOCUMENT_BYTES, limits.maxDocumentBytes);
  limits.messagesPerSecond = num(env.STIP_MESSAGES_PER_SECOND, limits.messagesPerSecond);
  limits.bytesPerSecond = num(env.STIP_BYTES_PER_SECOND, limits.bytesPerSecond);
  limits.syncRequestsPerMinute = num(env.STIP_SYNC_REQUESTS_PER_MINUTE, limits.syncRequestsPerMinute);
  const publicUrl = env.STIP_PUBLIC_URL?.replace(/\/+$/, '') || null;
  const rateLimits: RateLimits = {
    upgradesPerSecond: num(env.STIP_UPGRADES_PER_SECOND, 20),
    upgradeBurst: num(env.STIP_UPGRADE_BURST, 60),
    apiPerSecond: num(env.STIP_API_PER_SECOND, 30),
    apiBurst: num(env.STIP_API_BURST, 100),
    linkOpensPerMinute: num(env.STIP_LINK_OPENS_PER_MINUTE, 10),
    limitLoopback: env.STIP_RATE_LIMIT_LOOPBACK === '1',
  };
  const retentionDays = num(env.STIP_RETENTION_DAYS, 0);
  return {
    port: num(env.PORT, 8080),
    host: env.HOST || '0.0.0.0',
    dataDir: path.resolve(env.STIP_DATA_DIR || './data'),
    publicUrl,
    clientDir: path.resolve('dist/client'),
    limits,
    roomIdleMs: num(env.STIP_ROOM_IDLE_MS, 30_000),
    flushIntervalMs: num(env.STIP_FLUSH_MS, 50),
    compactAfterUpdates: num(env.STIP_COMPACT_AFTER, 500),
    linkDays: num(env.STIP_LINK_DAYS, 90),
    sessionHours: num(env.STIP_SESSION_HOURS, 24 * 14),
    sessionIdleHours: num(env.STIP_SESSION_IDLE_HOURS, 12),
    sessionCheckMs: num(env.STIP_SESSION_CHECK_MS, 30_000),
    secureCookies: env.STIP_SECURE_COOKIES === '1' || (publicUrl?.startsWith('https://') ?? false),
    quiet: env.STIP_QUIET === '1',
    rateLimits,
    trustProxy: env.STIP_TRUST_PROXY === '1',
    metricsToken: env.STIP_METRICS_TOKEN || null,
    refusalPenalties: { maxRefusals: num(env.STIP_REFUSALS_BEFORE_LOCKOUT, 5), windowMs: 60_000, lockoutMs: num(env.STIP_REFUSAL_LOCKOUT_SECONDS, 300) * 1000 },
    socketCaps: { perSession: num(env.STIP_SOCKETS_PER_SESSION, 20), perAddress: num(env.STIP_SOCKETS_PER_IP, 200) },
    retentionDays: retentionDays > 0 ? retentionDays : null,
    databaseUrl: env.DATABASE_URL || null,
    redisUrl: env.REDIS_URL || null,
    redisKeyPrefix: env.STIP_REDIS_PREFIX || undefined,
    secret: env.STIP_SECRET?.trim() || null,
    ...overrides,
    ...(overrides.limits ? { limits: { ...limits, ...overrides.limits } } : {}),
    ...(overrides.rateLimits ? { rateLimits: { ...rateLimits, ...overrides.rateLimits } } : {}),
  };
}
