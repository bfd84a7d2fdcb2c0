// SPDX-License-Identifier: EUPL-1.2
/**
 * `/w/<id>/regie`: the facilitator page (a first plain one): settings, adding and importing
 * participants, the three groups side by side, the facilitator's own links, and the way to
 * privacy and accountability (log, download, delete).
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import type { MeAnswer } from '../../shared/api.js';
import { FacilitatorGate } from '../components/FacilitatorGate.js';
import { PageLayout } from '../components/PageLayout.js';
import { useDocumentTitle } from '../components/useDocumentTitle.js';
import { WorkshopSettingsForm } from '../components/facilitator/WorkshopSettingsForm.js';
import { ParticipantAddForm } from '../components/facilitator/ParticipantAddForm.js';
import { ParticipantImportForm } from '../components/facilitator/ParticipantImportForm.js';
import { GroupBoard } from '../components/facilitator/GroupBoard.js';
import { OwnLinks } from '../components/facilitator/OwnLinks.js';
import { MeetingLinks } from '../components/facilitator/MeetingLinks.js';
import { PrivacySummary } from '../components/privacy/PrivacySummary.js';
import { useWorkshopStore } from '../stores/workshopStore.js';
import { apiErrorText } from '../i18n/apiErrorText.js';

/** The facilitator page. */
export function FacilitatorRoute({ workshopId }: { workshopId: string }) {
  return <FacilitatorGate workshopId={workshopId} noAccess="general">{(me) => <FacilitatorScreen me={me} workshopId={workshopId} />}</FacilitatorGate>;
}


const SECTIONS = [
  { anchor: 'bijeenkomst', key: 'meetingLinks.title' },
  { anchor: 'toevoegen', key: 'facilitator.addTitle' },
  { anchor: 'importeren', key: 'facilitator.importTitle' },
  { anchor: 'groepen', key: 'facilitator.groupsTitle' },
  { anchor: 'instellingen', key: 'facilitator.settingsTitle' },
  { anchor: 'links', key: 'facilitator.ownLinksTitle' },
  { anchor: 'privacy', key: 'privacy.title' },
] as const;

function FacilitatorScreen({ me, workshopId }: { me: MeAnswer; workshopId: string }) {
  const { t } = useTranslation();
  const { workshop, status, error, load } = useWorkshopStore();
  const shown = workshop && workshop.id === workshopId ? workshop : null;
  const gemeente = shown?.gemeente ?? (me.kind === 'participant' ? me.workshop.gemeente : '');
  const title = t('facilitator.title', { gemeente });
  useDocumentTitle(title);
  useEffect(() => { void load(workshopId); }, [load, workshopId]);

  const nav = (
    <nav className="page-nav" aria-label={t('facilitator.pageNav')}>
      <ul className="page-nav__links">
        {SECTIONS.map((s) => <li key={s.anchor}><a className="utrecht-link" href={`#${s.anchor}`}>{t(s.key)}</a></li>)}
      </ul>
    </nav>
  );
  const heading = (
    <>
      {shown ? <p className="page-header__pre">{shown.title}</p> : null}
      <Heading level={1}>{title}</Heading>
    </>
  );
  return (
    <PageLayout heading={heading} nav={nav} showLogout wide>
      {!shown && status === 'error' ? (
        <Alert type="error" role="alert">
          <Paragraph>{t('facilitator.loadFailed')} {apiErrorText(t, error)}</Paragraph>
          <Button appearance="secondary-action-button" onClick={() => void load(workshopId)}>{t('app.retry')}</Button>
        </Alert>
      ) : null}
      {!shown && status !== 'error' ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {shown ? (
        <div className="facilitator">
          <MeetingLinks workshopId={workshopId} />
          <div className="facilitator__forms">
            <ParticipantAddForm />
            <ParticipantImportForm />
          </div>
          <GroupBoard participants={shown.participants} groupNames={shown.groupNames} />
          <div className="facilitator__forms">
            <WorkshopSettingsForm workshop={shown} />
            <OwnLinks workshopId={workshopId} facilitatorLink={shown.facilitatorLink} canOpenRooms={me.kind === 'participant'} />
          </div>
          <PrivacySummary workshopId={workshopId} />
        </div>
      ) : null}
    </PageLayout>
  );
}
