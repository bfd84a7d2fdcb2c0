// SPDX-License-Identifier: EUPL-1.2
/**
 * Several Stip instances as real processes on one PostgreSQL (documents) and one Redis (fan-out),
 * with stock y-websocket clients spread over them. Everything lives in that one PostgreSQL: the
 * documents and the workshop tables (participants, links, sessions); each instance has a data
 * folder of its own (no shared SQLite file), and they share one STIP_SECRET, so a join link opened
 * on one instance gives a session every instance honours.
 *
 * One run: concurrent edits on two documents over three instances; one instance killed (SIGKILL)
 * and its clients reconnecting to another; the Redis (a private one) restarted mid-run; then every
 * client, a fresh instance, and finally freshly started instances that load from PostgreSQL alone
 * hold every edit exactly once.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { horizonOf } from '../../shared/groupDoc.js';
import { groupDocName } from '../../shared/docNames.js';
import { freePort, runStipCli, startStipProcess, type StipProcess } from '../../scripts/soak/stipProcess.js';
import { collabClient, until, type CollabClient } from '../helpers/stipServer.js';
import { writeProbe } from '../helpers/probeWrite.js';
import { clusterServicesForFile, sessionOn } from './clusterFixture.js';

const cluster = clusterServicesForFile('stip-cluster-');
const secret = randomBytes(32).toString('hex');
const METRICS_TOKEN = randomBytes(12).toString('hex');
const REDIS_PREFIX = `stip-test-${randomBytes(4).toString('hex')}:`;

/** Each instance's own data folder (no SQLite file is shared). */
const instanceDirs: string[] = [];

async function startInstance(): Promise<StipProcess> {
  const own = path.join(cluster.dataDir, `instance-${instanceDirs.length + 1}`);
  instanceDirs.push(own);
  const instance = await startStipProcess({
    port: await freePort(),
    dataDir: own,
    env: { DATABASE_URL: cluster.database.url, REDIS_URL: cluster.redis.url, STIP_SECRET: secret, STIP_METRICS_TOKEN: METRICS_TOKEN, STIP_REDIS_PREFIX: REDIS_PREFIX },
  });
  cluster.instances.push(instance);
  return instance;
}

/** Every paragraph text of the group document's horizon, in order. */
const marksOf = (doc: Y.Doc) => horizonOf(doc).toArray().map((p) => (p instanceof Y.XmlElement ? p.toArray().map((t) => t.toString()).join('') : ''));

/** True when the document holds each mark exactly once. */
function holdsExactlyOnce(doc: Y.Doc, marks: string[]): boolean {
  const counts = new Map<string, number>();
  for (const m of marksOf(doc)) counts.set(m, (counts.get(m) ?? 0) + 1);
  return marks.every((m) => counts.get(m) === 1);
}

function connect(instance: StipProcess, docName: string, cookie: string, doc?: Y.Doc): CollabClient {
  const client = collabClient(instance.url, docName, cookie, { doc });
  cluster.clients.push(client);
  return client;
}

