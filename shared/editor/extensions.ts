// SPDX-License-Identifier: EUPL-1.2
/**
 * The Tiptap extension list of every rich-text field (horizon, vision). The editor adds
 * Collaboration and CollaborationCaret on top; the server uses this list to read documents
 * (`getSchema(editorExtensions)` + `yXmlFragmentToProseMirrorRootNode`).
 */
import StarterKit from '@tiptap/starter-kit';
import type { AnyExtension } from '@tiptap/core';
import { PassageAttribute } from './passageAttribute.js';

/** Extensions shared by editor and server; StarterKit's own undo is off (Yjs undoes). */
export const editorExtensions: AnyExtension[] = [
  StarterKit.configure({
    undoRedo: false,
    heading: { levels: [2, 3] },
    codeBlock: false,
    code: false,
    horizontalRule: false,
    link: false,
  }),
  PassageAttribute,
];
