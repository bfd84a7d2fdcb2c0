// SPDX-License-Identifier: EUPL-1.2
/**
 * `/w/<id>/regie/privacy`: privacy and accountability for the facilitator. The audit log
 * ("Logboek"), downloading all data of the workshop, and deleting the workshop for good. After a
 * delete the page says so ("De workshop is verwijderd") and offers the way on: the workshop
 * overview for the set-up session, the start page for a facilitator (whose session ended with it).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import type { MeAnswer } from '../../shared/api.js';
import { FacilitatorGate } from '../components/FacilitatorGate.js';
import { PageLayout } from '../components/PageLayout.js';
import { AppLink } from '../components/AppLink.js';
import { useDocumentTitle } from '../components/useDocumentTitle.js';
import { MeetingPagesNav } from '../components/meeting/MeetingPagesNav.js';
import { AuditLogSection } from '../components/privacy/AuditLogSection.js';
import { ExportSection } from '../components/privacy/ExportSection.js';
import { DeleteWorkshopSection } from '../components/privacy/DeleteWorkshopSection.js';
import '../components/privacy/privacy.css';
import { useWorkshopStore } from '../stores/workshopStore.js';
import { useSessionStore } from '../stores/sessionStore.js';
import { apiErrorText } from '../i18n/apiErrorText.js';
import { facilitatorPath } from './routePaths.js';

/** The privacy and accountability screen. */
export function PrivacyRoute({ workshopId }: { workshopId: string }) {
  return <FacilitatorGate workshopId={workshopId}>{(me) => <PrivacyScreen me={me} workshopId={workshopId} />}</FacilitatorGate>;
}

function PrivacyScreen({ me, workshopId }: { me: MeAnswer; workshopId: string }) {
  const [deletedGemeente, setDeletedGemeente] = useState<string | null>(null);
  if (deletedGemeente !== null) return <DeletedScreen gemeente={deletedGemeente} toSetup={me.kind === 'setup'} />;
  return <PrivacySections me={me} workshopId={workshopId} onDeleted={setDeletedGemeente} />;
}

const CONTENTS = [
  { anchor: 'logboek', key: 'privacy.log.title' },
  { anchor: 'downloaden', key: 'privacy.download.title' },
  { anchor: 'verwijderen', key: 'privacy.delete.title' },
] as const;

function PrivacySections({ me, workshopId, onDeleted }: { me: MeAnswer; workshopId: string; onDeleted: (gemeente: string) => void }) {
  const { t } = useTranslation();
  const { workshop, status, error, load } = useWorkshopStore();
  const [logReload, setLogReload] = useState(0);
  const shown = workshop && workshop.id === workshopId ? workshop : null;
  const gemeente = shown?.gemeente ?? (me.kind === 'participant' ? me.workshop.gemeente : '');
  useDocumentTitle(t('privacy.documentTitle', { gemeente }));
  useEffect(() => { void load(workshopId); }, [load, workshopId]);

  const deleted = () => {
    onDeleted(gemeente);
    // Nothing of the deleted workshop stays in this browser; a facilitator's own session ended with it.
    useWorkshopStore.setState({ workshopId: null, workshop: null, status: 'idle', error: null });
    if (me.kind === 'participant') useSessionStore.getState().clear();
  };

  const heading = (
    <>
      {gemeente ? <p className="page-header__pre">{gemeente}</p> : null}
      <Heading level={1}>{t('privacy.title')}</Heading>
    </>
  );
  return (
    <PageLayout heading={heading} nav={<MeetingPagesNav workshopId={workshopId} current="privacy" />} showLogout wide>
      {!shown && status === 'error' ? (
        <Alert type="error" role="alert">
          <Paragraph>{t('privacy.loadFailed')} {apiErrorText(t, error)}</Paragraph>
          <Button appearance="secondary-action-button" onClick={() => void load(workshopId)}>{t('app.retry')}</Button>
        </Alert>
      ) : null}
      {!shown && status !== 'error' ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {shown ? (
        <div className="privacy">
          <div>
            <Paragraph>{t('privacy.intro')}</Paragraph>
            <Paragraph><AppLink href={facilitatorPath(workshopId)}>{t('privacy.backToFacilitator')}</AppLink></Paragraph>
            <nav className="privacy__contents" aria-label={t('facilitator.pageNav')}>
              <ul className="page-nav__links">
                {CONTENTS.map((c) => <li key={c.anchor}><a className="utrecht-link" href={`#${c.anchor}`}>{t(c.key)}</a></li>)}
              </ul>
            </nav>
          </div>
          <AuditLogSection workshopId={workshopId} gemeente={shown.gemeente} participants={shown.participants} reloadSignal={logReload} />
          <ExportSection workshopId={workshopId} gemeente={shown.gemeente} onDownloaded={() => setLogReload((n) => n + 1)} />
          <DeleteWorkshopSection workshopId={workshopId} gemeente={shown.gemeente} onDeleted={deleted} />
        </div>
      ) : null}
    </PageLayout>
  );
}

/** Shown once the workshop is gone; focus moves to the message so a screen reader reads it. */
function DeletedScreen({ gemeente, toSetup }: { gemeente: string; toSetup: boolean }) {
  const { t } = useTranslation();
  const title = t('privacy.deleted.title');
  useDocumentTitle(title);
  useEffect(() => { document.getElementById('inhoud')?.focus({ preventScroll: true }); }, []);
  return (
    <PageLayout heading={<Heading level={1}>{title}</Heading>} showLogout={toSetup}>
      <div className="content-narrow">
        <Alert type="ok">
          <Paragraph>{t('privacy.deleted.body', { gemeente })}</Paragraph>
        </Alert>
        <Paragraph>
          <AppLink href={toSetup ? '/regie' : '/'}>{toSetup ? t('privacy.deleted.toSetup') : t('privacy.deleted.toHome')}</AppLink>
        </Paragraph>
      </div>
    </PageLayout>
  );
}
