// SPDX-License-Identifier: EUPL-1.2
/** Reads rich-text fields of a Y.Doc as ProseMirror nodes, with the shared schema. */
import { getSchema } from '@tiptap/core';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { editorExtensions } from './extensions.js';

/** The ProseMirror schema of every rich-text field. */
export const editorSchema = getSchema(editorExtensions);

/** A rich-text fragment as a ProseMirror document node. */
export function fragmentToNode(fragment: Y.XmlFragment) {
  return yXmlFragmentToProseMirrorRootNode(fragment, editorSchema);
}
