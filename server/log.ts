/**
 * Server log: one line per event, `<ISO time> <level> <event> key=value …`. Callers pass only
 * non-secret fields (ids, counts, statuses); tokens, cookies, names and e-mails never go in.
 */

/** A log field value. */
export type LogValue = string | number | boolean | null | undefined;

/** The server's logger. */
export interface Log {
  info(event: string, fields?: Record<string, LogValue>): void;
  warn(event: string, fields?: Record<string, LogValue>): void;
  error(event: string, fields?: Record<string, LogValue>): void;
}

function formatValue(v: LogValue): string {
  const s = String(v);
  return /[\s"=]/.test(s) ? JSON.stringify(s) : s;
}

/** Formats one log line (exported for tests of the format). */
export function formatLogLine(level: string, event: string, fields: Record<string, LogValue> = {}): string {
  const parts = [new Date().toISOString(), level, event];
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) parts.push(`${k}=${formatValue(v)}`);
  return parts.join(' ');
}

/** Creates a logger writing to stdout/stderr; `quiet` keeps only errors (tests). */
export function createLog(options: { quiet?: boolean } = {}): Log {
  const quiet = options.quiet ?? false;
  return {
    info: (event, fields) => { if (!quiet) process.stdout.write(formatLogLine('INFO', event, fields) + '\n'); },
    warn: (event, fields) => { if (!quiet) process.stderr.write(formatLogLine('WARN', event, fields) + '\n'); },
    error: (event, fields) => { process.stderr.write(formatLogLine('ERROR', event, fields) + '\n'); },
  };
}

/** A logger that prints nothing. */
export const silentLog: Log = { info() {}, warn() {}, error() {} };
