/**
 * The Tiptap editor of a group's stip op de horizon, wired as in Tiptap's collaborative demos:
 * the shared extension list, Collaboration on the `horizon` field of the room's Y.Doc,
 * CollaborationCaret on the room's provider, no default content, content check on. The editor
 * element gets its accessible name through `editorProps.attributes`.
 */
import { useEffect, useState } from 'react';
import { useEditor, type Editor } from '@tiptap/react';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { editorExtensions } from '../../shared/editor/extensions.js';
import { GROUP_FIELDS } from '../../shared/groupDoc.js';
import type { AwarenessUser } from '../../shared/awareness.js';
import type { DocRoom as GroupRoom } from '../collab/DocRoom.js';
import { renderCaret, renderSelection } from './caretRender.js';

/** Options of the horizon editor. */
export interface HorizonEditorOptions {
  label: string;
  user: AwarenessUser;
  /** False while the person may not write, and until the room's first sync (HorizonEditor). */
  editable: boolean;
}

const attributesFor = (label: string) => ({
  'aria-label': label,
  role: 'textbox',
  'aria-multiline': 'true',
  class: 'horizon-editor__content',
});

/** Creates the editor for a room (recreated when the room changes); `contentError` is set when the stored content does not fit the schema. */
export function useHorizonEditor(room: GroupRoom, options: HorizonEditorOptions): { editor: Editor | null; contentError: boolean } {
  const [contentError, setContentError] = useState(false);
  const editor = useEditor({
    extensions: [
      ...editorExtensions,
      Collaboration.configure({ document: room.doc, field: GROUP_FIELDS.horizon }),
      CollaborationCaret.configure({ provider: room.provider, user: options.user, render: renderCaret, selectionRender: renderSelection }),
    ],
    editable: options.editable,
    enableContentCheck: true,
    onContentError: ({ disableCollaboration }) => {
      disableCollaboration();
      setContentError(true);
    },
    editorProps: { attributes: attributesFor(options.label) },
  }, [room]);

  useEffect(() => {
    if (editor && !editor.isDestroyed) editor.setOptions({ editorProps: { attributes: attributesFor(options.label) } });
  }, [editor, options.label]);

  useEffect(() => {
    if (editor && !editor.isDestroyed && editor.isEditable !== (options.editable && !contentError)) {
      editor.setEditable(options.editable && !contentError);
    }
  }, [editor, options.editable, contentError]);

  return { editor, contentError };
}
