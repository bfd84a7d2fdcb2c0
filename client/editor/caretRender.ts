/**
 * How other people's carets and selections look in the horizon editor: a coloured line with a
 * name label (readable text colour), hidden from assistive technology because the presence list
 * says the same in words. Colours are distinct within the document (client/collab/presence.ts
 * roomColors), so two people never share a caret colour.
 */
import type { DecorationAttrs } from '@tiptap/pm/view';
import type { Awareness } from 'y-protocols/awareness';
import { caretColor, readableTextOn } from './caretColors.js';
import { presenceKey, roomColors } from '../collab/presence.js';

/** The caret and selection builders of one document: each person in the room's distinct colour. */
export function caretRenderersFor(awareness: Awareness) {
  const inRoom = (user: Record<string, unknown>) => ({ ...user, color: roomColors(awareness.getStates()).get(presenceKey(user)) ?? user.color });
  return {
    render: (user: Record<string, unknown>) => renderCaret(inRoom(user)),
    selectionRender: (user: Record<string, unknown>) => renderSelection(inRoom(user)),
  };
}

/** Builds the caret element of one person. */
function renderCaret(user: Record<string, unknown>): HTMLElement {
  const color = caretColor(user.color);
  const caret = document.createElement('span');
  caret.className = 'collab-caret';
  caret.setAttribute('aria-hidden', 'true');
  caret.style.borderColor = color;
  const label = document.createElement('span');
  label.className = 'collab-caret__label';
  label.style.backgroundColor = color;
  label.style.color = readableTextOn(color);
  label.textContent = typeof user.name === 'string' ? user.name : '';
  caret.append(label);
  return caret;
}

/** Decoration attributes of one person's selection (a light tint of their colour). */
function renderSelection(user: Record<string, unknown>): DecorationAttrs {
  return { class: 'collab-selection', style: `background-color: ${caretColor(user.color)}33` };
}
