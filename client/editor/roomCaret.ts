// SPDX-License-Identifier: EUPL-1.2
/**
 * Tiptap's CollaborationCaret, told which presence state is this page's own. y-tiptap skips the
 * caret whose presence id equals the document's client id; Stip's presence has an id of its own
 * (client/collab/RoomProvider.ts, so that presence cannot be tied to who wrote what), so the own
 * caret is left out by the presence id instead. Everything else is the stock extension.
 */
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { yCursorPlugin, yCursorPluginKey } from '@tiptap/y-tiptap';
import type { Awareness } from 'y-protocols/awareness';

/** CollaborationCaret for a provider whose presence id is not the document's client id. */
export const RoomCaret = CollaborationCaret.extend({
  addProseMirrorPlugins() {
    const stock = this.parent?.() ?? [];
    const awareness = (this.options.provider as { awareness: Awareness }).awareness;
    const render = this.options.render as (user: Record<string, unknown>) => HTMLElement;
    const selectionRender = this.options.selectionRender as (user: Record<string, unknown>) => Record<string, string>;
    const carets = yCursorPlugin(awareness, {
      awarenessStateFilter: (_docClientId: number, presenceId: number) => presenceId !== awareness.clientID,
      cursorBuilder: (user: Record<string, unknown>) => render(user),
      selectionBuilder: (user: Record<string, unknown>) => selectionRender(user),
    });
    // Keep the stock presence listener, replace the stock carets.
    return [...stock.filter((plugin) => plugin.spec.key !== yCursorPluginKey), carets];
  },
});
