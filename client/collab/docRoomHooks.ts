// SPDX-License-Identifier: EUPL-1.2
/**
 * The one way a screen opens documents: `useDocRoom` opens one document of any kind (group,
 * draft, live, vision) through the refcounted registry, so two components share one socket, and
 * returns its status as a union (`OpenDoc`); `useDocRooms` opens several the same way (the
 * watched groups). What a kind of document offers (statements, live state, provenance) is in
 * small hooks on top (groupRoomHooks, liveHooks, visionHooks, draftHooks); components never
 * touch the room's Y.Doc or provider.
 */
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import * as Y from 'yjs';
import type { AwarenessUser } from '../../shared/awareness.js';
import type { RoomStop } from './closeHandling.js';
import type { AccessCheck, DocRoom, DocRoomOptions } from './DocRoom.js';
import { initialConnectionState, type ConnectionState } from './connectionState.js';
import { openDocOf, type OpenDoc } from './openDoc.js';
import { acquireDocRoom, holdDocRoomEarly, openDocRoomOf, releaseDocRoom } from './roomRegistry.js';
import { useSessionStore } from '../stores/sessionStore.js';
import { mayReopen, reopensAfter } from './reopenGuard.js';

/** How a screen opens a document. */
export interface OpenDocOptions {
  /** Who this is in presence; without it the connection is not shown in presence. */
  user?: AwarenessUser;
  /** Keep an offline copy (for documents this session writes). */
  localCopy: boolean;
  /** Only receive, never send a change (default: when there is no offline copy, i.e. for documents this session only reads). */
  readOnly?: boolean;
  /** Asks whether the session may still open the document (default: only checks there is a session). */
  checkAccess?: () => Promise<AccessCheck>;
  /** Before reopening a room stopped by a rights change, asks whether the session may still open it (default: reopen). */
  confirmReopen?: () => Promise<boolean>;
  /** Called once when the room stops for good (and is not reopened). */
  onStop?: (stop: RoomStop, room: DocRoom) => void;
  /** Runs the follow-up of a stop that is not reopened; returns whether an automatic reload was scheduled. */
  afterStop?: (stop: RoomStop, room: DocRoom) => boolean;
  /** A change gives a fresh room when the old one stopped for another reason (e.g. the group's lock). */
  reopenKey?: unknown;
  /**
   * With it, a room whose change the server refused (a rule changed while the change was on its
   * way, or while offline) is reopened in place, carrying what it held beyond the server into the
   * new room (DocRoom `carry`; `refusedAgain`: the previous carry was refused too, send nothing),
   * instead of dropping its copy and reloading the page.
   */
  reconcile?: (doc: Y.Doc, previous: Uint8Array, refusedAgain: boolean) => void;
}

/** A refusal this soon after the previous one means a carried change was refused too: then nothing more is sent. */
const REFUSED_AGAIN_MS = 60_000;
/** The longest the stopped room stays on screen while its carried successor waits for the server. */
const CARRY_SWAP_MS = 5_000;

/** Whether a carried room may replace the stopped one on screen: it has the server's state (or will not get it soon). */
const readyToShow = (room: DocRoom) => {
  const state = room.getState();
  return state.synced || state.phase === 'stopped' || state.phase === 'offline';
};

const QUIET_USER: AwarenessUser = { name: '', role: 'facilitator', color: '' };

/** How the registry opens a document a screen asks for with these options (the registry's key: presence, offline copy, read-only). */
function openingWay({ user, localCopy, readOnly }: Pick<OpenDocOptions, 'user' | 'localCopy' | 'readOnly'>): Pick<DocRoomOptions, 'user' | 'presence' | 'localCopy' | 'readOnly'> {
  const presence = user?.name !== undefined && user.role !== undefined;
  return {
    user: presence ? { name: user.name, role: user.role, color: user.color ?? '' } : QUIET_USER,
    presence,
    localCopy,
    readOnly: readOnly ?? !localCopy,
  };
}

/**
 * Opens a document now, before the screen that will ask for it with the same `options` renders
 * (its code still evaluating): the screen's hook finds it open and takes it over (roomRegistry's
 * early hold).
 */
export function openDocEarly(docName: string, options: OpenDocOptions): void {
  holdDocRoomEarly(docName, { ...openingWay(options), checkAccess: () => (options.checkAccess ?? sessionAccessCheck)(), onStop: options.onStop });
}

/* The default access check: only whether there still is a session. */
async function sessionAccessCheck(): Promise<AccessCheck> {
  try {
    return (await useSessionStore.getState().load(true)) ? 'ok' : 'noSession';
  } catch {
    return 'unknown';
  }
}

/**
 * Opens every document of `docNames` (null: none at that place) while the screen is shown. A room
 * stopped because this session's rights changed (a lock or unlock) is reopened with the new rights,
 * and so is a room without an offline copy whose document's history was reset on the server (a
 * fresh Y.Doc gets the new version). With `reconcile`, what the stopped room held beyond the server
 * is carried into the new one (and a room whose change was refused is reopened the same way).
 */
