/**
 * How much resident memory the tsx loader adds to a Node process: Stip runs as
 * `node --import tsx server/index.ts` while the reference is plain `node`, so part of Stip's RSS
 * is the loader's, not the server's. Measured by starting an idle script both ways.
 */
import { execFile } from 'node:child_process';
import { trackChild } from './cleanup.js';
import { REPO_ROOT } from './servers.js';

const PROBE = `setTimeout(() => { const m = require('fs').readFileSync('/proc/self/status', 'utf8').match(/^VmRSS:\\s+(\\d+)/m); console.log(m ? m[1] : ''); }, 800)`;

function idleRssKb(args: string[]): Promise<number | null> {
  return new Promise((resolve) => {
    trackChild(execFile(process.execPath, [...args, '--input-type=commonjs', '-e', PROBE], { cwd: REPO_ROOT, timeout: 15_000 },
      (error, stdout) => {
        const kb = Number(stdout.trim());
        resolve(error || !Number.isFinite(kb) || kb === 0 ? null : kb);
      }));
  });
}

/** Extra VmRSS of an idle `node --import tsx` over an idle `node`, in MB; null when unmeasurable. */
export async function tsxRssOverheadMb(): Promise<number | null> {
  const [plain, withTsx] = await Promise.all([idleRssKb([]), idleRssKb(['--import', 'tsx'])]);
  return plain === null || withTsx === null ? null : (withTsx - plain) / 1024;
}
