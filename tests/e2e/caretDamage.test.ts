// SPDX-License-Identifier: EUPL-1.2
/**
 * Browser: other people's caret name labels never become text of the horizon (issue 10, the
 * "…partner ziet.Frank van DijkIneke Post" damage). Four Chromium pages write in one group's
 * horizon on a real server over real y-websocket. Each run resets the document through the
 * server's document port (an empty first paragraph and two lines of text), parks every caret
 * (start, empty first paragraph, paragraph ends), then plays a seeded random sequence of
 * Ctrl+Home/End, Delete, Backspace, Enter, arrows and typing, plus edits the browser makes itself:
 * through `document.execCommand` (as spell-check or an IME) or as a phone keyboard sends keys
 * (keyCode 229 with Chromium's own editing command, which ProseMirror leaves to the browser).
 * After every run each copy and the server's must be equal and hold no participant name.
 *
 * The cause it guards (client/editor/caretRender.ts): Chromium merges two paragraphs by copying
 * the second one as new DOM nodes; the copied caret widget has no ProseMirror view description,
 * so its label text was parsed as document text. Seeds that once failed stay as named cases.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, CDPSession, Locator, Page } from 'playwright-core';
import { launchBrowser, newPerson, seriousAxeViolations } from './browser.js';
import { startServerWithClient } from './stipInBrowser.js';
import type { SeededWorkshop, TestServer } from '../helpers/stipServer.js';
import { caretRun, type CaretAction, type NativeCommand } from './caretDamagePlan.js';
import { horizonOf } from '../../shared/groupDoc.js';
import { fragmentToNode } from '../../shared/editor/schema.js';
import { resetHorizon, type HorizonText } from './caretDamageReset.js';

const EDITOR = 'Tekst van de stip op de horizon';
const NAMES = ['Frank van Dijk', 'Ineke Post', 'Anna de Vries', 'Bram Jansen'];
/** The text every run starts from: an empty first paragraph, as the late joiner left it. */
const START: HorizonText = ['', 'Wij willen dat elke inwoner zijn partner ziet.', 'Samen bepalen we de koers.'];
/** How many seeded runs the sweep plays (CI: 200; more with CARET_RUNS). */
const RUNS = Number(process.env.CARET_RUNS) || 200;
/** Seeds that damaged the document before the fix (12 of seeds 1–200; kept as regression cases). */
const REGRESSION_SEEDS = [4, 48, 64, 80, 122, 124, 147, 170, 173, 176, 187, 199];
/** How long a poll may wait on a busy machine (a wait, not a threshold). */
const PATIENT = { timeout: 60_000, intervals: [5, 10, 20, 50] };

let server: TestServer;
let browser: Browser;
let seeded: SeededWorkshop;
let docName: string;
const editors: Locator[] = [];
const pages: Page[] = [];
const sessions: CDPSession[] = [];

/** The document of an editor as ProseMirror JSON (the copy this browser holds). */
const docOf = (editor: Locator) => editor.evaluate((el) => (el as HTMLElement & { editor: { getJSON(): unknown } }).editor.getJSON());

/** The server's copy of the horizon as ProseMirror JSON. */
const serverDoc = () => server.app.documents.read(docName, (doc) => fragmentToNode(horizonOf(doc)).toJSON());

type EditorElement = HTMLElement & { editor: { commands: { focus(p: string | number): void }; state: { doc: { childCount: number; child(i: number): { nodeSize: number } } } } };

/** Plays one action on its page (each page keeps its editor focused, so keys go there). */
async function play(action: CaretAction): Promise<void> {
  const editor = editors[action.person];
  switch (action.kind) {
    case 'park':
      // The caret at the end of paragraph `where` (clamped), or at the very start for -1.
      await editor.evaluate((el, where) => {
        const { editor: e } = el as EditorElement;
        if (where < 0) { e.commands.focus('start'); return; }
        let pos = 0;
        for (let i = 0; i <= Math.min(where, e.state.doc.childCount - 1); i++) pos += e.state.doc.child(i).nodeSize;
        e.commands.focus(pos - 1);
      }, action.paragraph);
      return;
    case 'key':
      await pages[action.person].keyboard.press(action.key);
      return;
    case 'type':
      await pages[action.person].keyboard.type(action.text);
      return;
    case 'native':
      // The browser edits by itself, as with a phone keyboard or an IME (ProseMirror handles no key).
      if (action.via === 'command') await editor.evaluate((_, command) => { document.execCommand(command, false); }, action.command);
      else await phoneKey(action.person, action.command);
      return;
  }
}

/** The editing command Chromium runs for a browser-made edit (the `commands` of a CDP key event). */
const EDITING_COMMAND: Record<NativeCommand, string> = { delete: 'deleteBackward', forwardDelete: 'deleteForward', insertParagraph: 'insertNewline' };

/** A key as a phone keyboard sends it: keyCode 229 ("being composed") with the browser's own editing command. */
async function phoneKey(person: number, command: NativeCommand): Promise<void> {
  const session = sessions[person];
  const key = { windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229, key: 'Unidentified', code: '' };
  await session.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key, commands: [EDITING_COMMAND[command]] });
  await session.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key });
}

