/**
 * The always-visible connection state of the group room: a polite status region named
 * "Verbinding" whose text is exactly one of the status phrases, with a shape besides the colour
 * so the state does not depend on colour alone.
 */
import { useTranslation } from 'react-i18next';
import type { ConnectionState } from '../../collab/connectionState.js';
import { statusKeyOf } from '../../collab/connectionState.js';

const ICON: Record<ReturnType<typeof statusKeyOf>, string> = {
  connecting: '…',
  syncing: '↻',
  connected: '✓',
  reconnecting: '↻',
  offline: '✕',
  stopped: '!',
};

/** The connection status pill. */
export function ConnectionStatus({ state }: { state: ConnectionState }) {
  const { t } = useTranslation();
  const key = statusKeyOf(state);
  return (
    <div className={`connection-status connection-status--${key}`}>
      <span className="connection-status__icon" aria-hidden="true">{ICON[key]}</span>
      <span role="status" aria-live="polite" aria-label={t('status.label')} id="connection-status" className="connection-status__text">
        {t(`status.${key}`)}
      </span>
    </div>
  );
}