export function useDocRooms(docNames: readonly (string | null)[], options: OpenDocOptions): { rooms: (DocRoom | null)[]; autoReload: boolean } {
  const namesKey = JSON.stringify(docNames);
  // The first render already shows the rooms opened before the screen rendered (openDocEarly), so
  // their first messages are handled with that render, not one render later; the effect acquires them.
  const [rooms, setRooms] = useState<(DocRoom | null)[]>(() => docNames.map((docName) => (docName ? openDocRoomOf(docName, openingWay(options)) : null)));
  const [autoReload, setAutoReload] = useState(false);
  const [generation, setGeneration] = useState(0);
  const reopens = useRef<number[]>([]);
  /** The refused rooms' documents to carry into their next rooms, by document name; and when the last refusal was. */
  const carried = useRef(new Map<string, Uint8Array>());
  const lastRefusal = useRef(0);
  /** The documents of rooms stopped by a rights change, to start their next rooms with (no empty flash). */
  const seeds = useRef(new Map<string, Uint8Array>());
  const refusedAgain = useRef(false);
  const latest = useRef(options);
  latest.current = options;
  const { user, localCopy, reopenKey } = options;
  const readOnly = options.readOnly ?? !localCopy;
  const name = user?.name;
  const role = user?.role;
  const color = user?.color;
  useEffect(() => {
    const way = openingWay({ user: name !== undefined && role !== undefined ? { name, role, color: color ?? '' } : undefined, localCopy, readOnly });
    const onStop = (stop: RoomStop, stopped: DocRoom) => {
      const now = latest.current;
      const giveUp = () => {
        now.onStop?.(stop, stopped);
        if (now.afterStop) setAutoReload(now.afterStop(stop, stopped));
      };
      const carries = localCopy && !readOnly && now.reconcile !== undefined;
      if (!reopensAfter(stop, localCopy, carries) || !mayReopen(reopens.current)) return giveUp();
      if (stop === 'permissionChanged' && (localCopy || readOnly)) seeds.current.set(stopped.docName, Y.encodeStateAsUpdate(stopped.doc));
      if (stop === 'badChange') {
        refusedAgain.current = Date.now() - lastRefusal.current < REFUSED_AGAIN_MS;
        lastRefusal.current = Date.now();
        carried.current.set(stopped.docName, Y.encodeStateAsUpdate(stopped.doc));
      }
      if (!now.confirmReopen) return setGeneration((g) => g + 1);
      void now.confirmReopen().then((ok) => (ok ? setGeneration((g) => g + 1) : giveUp()), giveUp);
    };
    const carriedNow = new Set<string>();
    const carry = (docName: string) => {
      const previous = carried.current.get(docName);
      carried.current.delete(docName);
      if (previous && !readOnly) carriedNow.add(docName);
      const again = refusedAgain.current;
      return previous && !readOnly
        ? { previous, reconcile: (doc: Y.Doc, prev: Uint8Array) => latest.current.reconcile?.(doc, prev, again) }
        : undefined;
    };
    const takeSeed = (docName: string) => {
      const seed = seeds.current.get(docName);
      seeds.current.delete(docName);
      return seed;
    };
    const opened = (JSON.parse(namesKey) as (string | null)[]).map((docName) => (docName ? acquireDocRoom(docName, {
      ...way,
      checkAccess: () => (latest.current.checkAccess ?? sessionAccessCheck)(),
      onStop,
      carry: carry(docName),
      seed: takeSeed(docName),
    }) : null));
    // A carried room starts empty (from the server): the stopped room stays on screen (read-only)
    // until it has the server's state, so the page does not flash empty and text boxes keep focus.
    const waiting = opened.filter((room): room is DocRoom => room !== null && carriedNow.has(room.docName));
    let stopWaiting = () => undefined as void;
    const show = () => setRooms((shown) => (sameRooms(shown, opened) ? shown : opened));
    if (waiting.every(readyToShow)) show();
    else {
      const unsubscribes = waiting.map((room) => room.subscribe(() => { if (waiting.every(readyToShow)) { stopWaiting(); show(); } }));
      const timer = setTimeout(() => { stopWaiting(); show(); }, CARRY_SWAP_MS);
      stopWaiting = () => { unsubscribes.forEach((unsubscribe) => unsubscribe()); clearTimeout(timer); };
    }
    return () => {
      stopWaiting();
      opened.forEach((room) => { if (room) releaseDocRoom(room); });
    };
  }, [namesKey, name, role, color, localCopy, readOnly, reopenKey, generation]);
  return { rooms, autoReload };
}

/** Whether two lists hold the same rooms in the same places. */
const sameRooms = (a: readonly (DocRoom | null)[], b: readonly (DocRoom | null)[]) => a.length === b.length && a.every((room, i) => room === b[i]);

/** Opens `docName` (nothing when null) while the screen is shown; see useDocRooms. */
export function useDocRoom(docName: string | null, options: OpenDocOptions): OpenDoc {
  const names = useMemo(() => [docName], [docName]);
  const { rooms: [room], autoReload } = useDocRooms(names, options);
  const connection = useConnectionState(room ?? null);
  return useMemo(() => openDocOf(room ?? null, connection, autoReload), [room, connection, autoReload]);
}

/* The connection state of a room (re-renders on change). */
function useConnectionState(room: DocRoom | null): ConnectionState {
  return useSyncExternalStore(
    room ? room.subscribe : noopSubscribe,
    room ? room.getState : () => initialConnectionState,
  );
}

const noopSubscribe = () => () => undefined;
