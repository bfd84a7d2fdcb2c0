// SPDX-License-Identifier: EUPL-1.2
/**
 * The always-visible connection state of the group room: a polite status region named
 * "Verbinding" whose text is exactly one of the status phrases, with a shape besides the colour
 * so the state does not depend on colour alone. A screen that only watches (`watching`: cockpit, plenary
 * screen) does not promise that changes are kept while offline.
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
export function ConnectionStatus({ state, watching = false }: { state: ConnectionState; watching?: boolean }) {
  const { t } = useTranslation();
  const key = statusKeyOf(state);
  return (
    <div className={`connection-status connection-status--${key}`}>
      <span className="connection-status__icon" aria-hidden="true">{ICON[key]}</span>
      <span role="status" aria-live="polite" aria-label={t('status.label')} id="connection-status" className="connection-status__text">
        {watching && key === 'offline' ? t('status.offlineWatching') : t(`status.${key}`)}
      </span>
    </div>
  );
}
