// SPDX-License-Identifier: EUPL-1.2
/**
 * Binds a plain textarea to a Y.Text. Local typing becomes one minimal change (delete + insert of
 * the changed range, see textDiff.ts) in a transaction with this binding as origin; remote changes
 * rewrite the textarea's value and move the caret and selection through the change, so a person
 * keeps typing where they were while someone else edits the same statement.
 */
import type * as Y from 'yjs';
import { diffText, transformPosition, type TextDeltaOp } from './textDiff.js';

/**
 * Connects a textarea to a Y.Text; returns the function that disconnects them. `alongside` runs in
 * the same transaction as each local change (a statement's editor note, shared/groupDoc.ts).
 */
export function bindTextarea(textarea: HTMLTextAreaElement, text: Y.Text, alongside?: () => void): () => void {
  const origin = { binding: 'textarea' };
  textarea.value = text.toString();

  const onInput = () => {
    const change = diffText(text.toString(), textarea.value, textarea.selectionEnd);
    if (!change || !text.doc) return;
    text.doc.transact(() => {
      if (change.deleteCount > 0) text.delete(change.index, change.deleteCount);
      if (change.insert) text.insert(change.index, change.insert);
      alongside?.();
    }, origin);
  };

  const onRemoteChange = (event: Y.YTextEvent, transaction: Y.Transaction) => {
    if (transaction.origin === origin) return;
    const value = text.toString();
    if (textarea.value === value) return;
    const focused = textarea.ownerDocument.activeElement === textarea;
    const { selectionStart, selectionEnd, selectionDirection } = textarea;
    const delta = event.delta as TextDeltaOp[];
    const start = transformPosition(selectionStart, delta);
    const end = selectionEnd === selectionStart ? start : transformPosition(selectionEnd, delta);
    textarea.value = value;
    if (focused) textarea.setSelectionRange(start, end, selectionDirection ?? 'none');
  };

  textarea.addEventListener('input', onInput);
  text.observe(onRemoteChange);
  return () => {
    textarea.removeEventListener('input', onInput);
    text.unobserve(onRemoteChange);
  };
}
