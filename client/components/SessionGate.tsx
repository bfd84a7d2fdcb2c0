// SPDX-License-Identifier: EUPL-1.2
/**
 * Loads the session (GET /api/me) before a protected screen: shows "Even laden…", the
 * "not signed in" explanation, or a retry when the server could not be reached. Once a screen has
 * been shown, it keeps its last known session, so a screen can explain an ended session itself.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Paragraph } from '@utrecht/component-library-react';
import type { MeAnswer } from '../../shared/api.js';
import { useSessionStore } from '../stores/sessionStore.js';
import { MessagePage } from './MessagePage.js';
import { AppLink } from './AppLink.js';

/** Props of the session gate. */
export interface SessionGateProps { children: (me: MeAnswer) => ReactNode }

/** Renders its children with the session, once it is known. */
export function SessionGate({ children }: SessionGateProps) {
  const { t } = useTranslation();
  const status = useSessionStore((s) => s.status);
  const me = useSessionStore((s) => s.me);
  const load = useSessionStore((s) => s.load);
  const lastMe = useRef<MeAnswer | null>(null);
  if (me) lastMe.current = me;

  useEffect(() => { load().catch(() => undefined); }, [load]);

  const shown = me ?? lastMe.current;
  if (shown) return <>{children(shown)}</>;
  if (status === 'none') {
    return (
      <MessagePage title={t('noSession.title')}>
        <Paragraph>{t('noSession.body')}</Paragraph>
        <Paragraph><AppLink href="/">{t('app.toHome')}</AppLink></Paragraph>
      </MessagePage>
    );
  }
  if (status === 'error') {
    return (
      <MessagePage title={t('apiError.network')}>
        <Button appearance="primary-action-button" onClick={() => void load(true).catch(() => undefined)}>{t('app.retry')}</Button>
      </MessagePage>
    );
  }
  return <MessagePage title={t('app.loading')} />;
}
