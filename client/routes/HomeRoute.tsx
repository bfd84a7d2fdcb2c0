// SPDX-License-Identifier: EUPL-1.2
/**
 * `/`: without a session, a calm explanation ("Open de link uit je uitnodiging"); with
 * `?fout=<link failure>`, what went wrong with the link and what to do next; with a session,
 * straight on to the right screen.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { PageLayout } from '../components/PageLayout.js';
import { AppLink } from '../components/AppLink.js';
import { useDocumentTitle } from '../components/useDocumentTitle.js';
import { useRouteStore } from '../stores/routeStore.js';
import { useSessionStore } from '../stores/sessionStore.js';
import { homePathFor, linkFailureFrom } from './routePaths.js';

/** The start page. */
export function HomeRoute() {
  const { t } = useTranslation();
  const search = useRouteStore((s) => s.search);
  const navigate = useRouteStore((s) => s.navigate);
  const { status, me, load } = useSessionStore();
  const failure = linkFailureFrom(search);
  useDocumentTitle(failure ? t(`linkFailure.${failure}.title`) : t('home.title'));

  useEffect(() => { load().catch(() => undefined); }, [load]);
  useEffect(() => {
    if (!failure && me) navigate(homePathFor(me), { replace: true });
  }, [failure, me, navigate]);

  const title = failure ? t(`linkFailure.${failure}.title`) : t('home.title');
  return (
    <PageLayout heading={<Heading level={1}>{title}</Heading>} showLogout={status === 'ready'}>
      <div className="content-narrow">
        {failure ? (
          <Alert type="error">
            <Paragraph>{t(`linkFailure.${failure}.body`)}</Paragraph>
            <Paragraph><strong>{t(`linkFailure.${failure}.next`)}</strong></Paragraph>
          </Alert>
        ) : (
          <>
            <Paragraph appearance="lead"><strong>{t('home.openLink')}</strong></Paragraph>
            <Paragraph>{t('home.explain')}</Paragraph>
            <Paragraph>{t('home.noLink')}</Paragraph>
          </>
        )}
        {failure && me ? (
          <Paragraph>
            {t('home.signedIn')} <AppLink href={homePathFor(me)}>{t('home.continue')}</AppLink>
          </Paragraph>
        ) : null}
        {status === 'error' ? (
          <Alert type="warning">
            <Paragraph>{t('home.sessionCheckFailed')}</Paragraph>
            <Button appearance="secondary-action-button" onClick={() => void load(true).catch(() => undefined)}>{t('app.retry')}</Button>
          </Alert>
        ) : null}
        <Heading level={2}>{t('home.whatTitle')}</Heading>
        <Paragraph>{t('home.what')}</Paragraph>
      </div>
    </PageLayout>
  );
}
