// SPDX-License-Identifier: EUPL-1.2
/** The collaboration layer's logger from a CollabLog function or the server's Log object. */
import type { Log } from '../log.js';
import type { CollabLog } from './types.js';

const defaultLog: CollabLog = (level, msg, fields) => {
  if (level === 'error') process.stderr.write(`collab ${level} ${msg} ${fields ? JSON.stringify(fields) : ''}\n`);
};

/** A CollabLog for either form; without one, errors go to stderr. */
export function toCollabLog(log: CollabLog | Log | undefined): CollabLog {
  if (!log) return defaultLog;
  if (typeof log === 'function') return log;
  return (level, msg, fields) => log[level](msg, fields as Parameters<Log['info']>[1]);
}
