/**
 * The request chain of one page visit, from CDP Network events: every HTTP request (each hop of a
 * redirect on its own) and every WebSocket, with when it started and when its answer was complete.
 * A request's depth is one more than the deepest request that had finished before it started, so
 * the depth of the WebSockets is the number of round trips the browser waited for before the
 * documents start syncing (the WebSocket's own handshake included).
 */
import type { CDPSession } from 'playwright-core';

/** One request of the visit (times in ms since the first request). */
interface Hop { label: string; start: number; end: number | null; socket: boolean }

/** What the chain of a visit looks like. */
export interface RequestChain {
  /** Round trips up to and including the handshake of the last of the room's first WebSockets. */
  depth: number;
  /** The longest chain ending at that WebSocket, e.g. `/j/… → / → preloadRoute.js → /api/me → ws live`. */
  path: string;
  /** WebSockets opened at that depth (the room's documents opened at once). */
  sockets: number;
}

const shortLabel = (url: string): string => {
  const { pathname, protocol } = new URL(url);
  if (protocol.startsWith('ws')) return `ws ${pathname.split('/').slice(4).join('/') || pathname}`;
  if (pathname.startsWith('/j/')) return '/j/…';
  if (pathname.startsWith('/assets/')) return pathname.slice('/assets/'.length).replace(/-[\w-]{8}(\.\w+)$/, '$1');
  return pathname;
};

/** Starts recording; the returned function computes the chain so far. */
export function recordRequestChain(cdp: CDPSession): () => RequestChain {
  const hops = new Map<string, Hop>();
  const done: Hop[] = [];
  let origin: number | null = null;
  const at = (seconds: number) => {
    origin ??= seconds;
    return (seconds - origin) * 1000;
  };
  cdp.on('Network.requestWillBeSent', (e) => {
    const previous = hops.get(e.requestId);
    if (previous && e.redirectResponse) {
      previous.end = at(e.timestamp);
      done.push(previous);
    }
    hops.set(e.requestId, { label: shortLabel(e.request.url), start: at(e.timestamp), end: null, socket: false });
  });
  cdp.on('Network.loadingFinished', (e) => {
    const hop = hops.get(e.requestId);
    if (hop) hop.end = at(e.timestamp);
  });
  const socketUrls = new Map<string, string>();
  cdp.on('Network.webSocketCreated', (e) => socketUrls.set(e.requestId, e.url));
  cdp.on('Network.webSocketWillSendHandshakeRequest', (e) => {
    hops.set(e.requestId, { label: shortLabel(socketUrls.get(e.requestId) ?? 'ws://unknown/'), start: at(e.timestamp), end: null, socket: true });
  });
  cdp.on('Network.webSocketHandshakeResponseReceived', (e) => {
    const hop = hops.get(e.requestId);
    if (hop) hop.end = at(e.timestamp);
  });
  const cached = new Set<string>();
  cdp.on('Network.requestServedFromCache', (e) => cached.add(e.requestId));
  cdp.on('Network.responseReceived', (e) => { if (e.response.fromDiskCache || e.response.fromServiceWorker) cached.add(e.requestId); });
  return () => {
    const all = [...done, ...[...hops].filter(([id]) => !cached.has(id)).map(([, hop]) => hop)];
    if (process.env.BENCH_JOIN_TRACE) for (const h of [...all].sort((a, b) => a.start - b.start)) console.log(`    ${h.start.toFixed(0).padStart(6)} ${(h.end ?? NaN).toFixed(0).padStart(6)} ${h.label}`);
    return chainOf(all);
  };
}

/** Depth and path of the first WebSockets (those that started before any socket's handshake ended). */
function chainOf(all: Hop[]): RequestChain {
  const hops = [...all].sort((a, b) => a.start - b.start);
  const depth = new Map<Hop, { depth: number; before: Hop | null }>();
  for (const hop of hops) {
    let best: { depth: number; before: Hop | null } = { depth: 1, before: null };
    for (const other of hops) {
      if (other === hop || other.end === null || other.end > hop.start) continue;
      const d = depth.get(other);
      if (d && d.depth + 1 > best.depth) best = { depth: d.depth + 1, before: other };
    }
    depth.set(hop, best);
  }
  const sockets = hops.filter((h) => h.socket);
  const firstEnd = Math.min(...sockets.map((s) => s.end ?? Infinity));
  const first = sockets.filter((s) => s.start <= firstEnd);
  if (first.length === 0) return { depth: 0, path: 'no WebSocket', sockets: 0 };
  const last = first.reduce((a, b) => (depth.get(b)!.depth > depth.get(a)!.depth ? b : a));
  const labels: string[] = [];
  for (let hop: Hop | null = last; hop; hop = depth.get(hop)!.before) labels.unshift(hop.label);
  return { depth: depth.get(last)!.depth, path: labels.join(' → '), sockets: first.length };
}
