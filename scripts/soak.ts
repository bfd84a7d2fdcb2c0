// SPDX-License-Identifier: EUPL-1.2
/**
 * `npm run soak`: a long run of the real server under steady load with churn (scripts/soak/),
 * printing memory and rooms every minute and the memory growth (linear fit) at the end. Not part
 * of CI. Settings: SOAK_SOCKETS (2000), SOAK_DOCS (200), SOAK_MINUTES (30), SOAK_ROOM_IDLE_MS
 * (30000, the server default). Loopback only. Exit code 1 when the server logged an error, a
 * socket closed unexpectedly, a forged attempt was let in, or rooms stayed in memory.
 */
import { runSoak } from './soak/soakRun.js';

const num = (name: string, fallback: number) => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : fallback;
};

const result = await runSoak({
  sockets: num('SOAK_SOCKETS', 2000),
  docs: num('SOAK_DOCS', 200),
  durationMs: num('SOAK_MINUTES', 30) * 60_000,
  sampleEveryMs: 60_000,
  churnPerSecond: 5,
  badAttemptsPerSecond: 5,
  editEveryMs: 60_000,
  roomIdleMs: num('SOAK_ROOM_IDLE_MS', 30_000),
  print: (line) => console.log(line),
});

const letIn = result.tally.refusals.get(0) ?? 0;
const problems = [
  result.serverErrors.length > 0 && `server errors: ${result.serverErrors.slice(0, 5).join(' | ')}`,
  result.tally.unexpectedCloses > 0 && `unexpected closes: ${JSON.stringify(Object.fromEntries(result.tally.unexpectedCodes))}`,
  letIn > 0 && `${letIn} upgrade attempts that should have been refused were accepted`,
  result.roomsAfterIdle > 0 && `${result.roomsAfterIdle} rooms still in memory after the idle time`,
].filter(Boolean);
for (const p of problems) console.error(`soak: PROBLEM ${p}`);
process.exitCode = problems.length > 0 ? 1 : 0;
