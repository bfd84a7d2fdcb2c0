// SPDX-License-Identifier: EUPL-1.2
/** The visible, politely announced "Tekst wordt geladen…" above an editor that waits for its first sync. */
import { useTranslation } from 'react-i18next';

/** Props of the sync status. */
export interface EditorSyncStatusProps {
  /** The editor waits for its first sync (false once synced, and when the room stopped: its notice explains). */
  waiting: boolean;
}

/**
 * A polite live region that is always in the page (empty, and taking no space, when not waiting)
 * and says "Tekst wordt geladen…" while the editor is read-only waiting for the server's text.
 */
export function EditorSyncStatus({ waiting }: EditorSyncStatusProps) {
  const { t } = useTranslation();
  return (
    <p className="editor-sync-status" role="status" aria-live="polite">
      {waiting ? t('room.textSyncing') : ''}
    </p>
  );
}
