// SPDX-License-Identifier: EUPL-1.2
/**
 * The request chain of one page visit, from CDP Network events: the round trips the browser waited
 * for, one after the other, before a document's WebSocket opened (the join link's redirect and the
 * socket's handshake included). Of the page, its scripts and style sheets and the sockets, a
 * request's depth is one more than the deepest one that had finished before it started: on an
 * emulated slow network (every round trip 150 ms) that is the chain of waits; on loopback the
 * CPU blurs it. API requests are listed apart: those answered before the first socket opened
 * (a screen that waits for an answer before it opens its documents adds a round trip). Answers
 * from the browser's cache are not round trips and are left out.
 */
import type { CDPSession } from 'playwright-core';

/** One request of the visit (times in ms since the first request). */
interface Hop { url: string; label: string; type: string; start: number; end: number | null; socket: boolean; cached: boolean }

/** What the chain of a visit looks like. */
export interface RequestChain {
  /** Round trips in the longest chain to a document's WebSocket. */
  depth: number;
  /** That chain, e.g. `/j/… → /w/…/groep/1 → preloadRoute.js → GroupRoomRoute.js → ws live`. */
  path: string;
  /** WebSockets the page opened. */
  sockets: number;
  /** API requests whose answers had arrived before the first WebSocket opened. */
  apiBefore: string[];
}

const shortLabel = (url: string): string => {
  const { pathname, protocol } = new URL(url);
  if (protocol.startsWith('ws')) return `ws ${pathname.split('/').slice(4).join('/') || pathname}`;
  if (pathname.startsWith('/j/')) return '/j/…';
  if (pathname.startsWith('/assets/')) return pathname.slice('/assets/'.length).replace(/-[\w-]{8}(\.\w+)$/, '$1');
  return pathname.replace(/\/w\/[\w-]{16}\//, '/w/…/');
};

/** The request types that can hold up the page's code (images and API calls are judged apart). */
const CHAIN_TYPES = new Set(['Document', 'Script', 'Stylesheet']);

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
    hops.set(e.requestId, { url: e.request.url, label: shortLabel(e.request.url), type: e.type ?? 'Other', start: at(e.timestamp), end: null, socket: false, cached: false });
  });
  cdp.on('Network.loadingFinished', (e) => {
    const hop = hops.get(e.requestId);
    if (hop) hop.end = at(e.timestamp);
  });
  cdp.on('Network.requestServedFromCache', (e) => { const hop = hops.get(e.requestId); if (hop) hop.cached = true; });
  cdp.on('Network.responseReceived', (e) => {
    const hop = hops.get(e.requestId);
    if (hop && (e.response.fromDiskCache || e.response.fromServiceWorker)) hop.cached = true;
  });
  cdp.on('Network.webSocketCreated', (e) => {
    hops.set(e.requestId, { url: e.url, label: shortLabel(e.url), type: 'WebSocket', start: Infinity, end: null, socket: true, cached: false });
  });
  cdp.on('Network.webSocketWillSendHandshakeRequest', (e) => {
    const hop = hops.get(e.requestId);
    if (hop) hop.start = at(e.timestamp);
  });
  cdp.on('Network.webSocketHandshakeResponseReceived', (e) => {
    const hop = hops.get(e.requestId);
    if (hop) hop.end = at(e.timestamp);
  });
  return () => chainOf([...done, ...hops.values()]);
}

function chainOf(all: Hop[]): RequestChain {
  const hops = all.filter((h) => !h.cached && (h.socket || CHAIN_TYPES.has(h.type))).sort((a, b) => a.start - b.start);
  const depth = new Map<Hop, { depth: number; before: Hop | null }>();
  for (const hop of hops) {
    let best: { depth: number; before: Hop | null } = { depth: 1, before: null };
    for (const other of hops) {
      if (other === hop || other.socket || other.end === null || other.end > hop.start) continue;
      const d = depth.get(other);
      if (d && d.depth + 1 > best.depth) best = { depth: d.depth + 1, before: other };
    }
    depth.set(hop, best);
  }
  const sockets = hops.filter((h) => h.socket);
  if (sockets.length === 0) return { depth: 0, path: 'no WebSocket', sockets: 0, apiBefore: [] };
  const deepest = sockets.reduce((a, b) => (depth.get(b)!.depth > depth.get(a)!.depth ? b : a));
  const labels: string[] = [];
  for (let hop: Hop | null = deepest; hop; hop = depth.get(hop)!.before) labels.unshift(hop.label);
  const firstSocket = Math.min(...sockets.map((s) => s.start));
  const apiBefore = all.filter((h) => !h.cached && !h.socket && new URL(h.url).pathname.startsWith('/api/') && h.end !== null && h.end <= firstSocket).map((h) => h.label);
  return { depth: depth.get(deepest)!.depth, path: labels.join(' → '), sockets: sockets.length, apiBefore };
}