describe('three instances on one PostgreSQL and one Redis', () => {
  it('keep every edit exactly once through concurrent edits, a killed instance, a Redis restart and a fresh start', async () => {
    const csv = path.join(cluster.dataDir, 'mensen.csv');
    fs.writeFileSync(csv, 'naam,rol\nAnna,raadslid\nBram,wethouder\nCees,ambtenaar\nDirk,raadslid\nEva,wethouder\nFem,ambtenaar\n');
    const created = runStipCli(['workshop', 'create', '--gemeente', 'Clusterdorp', '--participants', csv, '--json'], cluster.dataDir, { DATABASE_URL: cluster.database.url, STIP_SECRET: secret });
    expect(created.code, created.stderr).toBe(0);
    const workshop = JSON.parse(created.stdout) as { workshopId: string; facilitatorLink: string; participants: { group: number; link: string }[] };

    const [a, b, c] = [await startInstance(), await startInstance(), await startInstance()];
    const servers = [a, b, c];
    const docs = [groupDocName(workshop.workshopId, 1), groupDocName(workshop.workshopId, 2)];
    // Each person opens their link on a different instance; the session works on all of them.
    const writers: { docName: string; cookie: string }[] = [];
    let n = 0;
    for (const docName of docs) {
      const group = docName === docs[0] ? 1 : 2;
      for (const p of workshop.participants.filter((x) => x.group === group)) writers.push({ docName, cookie: await sessionOn(servers[n++ % 3], p.link) });
      writers.push({ docName, cookie: await sessionOn(servers[n++ % 3], workshop.facilitatorLink) });
    }
    // Two sockets per writer, on two different instances.
    const placed = writers.flatMap((w, i) => [0, 1].map((k) => ({ ...w, server: servers[(i + k) % 3], client: null as unknown as CollabClient })));
    for (const p of placed) p.client = connect(p.server, p.docName, p.cookie);
    await Promise.all(placed.map((p) => p.client.synced()));

    const expected = new Map<string, string[]>(docs.map((d) => [d, []]));
    const write = (p: (typeof placed)[number], mark: string) => {
      writeProbe(p.client.doc, p.docName, mark);
      expected.get(p.docName)!.push(mark);
    };
    const allHold = () => placed.every((p) => holdsExactlyOnce(p.client.doc, expected.get(p.docName)!));

    // Round 1: everyone edits at once.
    for (let k = 0; k < 5; k++) placed.forEach((p, i) => write(p, `r1-${i}-${k}`));
    await until(placed.map((p) => p.client.doc), allHold);
    // They came through the Redis streams, not only through the slower sweep against PostgreSQL.
    const figures = await (await fetch(`${b.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}`, accept: 'application/json' } })).json() as { fanout: { delivered: number; connected: boolean } };
    expect(figures.fanout.connected).toBe(true);
    expect(figures.fanout.delivered).toBeGreaterThan(0);

    // An update sent just before its client disconnects still reaches the other instances.
    const leaver = placed.find((p) => p.server === a)!;
    write(leaver, 'sent-before-leaving');
    leaver.client.destroy();
    await until(placed.filter((p) => p !== leaver).map((p) => p.client.doc), () => placed.filter((p) => p !== leaver && p.docName === leaver.docName).every((p) => holdsExactlyOnce(p.client.doc, ['sent-before-leaving'])));
    leaver.client = connect(b, leaver.docName, leaver.cookie, leaver.client.doc);
    leaver.server = b;

    // Instance c is killed; its clients write once more meanwhile and reconnect to a (as a load balancer would send them).
    await c.stop('SIGKILL');
    for (const p of placed.filter((x) => x.server === c)) {
      p.client.destroy();
      write(p, `while-c-died-${placed.indexOf(p)}`);
      p.client = connect(a, p.docName, p.cookie, p.client.doc);
      p.server = a;
    }

    // Redis restarts (empty, as without persistence) while everyone edits.
    placed.forEach((p, i) => write(p, `r2-before-${i}`));
    await cluster.redis.kill();
    placed.forEach((p, i) => write(p, `r2-redis-down-${i}`));
    await cluster.redis.start();
    placed.forEach((p, i) => write(p, `r2-after-${i}`));
    await until(placed.map((p) => p.client.doc), allHold);

    // A fresh instance and its client see every edit exactly once.
    const d = await startInstance();
    for (const docName of docs) {
      const fresh = connect(d, docName, writers.find((w) => w.docName === docName)!.cookie);
      await fresh.synced();
      await until([fresh.doc], () => holdsExactlyOnce(fresh.doc, expected.get(docName)!));
      expect(marksOf(fresh.doc)).toHaveLength(expected.get(docName)!.length);
    }

    // Everything stops; fresh instances load the documents from PostgreSQL alone (no SQLite file holds a row).
    for (const cl of cluster.clients) cl.destroy();
    await Promise.all([a, b, d].map((i) => i.stop('SIGTERM')));
    for (const dir of instanceDirs) {
      const file = path.join(dir, 'stip.sqlite');
      if (!fs.existsSync(file)) continue;
      const sqlite = new Database(file, { readonly: true });
      const tables = (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('collab_updates', 'workshops', 'participants', 'links', 'sessions')").all() as { name: string }[]).map((t) => t.name);
      const rows = tables.reduce((sum, t) => sum + (sqlite.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n, 0);
      sqlite.close();
      expect(rows, dir).toBe(0);
    }
    const [e, f] = [await startInstance(), await startInstance()];
    for (const [i, docName] of docs.entries()) {
      const again = connect([e, f][i], docName, writers.find((w) => w.docName === docName)!.cookie);
      await again.synced();
      await until([again.doc], () => holdsExactlyOnce(again.doc, expected.get(docName)!));
      expect(marksOf(again.doc)).toHaveLength(expected.get(docName)!.length);
    }
  }, 240_000);
});
