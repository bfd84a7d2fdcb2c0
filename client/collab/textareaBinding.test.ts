// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { bindTextarea } from './textareaBinding.js';

/** The part of a textarea the binding uses: value, selection, input listeners, focus. */
class TextareaStandIn {
  value = '';
  selectionStart = 0;
  selectionEnd = 0;
  selectionDirection: 'forward' | 'backward' | 'none' = 'none';
  readonly ownerDocument = { activeElement: this as unknown };
  private listeners: (() => void)[] = [];
  addEventListener(_: 'input', fn: () => void) { this.listeners.push(fn); }
  removeEventListener(_: 'input', fn: () => void) { this.listeners = this.listeners.filter((l) => l !== fn); }
  setSelectionRange(start: number, end: number) { this.selectionStart = start; this.selectionEnd = end; }
  /** Types text at the caret, as a person would. */
  type(text: string) {
    const at = this.selectionStart;
    this.value = this.value.slice(0, at) + text + this.value.slice(this.selectionEnd);
    this.setSelectionRange(at + text.length, at + text.length);
    this.listeners.forEach((l) => l());
  }
}

function twoConnectedDocs() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on('update', (u: Uint8Array, origin: unknown) => { if (origin !== 'sync') Y.applyUpdate(b, u, 'sync'); });
  b.on('update', (u: Uint8Array, origin: unknown) => { if (origin !== 'sync') Y.applyUpdate(a, u, 'sync'); });
  return { a, b };
}

describe('bindTextarea', () => {
  it('shows the current text and sends typing as a minimal change', () => {
    const { a, b } = twoConnectedDocs();
    a.getText('t').insert(0, 'open staan');
    const area = new TextareaStandIn();
    bindTextarea(area as unknown as HTMLTextAreaElement, a.getText('t'));
    expect(area.value).toBe('open staan');
    area.setSelectionRange(4, 4);
    area.type(' blijven');
    expect(b.getText('t').toString()).toBe('open blijven staan');
  });

  it('keeps the caret where the person was typing when someone else edits before it', () => {
    const { a, b } = twoConnectedDocs();
    a.getText('t').insert(0, 'loslaten');
    const area = new TextareaStandIn();
    bindTextarea(area as unknown as HTMLTextAreaElement, a.getText('t'));
    area.setSelectionRange(3, 3); // los|laten
    b.getText('t').insert(0, 'Wij ');
    expect(area.value).toBe('Wij loslaten');
    expect(area.selectionStart).toBe(7); // Wij los|laten
    area.type('X');
    expect(b.getText('t').toString()).toBe('Wij losXlaten');
  });

  it('keeps the caret in place when someone else edits after it', () => {
    const { a, b } = twoConnectedDocs();
    a.getText('t').insert(0, 'cultuur');
    const area = new TextareaStandIn();
    bindTextarea(area as unknown as HTMLTextAreaElement, a.getText('t'));
    area.setSelectionRange(2, 2);
    b.getText('t').insert(7, 'verandering');
    expect(area.value).toBe('cultuurverandering');
    expect(area.selectionStart).toBe(2);
  });

  it('stops following the text after unbinding', () => {
    const { a, b } = twoConnectedDocs();
    const area = new TextareaStandIn();
    const unbind = bindTextarea(area as unknown as HTMLTextAreaElement, a.getText('t'));
    unbind();
    b.getText('t').insert(0, 'later');
    expect(area.value).toBe('');
  });
});
