// SPDX-License-Identifier: EUPL-1.2
/** Any path the app does not know. */
import { useTranslation } from 'react-i18next';
import { Paragraph } from '@utrecht/component-library-react';
import { MessagePage } from '../components/MessagePage.js';
import { AppLink } from '../components/AppLink.js';
import { useDocumentTitle } from '../components/useDocumentTitle.js';

/** The "page does not exist" screen. */
export function NotFoundRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return (
    <MessagePage title={t('notFound.title')}>
      <Paragraph>{t('notFound.body')}</Paragraph>
      <Paragraph><AppLink href="/">{t('app.toHome')}</AppLink></Paragraph>
    </MessagePage>
  );
}
