/** The visible, politely announced "Tekst wordt geladen…" above an editor that waits for its first sync. */
import { useTranslation } from 'react-i18next';

/** Props of the sync status. */
export interface EditorSyncStatusProps { synced: boolean }

/**
 * A polite live region that is always in the page (empty, and taking no space, once synced) and
 * says "Tekst wordt geladen…" while the editor is read-only waiting for the server's text.
 */
export function EditorSyncStatus({ synced }: EditorSyncStatusProps) {
  const { t } = useTranslation();
  return (
    <p className="editor-sync-status" role="status" aria-live="polite">
      {synced ? '' : t('room.textSyncing')}
    </p>
  );
}
