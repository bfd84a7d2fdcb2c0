// SPDX-License-Identifier: EUPL-1.2
/**
 * Server log: one JSON object per line on stdout, `{"time","level","event",…fields}`, for a log
 * collector (Kubernetes, journald). Callers pass only non-secret fields (ids, counts, statuses);
 * tokens, cookies, names and e-mails never go in.
 */

/** A log field value. */
export type LogValue = string | number | boolean | null | undefined;

/** The server's logger. */
export interface Log {
  info(event: string, fields?: Record<string, LogValue>): void;
  warn(event: string, fields?: Record<string, LogValue>): void;
  error(event: string, fields?: Record<string, LogValue>): void;
}

/** Formats one log line (exported for tests of the format): JSON, fields after time, level and event. */
export function formatLogLine(level: string, event: string, fields: Record<string, LogValue> = {}): string {
  const line: Record<string, LogValue> = { time: new Date().toISOString(), level: level.toLowerCase(), event };
  for (const [k, v] of Object.entries(fields)) if (v !== undefined && !(k in line)) line[k] = v;
  return JSON.stringify(line);
}

/** Creates a logger writing JSON lines to stdout; `quiet` keeps only errors (tests). */
export function createLog(options: { quiet?: boolean } = {}): Log {
  const quiet = options.quiet ?? false;
  const write = (level: string, event: string, fields?: Record<string, LogValue>) => process.stdout.write(formatLogLine(level, event, fields) + '\n');
  return {
    info: (event, fields) => { if (!quiet) write('INFO', event, fields); },
    warn: (event, fields) => { if (!quiet) write('WARN', event, fields); },
    error: (event, fields) => { write('ERROR', event, fields); },
  };
}

/** A logger that prints nothing. */
export const silentLog: Log = { info() {}, warn() {}, error() {} };
