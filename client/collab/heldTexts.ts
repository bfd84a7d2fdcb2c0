// SPDX-License-Identifier: EUPL-1.2
/**
 * Texts a person typed that were not sent because they are no longer allowed (pendingCarry.ts),
 * kept on this page per document until the person dismisses them, so the screen can show them
 * where they were typed (a small store for useSyncExternalStore).
 */
import { useCallback, useSyncExternalStore } from 'react';
import type { HeldText } from './pendingCarry.js';

const held = new Map<string, HeldText[]>();
const listeners = new Set<() => void>();
const NONE: HeldText[] = [];

function changed(): void {
  for (const listener of [...listeners]) listener();
}

/** Keeps texts held back from a document (a newer text of the same statement replaces the older one). */
export function holdTexts(docName: string, texts: readonly HeldText[]): void {
  if (texts.length === 0) return;
  const kept = (held.get(docName) ?? NONE).filter((h) => !texts.some((t) => t.statementId === h.statementId));
  held.set(docName, [...kept, ...texts]);
  changed();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The texts held back from a document, and a way to let one go (the person copied or no longer needs it). */
export function useHeldTexts(docName: string): { texts: HeldText[]; dismiss: (text: HeldText) => void } {
  const texts = useSyncExternalStore(subscribe, () => held.get(docName) ?? NONE);
  const dismiss = useCallback((text: HeldText) => {
    const rest = (held.get(docName) ?? NONE).filter((h) => h !== text);
    if (rest.length > 0) held.set(docName, rest);
    else held.delete(docName);
    changed();
  }, [docName]);
  return { texts, dismiss };
}
