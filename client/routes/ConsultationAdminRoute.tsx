// SPDX-License-Identifier: EUPL-1.2
/**
 * `/w/<id>/regie/consultatie`: the facilitator opens the consultation here and, once it is open,
 * follows it on the dashboard (which refreshes as comments arrive in the consultation document).
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import type { ConsultationDashboard, ConsultationOpenAnswer } from '../../shared/apiConsultation.js';
import { editorSchema } from '../../shared/editor/schema.js';
import { passageTexts } from '../../shared/consultationPassages.js';
import { FacilitatorGate } from '../components/FacilitatorGate.js';
import { PageLayout } from '../components/PageLayout.js';
import { useDocumentTitle } from '../components/useDocumentTitle.js';
import { OpenConsultationForm } from '../components/consultation/OpenConsultationForm.js';
import { ConsultationDashboardView } from '../components/consultation/ConsultationDashboardView.js';
import { ConsultationPagesNav } from '../components/consultation/ConsultationPagesNav.js';
import { ApiError } from '../api/http.js';
import { useLiveConsultation } from '../collab/consultationHooks.js';
import { consultationAdminCommands } from '../stores/consultationCommands.js';
import { loadVersion } from '../stores/versionStore.js';
import { apiErrorText } from '../i18n/apiErrorText.js';
import '../components/consultation/consultation.css';

/** The consultation page of the facilitator. */
export function ConsultationAdminRoute({ workshopId }: { workshopId: string }) {
  return <FacilitatorGate workshopId={workshopId}>{() => <ConsultationAdminScreen workshopId={workshopId} />}</FacilitatorGate>;
}

type State = { status: 'loading' } | { status: 'none' } | { status: 'error'; error: unknown } | { status: 'ready'; dashboard: ConsultationDashboard };

function ConsultationAdminScreen({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ status: 'loading' });
  const [opened, setOpened] = useState<ConsultationOpenAnswer | null>(null);
  const [texts, setTexts] = useState<Map<string, string>>(new Map());
  useDocumentTitle(t('consultation.dashboard.title'));

  const reload = useCallback(() => consultationAdminCommands.dashboard(workshopId).then(
    (dashboard) => setState({ status: 'ready', dashboard }),
    (error) => setState(error instanceof ApiError && error.id === 'consultation-not-found' ? { status: 'none' } : { status: 'error', error }),
  ), [workshopId]);
  useEffect(() => { void reload(); }, [reload]);

  const live = useLiveConsultation(state.status === 'ready' ? workshopId : null);
  const liveKey = useMemo(() => JSON.stringify(live.comments.map((c) => [c.id, c.status, c.editedAt])) + JSON.stringify(live.meta), [live]);
  useEffect(() => { if (live.meta) void reload(); }, [liveKey, live.meta, reload]);

  const version = state.status === 'ready' ? state.dashboard.meta.version : null;
  useEffect(() => {
    if (version === null) return;
    loadVersion(workshopId, version).then((v) => {
      try { setTexts(new Map(passageTexts(editorSchema.nodeFromJSON(v.content as Record<string, unknown>)).map((p) => [p.passageId, p.text]))); } catch { /* unreadable: ids only */ }
    }, () => undefined);
  }, [workshopId, version]);

  return (
    <PageLayout heading={<Heading level={1}>{t('consultation.dashboard.title')}</Heading>} nav={<ConsultationPagesNav workshopId={workshopId} current="dashboard" />} showLogout wide>
      {state.status === 'loading' ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {state.status === 'error' ? <Alert type="error"><Paragraph>{apiErrorText(t, state.error)}</Paragraph></Alert> : null}
      {state.status === 'none' ? <OpenConsultationForm workshopId={workshopId} onOpened={(answer) => { setOpened(answer); void reload(); }} /> : null}
      {opened && opened.errors.length ? (
        <Alert type="warning">
          <Paragraph>{t('consultation.open.csvErrors')}</Paragraph>
          <ul>{opened.errors.map((e) => <li key={e.line}>{t('facilitator.importErrorLine', { line: e.line, reason: e.reason })}</li>)}</ul>
        </Alert>
      ) : null}
      {state.status === 'ready' ? (
        <ConsultationDashboardView
          workshopId={workshopId}
          dashboard={state.dashboard}
          passageText={(id) => texts.get(id) ?? ''}
          onChanged={(dashboard) => setState({ status: 'ready', dashboard })}
          onReload={() => void reload()}
        />
      ) : null}
    </PageLayout>
  );
}
