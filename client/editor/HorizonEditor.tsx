// SPDX-License-Identifier: EUPL-1.2
/** The shared rich-text editor of the group's stip op de horizon, with its toolbar; read-only until the group's text has arrived. */
import { useTranslation } from 'react-i18next';
import { EditorSyncStatus } from './EditorSyncStatus.js';
import { useFirstSync } from './useFirstSync.js';
import { EditorContent } from '@tiptap/react';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import type { AwarenessUser } from '../../shared/awareness.js';
import type { DocRoom } from '../collab/DocRoom.js';
import { useHorizonEditor } from './useHorizonEditor.js';
import { EditorToolbar } from './EditorToolbar.js';

/** Props of the horizon editor. */
export interface HorizonEditorProps { room: DocRoom; user: AwarenessUser; readOnly: boolean }

const CONTENT_ID = 'horizon-editor';

/** The horizon editor. */
export function HorizonEditor({ room, user, readOnly }: HorizonEditorProps) {
  const { t } = useTranslation();
  const { synced, waiting } = useFirstSync(room);
  const { editor, contentError } = useHorizonEditor(room, { label: t('room.horizonLabel'), user, editable: !readOnly && synced });
  if (!editor) return <Paragraph>{t('room.horizonLoading')}</Paragraph>;
  return (
    <div className="horizon-editor">
      {contentError ? <Alert type="error"><Paragraph>{t('room.contentError')}</Paragraph></Alert> : null}
      <EditorSyncStatus waiting={waiting} />
      <EditorToolbar editor={editor} disabled={readOnly || contentError || !synced} controls={CONTENT_ID} />
      <EditorContent editor={editor} id={CONTENT_ID} className="horizon-editor__frame" />
    </div>
  );
}