/** Resets the horizon to START and waits until every browser shows it. */
async function reset(): Promise<void> {
  await resetHorizon(server.app.documents, docName, START);
  const start = JSON.stringify(await serverDoc());
  // Each browser waits by itself, on its editor's transactions (no polling over the wire).
  await Promise.all(editors.map((editor) => editor.evaluate((el, want) => new Promise<void>((resolve) => {
    const { editor: e } = el as HTMLElement & { editor: { getJSON(): unknown; on(event: 'transaction', fn: () => void): void; off(event: 'transaction', fn: () => void): void } };
    const check = () => {
      if (JSON.stringify(e.getJSON()) !== want) return;
      e.off('transaction', check);
      resolve();
    };
    e.on('transaction', check);
    check();
  }), start)));
}

/** Waits until every copy equals the server's, then checks that no copy holds a participant's name. */
async function checkCopies(what: string): Promise<void> {
  let copies: string[] = [];
  await expect.poll(async () => {
    copies = [JSON.stringify(await serverDoc()), ...(await Promise.all(editors.map(docOf))).map((copy) => JSON.stringify(copy))];
    return copies.every((copy) => copy === copies[0]);
  }, PATIENT).toBe(true);
  for (const name of NAMES) expect(copies[0], `${what}: the horizon holds "${name}"`).not.toContain(name);
}

/** Plays seeded run `seed` from a fresh horizon and checks every copy. */
async function checkRun(seed: number): Promise<void> {
  await reset();
  const actions = caretRun(seed, pages.length);
  // The opening parks are one per person and independent: played at once.
  await Promise.all(actions.slice(0, pages.length).map(play));
  for (const action of actions.slice(pages.length)) await play(action);
  await checkCopies(`seed ${seed}`);
}

beforeAll(async () => {
  server = await startServerWithClient();
  browser = await launchBrowser();
  seeded = await server.seedWorkshop({
    gemeente: 'Middelstad',
    showNames: true,
    participants: NAMES.map((name, i) => ({ name, role: i % 2 ? 'ambtenaar' : 'raadslid', group: 1 })),
  });
  docName = `w/${seeded.workshopId}/m1/g/1`;
  for (const person of seeded.participants) {
    const { page } = await newPerson(browser, { width: 1280, height: 800 });
    await page.goto(person.link);
    const editor = page.getByRole('textbox', { name: EDITOR });
    await editor.and(page.locator('[contenteditable="true"]')).waitFor();
    await editor.focus();
    pages.push(page);
    sessions.push(await page.context().newCDPSession(page));
    editors.push(editor);
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('caret labels and deletions across paragraph boundaries', () => {
  it('shows each name on its caret label without any text in the page', async () => {
    await reset();
    for (let person = 0; person < pages.length; person++) await play({ person, kind: 'park', paragraph: 1 });
    const others = NAMES.slice(1);
    await expect.poll(() => editors[0].evaluate((el) => [...el.querySelectorAll('.collab-caret__label')].map((label) => getComputedStyle(label, '::after').content).sort()), PATIENT)
      .toEqual(others.map((name) => JSON.stringify(name)).sort());
    expect(await editors[0].evaluate((el) => [...el.querySelectorAll('.collab-caret')].map((caret) => caret.textContent))).toEqual(others.map(() => ''));
    expect(await seriousAxeViolations(pages[0])).toEqual([]);
    const shots = process.env.CARET_SHOTS;
    if (shots) {
      for (const [name, width, height] of [['phone', 390, 844], ['laptop', 1280, 800], ['beamer', 1920, 1080]] as const) {
        await pages[0].setViewportSize({ width, height });
        await editors[0].scrollIntoViewIfNeeded();
        await pages[0].screenshot({ path: `${shots}/carets-${name}.png` });
      }
      await pages[0].setViewportSize({ width: 1280, height: 800 });
    }
  });

  it.each(['command', 'keyboard'] as const)('the reported sequence: Ctrl+Home, Delete by the browser (%s) in an empty first paragraph, two carets at the paragraph end', async (via) => {
    await reset();
    await play({ person: 1, kind: 'park', paragraph: 1 });
    await play({ person: 2, kind: 'park', paragraph: 1 });
    await play({ person: 3, kind: 'park', paragraph: 2 });
    await play({ person: 0, kind: 'park', paragraph: 2 });
    await play({ person: 0, kind: 'key', key: 'Control+Home' });
    await play({ person: 0, kind: 'native', command: 'forwardDelete', via });
    await checkCopies(`reported sequence (${via})`);
  });

  for (const seed of REGRESSION_SEEDS) {
    it(`regression seed ${seed} leaves no label text`, () => checkRun(seed));
  }

  it(`${RUNS} seeded runs leave every copy equal and free of caret labels`, async () => {
    const first = Number(process.env.CARET_SEED) || 1;
    // Every seed is played; the failing ones are named together (add them to REGRESSION_SEEDS).
    const failures: string[] = [];
    for (let seed = first; seed < first + RUNS; seed++) {
      try { await checkRun(seed); } catch (error) { failures.push((error as Error).message.split('\n')[0]); }
    }
    expect(failures).toEqual([]);
  }, 1_800_000);
});
