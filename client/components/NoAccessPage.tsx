// SPDX-License-Identifier: EUPL-1.2
/** Shown when a session opens a screen that is not theirs, with a link to their own screen. */
import { useTranslation } from 'react-i18next';
import { Paragraph } from '@utrecht/component-library-react';
import type { MeAnswer } from '../../shared/api.js';
import { homePathFor } from '../routes/routePaths.js';
import { MessagePage } from './MessagePage.js';
import { AppLink } from './AppLink.js';
import { useDocumentTitle } from './useDocumentTitle.js';

/** Props of the no-access screen. */
export interface NoAccessPageProps { me: MeAnswer; title?: string; body?: string }

/** The "no access" screen. */
export function NoAccessPage({ me, title, body }: NoAccessPageProps) {
  const { t } = useTranslation();
  const heading = title ?? t('noAccess.title');
  useDocumentTitle(heading);
  return (
    <MessagePage title={heading} showLogout>
      <Paragraph>{body ?? t('noAccess.body')}</Paragraph>
      <Paragraph><AppLink href={homePathFor(me)}>{t('noAccess.toOwn')}</AppLink></Paragraph>
    </MessagePage>
  );
}
