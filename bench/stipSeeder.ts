// SPDX-License-Identifier: EUPL-1.2
/**
 * Seeds a Stip workshop for the bench and turns its join links into sessions.
 *
 *   1. before the server starts: the (built) CLI writes the workshop into the SQLite store of STIP_DATA_DIR
 *        node dist/server/cli.mjs workshop create --gemeente Benchstad --participants <csv> --json
 *      and prints {"workshopId","facilitatorLink","participants":[{"name","role","group","link"}]}
 *      (CSV header `naam,rol,email`; roles mixed raadslid/ambtenaar/collegelid/directie)
 *   2. with the server running: GET <link> without following the redirect; the Set-Cookie header
 *      carries `stip_session=<value>`, which the person's socket then sends as its Cookie.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { trackChild } from './cleanup.js';
import { LOOPBACK, REPO_ROOT, STIP_CLI } from './servers.js';

/** A participant as the CLI prints it. */
export interface SeededParticipant { name: string; role: string; group: number | null; link: string }

/** The workshop the CLI created. */
export interface SeededWorkshop {
  workshopId: string;
  facilitatorLink: string;
  participants: SeededParticipant[];
  /** CSV lines the CLI could not import. */
  errors?: { line: number; reason: string }[];
}

const ROLE_MIX = ['raadslid', 'ambtenaar', 'collegelid', 'ambtenaar', 'directie', 'raadslid'];

/** A participants CSV of `count` made-up people with mixed roles. */
function participantsCsv(count: number): string {
  const lines = ['naam,rol,email'];
  for (let i = 1; i <= count; i++) {
    const n = String(i).padStart(3, '0');
    lines.push(`Deelnemer ${n},${ROLE_MIX[i % ROLE_MIX.length]},deelnemer${n}@benchstad.example`);
  }
  return lines.join('\n') + '\n';
}

/** Pulls the JSON object out of the CLI's output (tolerating other lines around it). */
function parseCliJson(stdout: string): SeededWorkshop {
  const trimmed = stdout.trim();
  const text = trimmed.startsWith('{') ? trimmed : trimmed.slice(trimmed.indexOf('{'), trimmed.lastIndexOf('}') + 1);
  const parsed = JSON.parse(text) as SeededWorkshop;
  if (typeof parsed.workshopId !== 'string' || !Array.isArray(parsed.participants)) {
    throw new Error(`unexpected CLI output: ${trimmed.slice(0, 300)}`);
  }
  return parsed;
}

/** Creates a workshop with `count` participants in dataDir, with links on publicUrl. */
export function seedWorkshop(dataDir: string, publicUrl: string, count: number): Promise<SeededWorkshop> {
  const csvPath = path.join(dataDir, 'bench-participants.csv');
  writeFileSync(csvPath, participantsCsv(count));
  const args = [STIP_CLI, 'workshop', 'create', '--gemeente', 'Benchstad', '--participants', csvPath, '--json'];
  const env = { ...process.env, STIP_DATA_DIR: dataDir, STIP_PUBLIC_URL: publicUrl, STIP_QUIET: '1' };
  return new Promise((resolve, reject) => {
    trackChild(execFile(process.execPath, args, { cwd: REPO_ROOT, env, timeout: 60_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`seeding failed: ${error.message}\n${stderr}`));
        let workshop: SeededWorkshop;
        try { workshop = parseCliJson(stdout); } catch (e) {
          return reject(new Error(`seeding output unreadable: ${(e as Error).message}\n${stdout.slice(0, 500)}\n${stderr}`));
        }
        if (workshop.participants.length !== count) {
          const first = workshop.errors?.[0];
          return reject(new Error(`seeding imported ${workshop.participants.length} of ${count} participants` +
            (first ? ` (line ${first.line}: ${first.reason})` : '')));
        }
        resolve(workshop);
      }));
  });
}

/** Opens a join link on the bench's server and returns the `stip_session=...` cookie pair. */
async function sessionCookie(link: string, httpBase: string): Promise<string> {
  const url = new URL(link);
  const local = new URL(url.pathname + url.search, httpBase); // never leave the loopback server
  if (local.hostname !== LOOPBACK) throw new Error(`refusing non-loopback link ${local.href}`);
  const res = await fetch(local, { redirect: 'manual', signal: AbortSignal.timeout(10_000) });
  await res.arrayBuffer();
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0].trim()).find((c) => c.startsWith('stip_session='));
  if (!cookie) throw new Error(`no stip_session cookie from ${url.pathname} (status ${res.status})`);
  return cookie;
}

/** Opens many join links, a few at a time, keeping their order; a link given more than once is opened once (one session). */
export async function sessionCookies(links: string[], httpBase: string, concurrency = 8): Promise<string[]> {
  const cookies = new Array<string>(links.length);
  const opened = new Map<string, Promise<string>>();
  let next = 0;
  const lane = async () => {
    while (next < links.length) {
      const i = next++;
      if (!opened.has(links[i])) opened.set(links[i], sessionCookie(links[i], httpBase));
      cookies[i] = await opened.get(links[i])!;
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, links.length) }, lane));
  return cookies;
}
