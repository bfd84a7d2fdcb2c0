// SPDX-License-Identifier: EUPL-1.2
/**
 * How other people's carets and selections look in the horizon editor: a coloured line with a
 * name label (readable text colour), hidden from assistive technology because the presence list
 * says the same in words. Where the workshop hides names the label is the person's role. Colours are distinct within the document (client/collab/presence.ts
 * roomColors), so two people never share a caret colour.
 *
 * The name is never DOM text: it sits in a `data-name` attribute and CSS draws it
 * (`.collab-caret__label::after { content: attr(data-name) }`). When the browser edits the page
 * itself (an IME, a phone keyboard, spell-check: no key event for ProseMirror to take), Chromium
 * merges two paragraphs by copying the second one as new DOM nodes. The copy of a caret widget has
 * lost its ProseMirror view description, so ProseMirror parses it like any other span: a label
 * with text would become document text ("…partner ziet.Frank van Dijk", issue 10). An empty
 * span parses to nothing.
 */
import i18n from 'i18next';
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

/** The name shown on a caret label: the role where the workshop hides names, '' when there is neither. */
function caretName(user: Record<string, unknown>): string {
  if (typeof user.name === 'string' && user.name !== '') return user.name;
  return typeof user.role === 'string' ? i18n.t(`role.${user.role}`) : '';
}

/** Builds the caret element of one person: no text nodes, the name drawn from `data-name` by CSS. */
function renderCaret(user: Record<string, unknown>): HTMLElement {
  const color = caretColor(user.color);
  const caret = document.createElement('span');
  caret.className = 'collab-caret';
  caret.setAttribute('aria-hidden', 'true');
  caret.contentEditable = 'false';
  caret.style.borderColor = color;
  const label = document.createElement('span');
  label.className = 'collab-caret__label';
  label.dataset.name = caretName(user);
  label.style.backgroundColor = color;
  label.style.color = readableTextOn(color);
  caret.append(label);
  return caret;
}

/** Decoration attributes of one person's selection (a light tint of their colour). */
function renderSelection(user: Record<string, unknown>): DecorationAttrs {
  return { class: 'collab-selection', style: `background-color: ${caretColor(user.color)}33` };
}
