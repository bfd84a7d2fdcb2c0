/** Server configuration, read once from the environment. */
import path from 'node:path';
import { DEFAULT_LIMITS, type Limits } from '../shared/limits.js';

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
  /** Milliseconds over which accepted updates are batched into one SQLite transaction. */
  flushIntervalMs: number;
  /** Compact a document after this many stored updates. */
  compactAfterUpdates: number;
  /** Days a join link stays valid. */
  linkDays: number;
  /** Hours a session stays valid. */
  sessionHours: number;
  /** Set Secure on cookies (behind HTTPS). */
  secureCookies: boolean;
  /** Print nothing but errors (tests). */
  quiet: boolean;
}

const num = (v: string | undefined, fallback: number) => (v !== undefined && v !== '' && Number.isFinite(Number(v)) ? Number(v) : fallback);

/** Builds the configuration from environment variables, with overrides (tests, bench). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<ServerConfig> = {}): ServerConfig {
  const limits: Limits = { ...DEFAULT_LIMITS };
  limits.maxFrameBytes = num(env.STIP_MAX_FRAME_BYTES, limits.maxFrameBytes);
  limits.maxDocumentBytes = num(env.STIP_MAX_DOCUMENT_BYTES, limits.maxDocumentBytes);
  limits.messagesPerSecond = num(env.STIP_MESSAGES_PER_SECOND, limits.messagesPerSecond);
  limits.bytesPerSecond = num(env.STIP_BYTES_PER_SECOND, limits.bytesPerSecond);
  const publicUrl = env.STIP_PUBLIC_URL?.replace(/\/+$/, '') || null;
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
    secureCookies: env.STIP_SECURE_COOKIES === '1' || (publicUrl?.startsWith('https://') ?? false),
    quiet: env.STIP_QUIET === '1',
    ...overrides,
    ...(overrides.limits ? { limits: { ...limits, ...overrides.limits } } : {}),
  };
}
