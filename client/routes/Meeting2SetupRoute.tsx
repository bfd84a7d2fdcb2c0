// SPDX-License-Identifier: EUPL-1.2
/**
 * `/w/<id>/regie/bijeenkomst2`: preparing meeting 2 (facilitator): the date and where the griffier
 * and the gemeentesecretaris go; once created, the role groups (move people by drag or with the
 * choice on their card), merging a group that would be empty, warnings (no vision version 2 yet,
 * an empty group), and the cases. Anyone else sees the "only for the facilitator" page.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import type { MeAnswer } from '../../shared/api.js';
import { FacilitatorGate } from '../components/FacilitatorGate.js';
import { PageLayout } from '../components/PageLayout.js';
import { AppLink } from '../components/AppLink.js';
import { useDocumentTitle } from '../components/useDocumentTitle.js';
import { MeetingPagesNav } from '../components/meeting/MeetingPagesNav.js';
import { useWorkshopGemeente } from '../components/meeting/useWorkshopGemeente.js';
import { Meeting2Form } from '../components/meeting2/Meeting2Form.js';
import { RoleGroupBoard } from '../components/meeting2/RoleGroupBoard.js';
import { RoleGroupMerge } from '../components/meeting2/RoleGroupMerge.js';
import { CaseEditor } from '../components/meeting2/CaseEditor.js';
import { useMeeting2Store } from '../stores/meeting2Store.js';
import { useWorkshopStore } from '../stores/workshopStore.js';
import { apiErrorText } from '../i18n/apiErrorText.js';
import { cockpitPath } from './routePaths.js';

/** The meeting-2 set-up screen. */
export function Meeting2SetupRoute({ workshopId }: { workshopId: string }) {
  return <FacilitatorGate workshopId={workshopId}>{(me) => <Meeting2SetupScreen me={me} workshopId={workshopId} />}</FacilitatorGate>;
}

function Meeting2SetupScreen({ me, workshopId }: { me: MeAnswer; workshopId: string }) {
  const { t } = useTranslation();
  const gemeente = useWorkshopGemeente(me, workshopId);
  useDocumentTitle(`${t('m2.setup.title')} – ${gemeente}`);
  const { setup, error, load } = useMeeting2Store();
  const workshop = useWorkshopStore((s) => (s.workshop?.id === workshopId ? s.workshop : null));
  const loadWorkshop = useWorkshopStore((s) => s.load);
  useEffect(() => { void load(workshopId); void loadWorkshop(workshopId); }, [load, loadWorkshop, workshopId]);
  const shown = useMeeting2Store((s) => (s.workshopId === workshopId ? setup : null));
  // A moved or merged group changes who is where: keep the participant list (names, attendance) in step.
  const membersKey = shown?.groups.map((g) => g.memberIds.join(',')).join('|');
  useEffect(() => { if (membersKey !== undefined) void loadWorkshop(workshopId); }, [membersKey, loadWorkshop, workshopId]);

  const heading = (
    <>
      <p className="page-header__pre">{gemeente}</p>
      <Heading level={1}>{t('m2.setup.title')}</Heading>
    </>
  );
  const warnings = shown?.warnings ?? [];
  return (
    <PageLayout heading={heading} nav={<MeetingPagesNav workshopId={workshopId} current="meeting2" />} showLogout wide>
      {!shown && error ? (
        <Alert type="error" role="alert">
          <Paragraph>{apiErrorText(t, error)}</Paragraph>
          <Button appearance="secondary-action-button" onClick={() => void load(workshopId)}>{t('app.retry')}</Button>
        </Alert>
      ) : null}
      {!shown && !error ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {shown ? (
        <div className="facilitator m2-setup">
          {warnings.length ? (
            <Alert type="warning" className="m2-warnings">
              <Heading level={2}>{t('m2.setup.warnings')}</Heading>
              <ul>
                {warnings.map((w) => (
                  <li key={w}>{t(`m2.setup.${w}`, { groups: shown.emptyGroups.map((g) => t(`m2.roleGroup.${g}`)).join(', ') })}</li>
                ))}
              </ul>
            </Alert>
          ) : null}
          <Meeting2Form key={String(shown.created)} workshopId={workshopId} setup={shown} />
          {shown.created ? (
            <>
              <Paragraph><AppLink href={cockpitPath(workshopId)}>{t('m2.setup.toCockpit')}</AppLink></Paragraph>
              <RoleGroupBoard workshopId={workshopId} setup={shown} participants={workshop?.participants ?? []} />
              <RoleGroupMerge workshopId={workshopId} setup={shown} />
            </>
          ) : <Paragraph>{t('m2.setup.notCreated')}</Paragraph>}
          <CaseEditor workshopId={workshopId} cases={shown.cases} />
        </div>
      ) : null}
    </PageLayout>
  );
}
