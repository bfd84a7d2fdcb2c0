// SPDX-License-Identifier: EUPL-1.2
/**
 * One simulated person: a stock `WebsocketProvider` (y-websocket) on one document, in Node, with
 * a `ws` socket that carries the person's session cookie. It types single characters into the
 * bench text at a steady rate and records, for the keystrokes of others, when they arrived.
 */
import { createHash } from 'node:crypto';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { addAmbition, ambitionsOf } from '../shared/roleGroupDoc.js';
import { isRoleGroupRoom } from './meeting2Bench.js';
import {
  benchField, keystrokeKey, PARAGRAPH_CLOCKS, sharedNow, STATEMENT_CLOCKS,
  type ClientPlan, type DocSnapshot, type FinalClock, type SentEntry,
} from './workerProtocol.js';
import { MessageCounter } from './MessageCounter.js';
import type { ReceiveTally } from './ReceiveTally.js';

/** Builds a WebSocket class for the provider that sends a Cookie and Origin header, like a browser. */
function socketClassFor(cookie: string | null, origin: string, counter: MessageCounter) {
  return class BenchSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers: cookie ? { Cookie: cookie } : {}, origin });
      this.on('message', (data: ArrayBuffer | Buffer) => counter.count(data));
    }
  };
}

/** A small seeded random generator (mulberry32), so runs type the same way every time. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleepUntil = (at: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, at - sharedNow())));

/** One provider, its document, and what it typed. */
export class BenchClient {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  /** Keystrokes this client typed, with their send times. */
  readonly sent: SentEntry[] = [];
  /** Connections that closed (the provider reconnects by itself unless the code is 44xx). */
  disconnects = 0;
  /** The last close code and reason the server sent, for error messages. */
  lastClose: string | null = null;
  private readonly random: () => number;
  private text: Y.XmlText | Y.Text | null = null;

  constructor(readonly plan: ClientPlan, serverUrl: string, origin: string, tally: ReceiveTally, counter: MessageCounter) {
    this.random = seededRandom(plan.index + 1);
    this.provider = new WebsocketProvider(serverUrl, plan.room, this.doc, {
      WebSocketPolyfill: socketClassFor(plan.cookie, origin, counter) as unknown as typeof globalThis.WebSocket,
      disableBc: true, // in one process, BroadcastChannel would pass updates around the server
      maxBackoffTime: 1000,
    });
    this.provider.on('connection-close', (event) => {
      this.disconnects++;
      if (event) this.lastClose = `${event.code} ${event.reason}`;
    });
    this.doc.on('afterTransaction', (tr: Y.Transaction) => {
      if (tr.local) return;
      const at = sharedNow();
      for (const [client, after] of tr.afterState) {
        for (let clock = tr.beforeState.get(client) ?? 0; clock < after; clock++) tally.record(keystrokeKey(client, clock), at);
      }
    });
  }

  /** Resolves once the provider finished its first sync; rejects after timeoutMs. */
  whenSynced(timeoutMs: number): Promise<void> {
    if (this.provider.synced) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`client ${this.plan.index} (${this.plan.room}) not synced after ${timeoutMs} ms` +
          (this.lastClose ? `; last close: ${this.lastClose}` : '')));
      }, timeoutMs);
      this.provider.once('sync', () => { clearTimeout(timer); resolve(); });
    });
  }

  /** Types one character every 1/rate seconds from startAt until durationMs have passed. */
  async typeFor(startAt: number, durationMs: number): Promise<void> {
    const rate = this.plan.keystrokesPerSecond;
    if (rate <= 0) return;
    const interval = 1000 / rate;
    this.ownText(); // made before the first keystroke, so every keystroke's clock is its character's
    const phase = ((this.plan.index * 0.6180339887) % 1) * interval; // spreads typers over the interval
    for (let k = 0; ; k++) {
      const due = startAt + phase + k * interval;
      if (due >= startAt + durationMs) return;
      await sleepUntil(due);
      this.typeOne(k);
    }
  }

  /**
   * This typer's own paragraph of the horizon (the group document's rules refuse a free text
   * field, shared/docRules.ts): made once, typed into at random positions.
   */
  private ownText(): Y.XmlText | Y.Text {
    if (this.text) return this.text;
    if (isRoleGroupRoom(this.plan.room)) return (this.text = this.ownAmbition());
    const paragraph = new Y.XmlElement('paragraph');
    const text = new Y.XmlText();
    paragraph.insert(0, [text]);
    this.doc.getXmlFragment(benchField(this.plan.room)).push([paragraph]);
    this.text = text;
    return text;
  }

  /** In a role group: this typer's own ambition, written as its author (the rules allow no other text). */
  private ownAmbition(): Y.Text {
    if (!this.plan.author) throw new Error(`client ${this.plan.index} types in a role group without an author`);
    const id = addAmbition(this.doc, { ...this.plan.author, text: '' });
    return ambitionsOf(this.doc).get(id)!.get('text') as Y.Text;
  }

  /** Everything typed in the room, in document order, and the number of typers' paragraphs (or ambitions). */
  private typed(): { text: string; paragraphs: number } {
    if (isRoleGroupRoom(this.plan.room)) {
      const texts = [...ambitionsOf(this.doc).entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, e]) => String(e.get('text') ?? ''));
      return { text: texts.join(''), paragraphs: texts.length };
    }
    const paragraphs = this.doc.getXmlFragment(benchField(this.plan.room)).toArray().filter((p): p is Y.XmlElement => p instanceof Y.XmlElement);
    return { text: paragraphs.map((p) => p.toArray().map(String).join('')).join(''), paragraphs: paragraphs.length };
  }

  private typeOne(k: number): void {
    const text = this.ownText();
    const position = Math.floor(this.random() * (text.length + 1));
    const clock = Y.getState(this.doc.store, this.doc.clientID);
    this.sent.push([keystrokeKey(this.doc.clientID, clock), sharedNow()]);
    text.insert(position, String.fromCharCode(97 + (k % 26)));
  }

  /** This typer's clock after its last keystroke, or null when it did not type. */
  finalClock(): FinalClock | null {
    if (this.plan.keystrokesPerSecond <= 0) return null;
    return { room: this.plan.room, clientId: this.doc.clientID, clock: Y.getState(this.doc.store, this.doc.clientID) };
  }

  /** True when this client holds every keystroke of the other typers in its room. */
  holds(targets: FinalClock[]): boolean {
    for (const t of targets) {
      if (t.room !== this.plan.room || t.clientId === this.doc.clientID) continue;
      if (Y.getState(this.doc.store, t.clientId) < t.clock) return false;
    }
    return true;
  }

  /** A fingerprint of the document (state vector and text), equal on converged copies. */
  snapshot(): DocSnapshot {
    const { text, paragraphs } = this.typed();
    const hash = createHash('sha256').update(Y.encodeStateVector(this.doc)).update(text).digest('hex');
    // In clocks, as the typers' final clocks count it: the keystrokes plus each typer's paragraph.
    const perOwn = isRoleGroupRoom(this.plan.room) ? STATEMENT_CLOCKS : PARAGRAPH_CLOCKS;
    return { index: this.plan.index, room: this.plan.room, fingerprint: hash, textLength: text.length + perOwn * paragraphs };
  }

  /** Closes the connection and frees the document. */
  destroy(): void {
    this.provider.destroy();
    this.doc.destroy();
  }
}
