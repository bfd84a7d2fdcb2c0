// SPDX-License-Identifier: EUPL-1.2
/**
 * Browser: a participant's join link opens the group room without asking the server who they are
 * first (the page carries the session, the workshop and the server clock inline), with all four of
 * the room's documents (live, vision, group, own draft) opened at once. On a second visit the
 * group's and the draft's sockets open at once, while the offline copies are still read (issue 11:
 * early socket): a socket names the copy's epoch only when the copy was read before it opened;
 * otherwise the copy's epoch is compared with the server's before it joins (localCopyOffer.ts;
 * tests/e2e/epoch.test.ts and offlineCopy.test.ts check both paths). The room's documents open
 * as soon as the room's code is there, before React renders the screen, whose hooks then take the
 * open rooms over (roomRegistry's early hold): still one socket per document, and none closes when
 * the early hold ends. Checked by the requests the page makes, not by timing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newPerson, seriousAxeViolations } from './browser.js';
import { startServerWithClient } from './stipInBrowser.js';
import type { SeededWorkshop, TestServer } from '../helpers/stipServer.js';

const EDITOR = 'Tekst van de stip op de horizon';

let server: TestServer;
let browser: Browser;
let seeded: SeededWorkshop;
let context: BrowserContext;

/** What a page asked for, in order: `GET /api/...` paths, `ws <document>` for sockets and `closed <document>` when one closed. */
function recordRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/')) seen.push(`${request.method()} ${url.pathname}`);
  });
  page.on('websocket', (socket) => {
    const url = new URL(socket.url());
    const doc = url.pathname.replace(/^\/collab\/w\/[^/]+\//, '');
    seen.push(`ws ${doc}${url.search}`);
    socket.on('close', () => seen.push(`closed ${doc}`));
  });
  return seen;
}

async function openRoom(link: string): Promise<{ page: Page; seen: string[] }> {
  const page = await context.newPage();
  const seen = recordRequests(page);
  await page.goto(link);
  await expect.poll(() => page.getByRole('textbox', { name: EDITOR }).getAttribute('contenteditable'), { timeout: 60_000 }).toBe('true');
  await expect.poll(() => page.locator('#connection-status').textContent(), { timeout: 60_000 }).toContain('Verbonden');
  return { page, seen };
}

beforeAll(async () => {
  server = await startServerWithClient();
  browser = await launchBrowser();
  seeded = await server.seedWorkshop({ gemeente: 'Middelstad', participants: [{ name: 'Anna de Vries', role: 'raadslid', group: 1 }] });
  ({ context } = await newPerson(browser, { width: 390, height: 844 }));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('joining the group room', () => {
  it('opens all four documents without asking who this is first', async () => {
    const { page, seen } = await openRoom(seeded.participants[0].link);
    const firstSocket = seen.findIndex((s) => s.startsWith('ws '));
    expect(firstSocket).toBeGreaterThanOrEqual(0);
    expect(seen.slice(0, firstSocket)).not.toContain('GET /api/me');
    expect(seen.slice(0, firstSocket)).not.toContain('GET /api/time');
    const sockets = seen.filter((s) => s.startsWith('ws ')).map((s) => s.replace(/\?.*$/, ''));
    expect(sockets.sort()).toEqual(['ws live', 'ws m1/g/1', `ws m1/g/1/draft/${seeded.participants[0].id}`, 'ws vision']);
    expect(seen).not.toContain('GET /api/me');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it('on a second visit opens each socket once, without waiting for the offline copies, and keeps them', async () => {
    for (let visit = 0; visit < 2; visit++) {
      const { page, seen } = await openRoom(seeded.participants[0].link);
      const groupSockets = seen.filter((s) => s.startsWith('ws m1/g/1') && !s.includes('/draft/'));
      const draftSockets = seen.filter((s) => s.startsWith('ws m1/g/1/draft/'));
      expect(groupSockets).toHaveLength(1);
      expect(draftSockets).toHaveLength(1);
      // The epoch is in the address only if the copy was read before the socket opened.
      expect(groupSockets[0]).toMatch(/^ws m1\/g\/1(\?epoch=[A-Za-z0-9_-]{16})?$/);
      expect(draftSockets[0]).toMatch(/^ws m1\/g\/1\/draft\/[^?]+(\?epoch=[A-Za-z0-9_-]{16})?$/);
      // Still connected, nothing refused: the page shows no notice and did not reload.
      expect(await page.locator('#connection-status').textContent()).toContain('Verbonden');
      expect(seen).not.toContain('GET /api/me');
      await page.close();
    }
  });

  it('keeps the documents opened before the screen rendered open once the screen holds them', async () => {
    const { page, seen } = await openRoom(seeded.participants[0].link);
    // Past the early hold (5 s) and the registry's release delay (1.5 s): a hold counted wrongly would close a socket.
    await page.waitForTimeout(7_500);
    expect(seen.filter((s) => s.startsWith('closed '))).toEqual([]);
    expect(seen.filter((s) => s.startsWith('ws '))).toHaveLength(4);
    expect(await page.locator('#connection-status').textContent()).toContain('Verbonden');
    await page.close();
  });
});
