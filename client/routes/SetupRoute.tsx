// SPDX-License-Identifier: EUPL-1.2
/** `/regie`: the set-up session's screen: the list of workshops and a form to create one. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Heading, Link, Paragraph } from '@utrecht/component-library-react';
import type { MeAnswer, WorkshopDetail } from '../../shared/api.js';
import { SessionGate } from '../components/SessionGate.js';
import { PageLayout } from '../components/PageLayout.js';
import { NoAccessPage } from '../components/NoAccessPage.js';
import { AppLink } from '../components/AppLink.js';
import { useDocumentTitle } from '../components/useDocumentTitle.js';
import { WorkshopCreateForm } from '../components/facilitator/WorkshopCreateForm.js';
import { useSetupStore } from '../stores/setupStore.js';
import { apiErrorText } from '../i18n/apiErrorText.js';
import { facilitatorPath } from './routePaths.js';

/** The set-up screen. */
export function SetupRoute() {
  return <SessionGate>{(me) => (me.kind === 'setup' ? <SetupScreen /> : <NoAccessPage me={me as MeAnswer} />)}</SessionGate>;
}

function SetupScreen() {
  const { t, i18n } = useTranslation();
  const { workshops, created, status, error, load } = useSetupStore();
  const [latest, setLatest] = useState<WorkshopDetail | null>(null);
  useDocumentTitle(t('setup.title'));
  useEffect(() => { void load(); }, [load]);
  const linkFor = (id: string) => created.find((w) => w.id === id)?.facilitatorLink ?? null;
  const formatDate = (iso?: string) => (iso ? new Date(`${iso}T12:00:00`).toLocaleDateString(i18n.language, { day: 'numeric', month: 'long', year: 'numeric' }) : null);

  return (
    <PageLayout heading={<Heading level={1}>{t('setup.title')}</Heading>} showLogout wide>
      <Paragraph appearance="lead">{t('setup.intro')}</Paragraph>
      {latest ? (
        <Alert type="ok">
          <Paragraph><strong>{t('setup.created', { gemeente: latest.gemeente })}</strong></Paragraph>
          <Paragraph>
            <AppLink href={facilitatorPath(latest.id)}>{t('setup.manageLabel', { gemeente: latest.gemeente })}</AppLink>
            {' · '}
            <Link href={latest.facilitatorLink}>{t('setup.openAsFacilitator')}</Link>
          </Paragraph>
        </Alert>
      ) : null}
      <div className="facilitator__forms">
        <section className="facilitator-section" aria-labelledby="lijst-titel">
          <Heading level={2} id="lijst-titel">{t('setup.listTitle')}</Heading>
          {status === 'error' ? <Alert type="error"><Paragraph>{apiErrorText(t, error)}</Paragraph></Alert> : null}
          {status === 'ready' && workshops.length === 0 ? <Paragraph>{t('setup.empty')}</Paragraph> : null}
          <ul className="workshop-list">
            {workshops.map((w) => {
              const dates = [formatDate(w.dates.meeting1), formatDate(w.dates.meeting2)].filter(Boolean).join(' · ');
              const join = linkFor(w.id);
              return (
                <li key={w.id} className="workshop-list__item">
                  <Heading level={3} className="workshop-list__name">{w.gemeente}</Heading>
                  <Paragraph className="workshop-list__meta">
                    {w.title}{dates ? ` · ${dates}` : ''} · {t('setup.participants', { count: w.participantCount })}
                  </Paragraph>
                  <Paragraph>
                    <AppLink href={facilitatorPath(w.id)}>{t('setup.manage')}<span className="visually-hidden"> {w.gemeente}</span></AppLink>
                    {join ? <>{' · '}<Link href={join}>{t('setup.openAsFacilitator')}</Link></> : null}
                  </Paragraph>
                </li>
              );
            })}
          </ul>
        </section>
        <WorkshopCreateForm onCreated={setLatest} />
      </div>
    </PageLayout>
  );
}
