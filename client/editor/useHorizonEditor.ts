// SPDX-License-Identifier: EUPL-1.2
/**
 * The Tiptap editor of a group's stip op de horizon (collaborativeEditor.ts wires it as in Tiptap's demos):
 * the shared extension list, Collaboration on the `horizon` field of the room's Y.Doc,
 * CollaborationCaret on the room's provider, no default content, content check on. The editor
 * element gets its accessible name through `editorProps.attributes`.
 */
import { useEffect } from 'react';
import { useEditor, type Editor } from '@tiptap/react';
import { GROUP_FIELDS } from '../../shared/groupDoc.js';
import type { AwarenessUser } from '../../shared/awareness.js';
import type { DocRoom } from '../collab/DocRoom.js';
import { editorAttributes, useCollaborativeOptions, useEditableWhile } from './collaborativeEditor.js';

/** Options of the horizon editor. */
export interface HorizonEditorOptions {
  label: string;
  user: AwarenessUser;
  /** False while the person may not write, and until the room's first sync (HorizonEditor). */
  editable: boolean;
}

const attributesFor = (label: string) => editorAttributes(label, 'horizon-editor__content');

/** Creates the editor for a room (recreated when the room changes); `contentError` is set when the stored content does not fit the schema. */
export function useHorizonEditor(room: DocRoom, options: HorizonEditorOptions): { editor: Editor | null; contentError: boolean } {
  const collaborative = useCollaborativeOptions(room, GROUP_FIELDS.horizon, options.user, options.editable);
  const editor = useEditor({ ...collaborative.options, editorProps: { attributes: attributesFor(options.label) } }, [room]);

  useEffect(() => {
    if (editor && !editor.isDestroyed) editor.setOptions({ editorProps: { attributes: attributesFor(options.label) } });
  }, [editor, options.label]);
  useEditableWhile(editor, options.editable && !collaborative.contentError);

  return { editor, contentError: collaborative.contentError };
}
