// SPDX-License-Identifier: EUPL-1.2
/** Presence (awareness) through the collaboration server cannot be forged and is relayed sparingly. */
import { afterEach, describe, expect, it } from 'vitest';
import { colorFor } from '../../shared/awareness.js';
import { CollabHarness, groupDoc, waitFor, type HarnessOptions, type ProviderClient } from '../helpers/collabHarness.js';
import { awarenessEntriesIn, awarenessFrame, queryAwarenessFrame } from '../helpers/collabFrames.js';

const stateOf = (observer: ProviderClient, clientId: number) => observer.provider.awareness.getStates().get(clientId) as Record<string, any> | undefined;

describe('collaboration presence', () => {
  let h: CollabHarness;
  const start = async (options: HarnessOptions = {}) => { h = await CollabHarness.start(options); return h; };
  afterEach(async () => { await h?.dispose(); });

  it('shows every client with the user of its session, whatever user it claims', async () => {
    await start();
    const docName = groupDoc();
    const anna = await h.connect(docName, { name: 'Anna' });
    const bram = await h.connect(docName, { name: 'Bram', role: 'raadslid' });
    bram.provider.awareness.setLocalStateField('user', { name: 'Burgemeester', role: 'collegelid', color: '#000000' });
    bram.provider.awareness.setLocalStateField('cursor', { anchor: 3 });
    await waitFor(() => stateOf(anna, bram.doc.clientID)?.cursor?.anchor === 3, "Bram's cursor to arrive");
    expect(stateOf(anna, bram.doc.clientID)?.user).toEqual({ name: 'Bram', role: 'raadslid', color: colorFor('Bram') });
  });

  it("ignores entries for another client's id, including removals, and oversize states", async () => {
    await start({ limits: { maxAwarenessStateBytes: 1_000 } });
    const docName = groupDoc();
    const anna = await h.connect(docName, { name: 'Anna' });
    const bram = await h.connect(docName, { name: 'Bram' });
    const victim = bram.doc.clientID;
    bram.provider.awareness.setLocalStateField('cursor', { anchor: 1 });
    await waitFor(() => stateOf(anna, victim)?.cursor?.anchor === 1, "Bram's state to arrive");

    const kees = await h.raw(docName, { name: 'Kees' });
    kees.send(awarenessFrame([{ clientId: 4242, clock: 1, state: { user: { name: 'Bram' }, mark: 1 } }]));
    kees.send(awarenessFrame([{ clientId: victim, clock: 999, state: { user: { name: 'Bram' }, hacked: true } }]));
    kees.send(awarenessFrame([{ clientId: victim, clock: 1_000, state: null }]));
    kees.send(awarenessFrame([{ clientId: 4242, clock: 2, state: { mark: 2, blob: 'x'.repeat(2_000) } }]));
    kees.send(awarenessFrame([{ clientId: 4242, clock: 3, state: { mark: 3 } }]));
    await waitFor(() => stateOf(anna, 4242)?.mark === 3, "Kees's last state to arrive");

    expect(stateOf(anna, 4242)?.user.name).toBe('Kees');
    expect(stateOf(anna, victim)).toEqual({ user: { name: 'Bram', role: 'ambtenaar', color: colorFor('Bram') }, cursor: { anchor: 1 } });
    expect(kees.ws.readyState).toBe(kees.ws.OPEN);
  });

  it("does not let a connection's first entry take an id another session owns", async () => {
    await start();
    const docName = groupDoc();
    const anna = await h.connect(docName, { name: 'Anna' });
    const bram = await h.connect(docName, { name: 'Bram' });
    bram.provider.awareness.setLocalStateField('cursor', { anchor: 1 });
    await waitFor(() => stateOf(anna, bram.doc.clientID)?.cursor?.anchor === 1, "Bram's state to arrive");
    const piet = await h.raw(docName, { name: 'Piet' });
    piet.send(awarenessFrame([{ clientId: bram.doc.clientID, clock: 500, state: { cursor: { anchor: 99 } } }]));
    piet.send(awarenessFrame([{ clientId: 777, clock: 1, state: { mark: 'piet' } }]));
    await waitFor(() => stateOf(anna, 777)?.mark === 'piet', "Piet's own state to arrive");
    expect(stateOf(anna, 777)?.user.name).toBe('Piet');
    expect(stateOf(anna, bram.doc.clientID)?.cursor).toEqual({ anchor: 1 });
  });

  it('removes the state of a socket that closes and tells the others', async () => {
    await start();
    const docName = groupDoc();
    const anna = await h.connect(docName, { name: 'Anna' });
    const kees = await h.raw(docName, { name: 'Kees' });
    kees.send(awarenessFrame([{ clientId: 4242, clock: 1, state: { mark: 1 } }]));
    await waitFor(() => stateOf(anna, 4242)?.mark === 1, "Kees's state to arrive");
    kees.ws.terminate();
    await waitFor(() => stateOf(anna, 4242) === undefined, "Kees's state to be removed");
  });

  it('answers a query with every current state', async () => {
    await start();
    const docName = groupDoc();
    const bram = await h.connect(docName, { name: 'Bram' });
    bram.provider.awareness.setLocalStateField('cursor', { anchor: 2 });
    const kees = await h.raw(docName, { name: 'Kees' });
    await waitFor(() => awarenessEntriesIn(kees.received).some((e) => e.clientId === bram.doc.clientID && e.state?.cursor?.anchor === 2), 'Bram in the snapshot or update');
    kees.received.length = 0;
    kees.send(queryAwarenessFrame());
    await waitFor(() => awarenessEntriesIn(kees.received).some((e) => e.clientId === bram.doc.clientID), 'the answer to the query');
  });

  it('holds back a pure renewal while sending real changes at once', async () => {
    await start({ awarenessRenewalMs: 60_000 });
    const docName = groupDoc();
    const watcher = await h.raw(docName, { name: 'Wachter' });
    const kees = await h.raw(docName, { name: 'Kees' });
    kees.send(awarenessFrame([{ clientId: 4242, clock: 1, state: { mark: 1 } }]));
    kees.send(awarenessFrame([{ clientId: 4242, clock: 2, state: { mark: 1 } }]));
    kees.send(awarenessFrame([{ clientId: 4242, clock: 3, state: { mark: 3 } }]));
    await waitFor(() => awarenessEntriesIn(watcher.received).some((e) => e.clientId === 4242 && e.clock === 3), 'the change at clock 3');
    const clocks = awarenessEntriesIn(watcher.received).filter((e) => e.clientId === 4242).map((e) => e.clock);
    expect(clocks).not.toContain(2);
  });

  it('sends renewals to everyone in a periodic room-wide frame', async () => {
    await start({ awarenessRenewalMs: 100 });
    const docName = groupDoc();
    const anna = await h.connect(docName, { name: 'Anna' });
    const kees = await h.raw(docName, { name: 'Kees' });
    kees.send(awarenessFrame([{ clientId: 4242, clock: 1, state: { mark: 1 } }]));
    await waitFor(() => stateOf(anna, 4242)?.mark === 1, "Kees's state to arrive");
    kees.send(awarenessFrame([{ clientId: 4242, clock: 2, state: { mark: 1 } }]));
    await waitFor(() => anna.provider.awareness.meta.get(4242)?.clock === 2, 'the renewal to arrive');
    expect(stateOf(anna, 4242)?.mark).toBe(1);
  });
});
