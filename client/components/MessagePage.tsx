// SPDX-License-Identifier: EUPL-1.2
/** A simple screen with one message: a title (the h1), text, and actions (not found, no session, waiting). */
import type { ReactNode } from 'react';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { PageLayout } from './PageLayout.js';

/** Props of a message screen. */
export interface MessagePageProps { title: string; children?: ReactNode; showLogout?: boolean }

/** A message screen. */
export function MessagePage({ title, children, showLogout }: MessagePageProps) {
  return (
    <PageLayout heading={<Heading level={1}>{title}</Heading>} showLogout={showLogout}>
      <div className="content-narrow">{typeof children === 'string' ? <Paragraph>{children}</Paragraph> : children}</div>
    </PageLayout>
  );
}
