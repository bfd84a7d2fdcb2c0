// SPDX-License-Identifier: EUPL-1.2
/**
 * The Tiptap extension list of every rich-text field (horizon, vision). The editor adds
 * Collaboration and CollaborationCaret on top; the server uses this list to read documents
 * (`getSchema(editorExtensions)` + `yXmlFragmentToProseMirrorRootNode`).
 */
import StarterKit from '@tiptap/starter-kit';
import type { AnyExtension } from '@tiptap/core';
import { PassageAttribute } from './passageAttribute.js';

/**
 * Extensions shared by editor and server; StarterKit's own undo is off (Yjs undoes), and so are
 * its drop cursor (a line where dragged text would land) and gap cursor (a caret in the gap
 * between two lists or quotes): plugins only, so the schema is the same without them
 * (tests/build/clientStandIns.test.ts), and the group room's phone loads less code
 * (scripts/clientStandIns.mjs).
 */
export const editorExtensions: AnyExtension[] = [
  StarterKit.configure({
    undoRedo: false,
    dropcursor: false,
    gapcursor: false,
    heading: { levels: [2, 3] },
    codeBlock: false,
    code: false,
    horizontalRule: false,
    link: false,
  }),
  PassageAttribute,
];
