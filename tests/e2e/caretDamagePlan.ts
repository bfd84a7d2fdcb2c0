// SPDX-License-Identifier: EUPL-1.2
/**
 * The seeded plan of one caret-damage run: where each person's caret is parked, then a random
 * sequence of keys, typing and browser-made edits across paragraph boundaries.
 */
import { mulberry32 } from '../fuzz/prng.js';

/** One step of a run, played by one person (index into the pages). */
export type CaretAction =
  | { person: number; kind: 'park'; paragraph: number }
  | { person: number; kind: 'key'; key: string }
  | { person: number; kind: 'type'; text: string }
  | { person: number; kind: 'native'; command: NativeCommand; via: NativeWay };

/** An edit the browser makes itself (ProseMirror gets no key it handles). */
export type NativeCommand = 'delete' | 'forwardDelete' | 'insertParagraph';
/**
 * How it comes: `command` through document.execCommand (as spell-check or an IME does), or
 * `keyboard` as a phone keyboard sends it: a keydown with keyCode 229 (which ProseMirror leaves
 * alone) carrying the browser's own editing command.
 */
export type NativeWay = 'command' | 'keyboard';

const KEYS = ['Control+Home', 'Control+End', 'Delete', 'Delete', 'Backspace', 'Backspace', 'Enter', 'ArrowDown', 'ArrowUp', 'End', 'Home', 'Shift+ArrowDown', 'Control+Delete', 'Control+Backspace'];
const NATIVE = ['delete', 'forwardDelete', 'insertParagraph'] as const;
const WORDS = ['x', 'Ja', ' en ', 'wij'];

/** The actions of run `seed` for `people` pages: every caret parked, then 6 to 12 steps. */
export function caretRun(seed: number, people: number): CaretAction[] {
  const next = mulberry32(seed);
  // A second stream decides how browser-made edits come, so every older seed plays as it did.
  const way = mulberry32(seed ^ 0x9e3779b9);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const actions: CaretAction[] = [];
  for (let person = 0; person < people; person++) actions.push({ person, kind: 'park', paragraph: pick([-1, 0, 1, 1, 2]) });
  const steps = 6 + Math.floor(next() * 7);
  // One person does most of the editing (as in the report); the others sometimes move or type.
  const writer = Math.floor(next() * people);
  for (let i = 0; i < steps; i++) {
    const person = next() < 0.7 ? writer : Math.floor(next() * people);
    const roll = next();
    if (roll < 0.6) actions.push({ person, kind: 'key', key: pick(KEYS) });
    else if (roll < 0.75) actions.push({ person, kind: 'type', text: pick(WORDS) });
    else if (roll < 0.9) actions.push({ person, kind: 'native', command: pick(NATIVE), via: way() < 0.5 ? 'command' : 'keyboard' });
    else actions.push({ person, kind: 'park', paragraph: pick([-1, 0, 1, 2]) });
  }
  return actions;
}
