// SPDX-License-Identifier: EUPL-1.2
/**
 * `/w/<id>/regie/dossier`: "Dossier downloaden" for the facilitator. Choose the parts (each says
 * whether it is still empty: an empty part comes out as "nog niet ingevuld"), the version of the
 * vision and the format, then download; and whether participants may download the published parts.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Fieldset, FieldsetLegend, Heading, Paragraph } from '@utrecht/component-library-react';
import type { MeAnswer } from '../../shared/api.js';
import type { DossierOverview } from '../../shared/apiExport.js';
import { DEFAULT_PARTS, PUBLISHED_PARTS, type DossierPartId } from '../../shared/dossier/dossierParts.js';
import { FacilitatorGate } from '../components/FacilitatorGate.js';
import { PageLayout } from '../components/PageLayout.js';
import { useDocumentTitle } from '../components/useDocumentTitle.js';
import { MeetingPagesNav } from '../components/meeting/MeetingPagesNav.js';
import { useWorkshopGemeente } from '../components/meeting/useWorkshopGemeente.js';
import { CheckboxField } from '../components/fields/CheckboxField.js';
import { SelectField } from '../components/fields/SelectField.js';
import { DossierDownload } from '../components/dossier/DossierDownload.js';
import '../components/dossier/dossier.css';
import { apiErrorText } from '../i18n/apiErrorText.js';
import { loadDossierOverview, saveExportSettings } from '../stores/dossierCommands.js';

/** The dossier screen. */
export function DossierRoute({ workshopId }: { workshopId: string }) {
  return <FacilitatorGate workshopId={workshopId}>{(me) => <DossierScreen me={me} workshopId={workshopId} />}</FacilitatorGate>;
}

type Loaded = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; overview: DossierOverview };

function DossierScreen({ me, workshopId }: { me: MeAnswer; workshopId: string }) {
  const { t } = useTranslation();
  const gemeente = useWorkshopGemeente(me, workshopId);
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useDocumentTitle(`${t('dossier.title')} – ${gemeente}`);
  useEffect(() => {
    let cancelled = false;
    loadDossierOverview(workshopId).then(
      (overview) => { if (!cancelled) setLoaded({ status: 'ready', overview }); },
      (error) => { if (!cancelled) setLoaded({ status: 'error', error }); },
    );
    return () => { cancelled = true; };
  }, [workshopId, attempt]);

  const heading = (
    <>
      {gemeente ? <p className="page-header__pre">{gemeente}</p> : null}
      <Heading level={1}>{t('dossier.title')}</Heading>
    </>
  );
  return (
    <PageLayout heading={heading} nav={<MeetingPagesNav workshopId={workshopId} current="dossier" />} showLogout wide>
      {loaded.status === 'loading' ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {loaded.status === 'error' ? (
        <Alert type="error" role="alert">
          <Paragraph>{t('dossier.loadFailed')} {apiErrorText(t, loaded.error)}</Paragraph>
          <Button appearance="secondary-action-button" onClick={() => { setLoaded({ status: 'loading' }); setAttempt((n) => n + 1); }}>{t('app.retry')}</Button>
        </Alert>
      ) : null}
      {loaded.status === 'ready' ? <DossierForm workshopId={workshopId} overview={loaded.overview} /> : null}
    </PageLayout>
  );
}

function DossierForm({ workshopId, overview }: { workshopId: string; overview: DossierOverview }) {
  const { t } = useTranslation();
  const [parts, setParts] = useState<DossierPartId[]>([...DEFAULT_PARTS]);
  const latest = overview.versions.at(-1)?.number;
  const [version, setVersion] = useState(latest ? String(latest) : '');
  const toggle = (id: DossierPartId, on: boolean) => setParts((now) => (on ? [...now, id] : now.filter((p) => p !== id)));
  return (
    <div className="dossier">
      <Paragraph>{t('dossier.intro')}</Paragraph>
      <section aria-labelledby="dossier-delen">
        <Fieldset>
          <FieldsetLegend><Heading level={2} id="dossier-delen">{t('dossier.parts.title')}</Heading></FieldsetLegend>
          <Paragraph appearance="small">{t('dossier.parts.hint')}</Paragraph>
          {overview.parts.map((p) => (
            <CheckboxField
              key={p.id}
              id={`deel-${p.id}`}
              label={t(`dossier.parts.name.${p.id}`)}
              description={p.empty ? t('dossier.parts.empty') : t('dossier.parts.filled')}
              checked={parts.includes(p.id)}
              onCheckedChange={(on) => toggle(p.id, on)}
            />
          ))}
        </Fieldset>
      </section>
      <section aria-labelledby="dossier-maken">
        <Heading level={2} id="dossier-maken">{t('dossier.make.title')}</Heading>
        {overview.versions.length ? (
          <SelectField
            id="dossier-versie"
            label={t('dossier.make.version')}
            value={version}
            onValueChange={setVersion}
            choices={overview.versions.map((v) => ({ value: String(v.number), label: t('dossier.make.versionChoice', { number: v.number, label: v.label }) }))}
          />
        ) : <Paragraph>{t('dossier.make.noVersion')}</Paragraph>}
        <DossierDownload workshopId={workshopId} idPrefix="dossier" parts={parts} version={version ? Number(version) : undefined} nothingChosen={parts.length === 0} />
      </section>
      <ParticipantsSetting workshopId={workshopId} initial={overview.participantsMayDownload} />
    </div>
  );
}

function ParticipantsSetting({ workshopId, initial }: { workshopId: string; initial: boolean }) {
  const { t } = useTranslation();
  const [allowed, setAllowed] = useState(initial);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const change = async (on: boolean) => {
    setAllowed(on);
    try {
      await saveExportSettings(workshopId, on);
      setMessage({ ok: true, text: on ? t('dossier.publish.on') : t('dossier.publish.off') });
    } catch (error) {
      setAllowed(!on);
      setMessage({ ok: false, text: `${t('dossier.publish.failed')} ${apiErrorText(t, error)}` });
    }
  };
  return (
    <section aria-labelledby="dossier-deelnemers">
      <Heading level={2} id="dossier-deelnemers">{t('dossier.publish.title')}</Heading>
      <CheckboxField
        id="dossier-publiceren"
        label={t('dossier.publish.label')}
        description={t('dossier.publish.hint', { parts: PUBLISHED_PARTS.map((p) => t(`dossier.parts.name.${p}`)).join(', ') })}
        checked={allowed}
        onCheckedChange={(on) => void change(on)}
      />
      <div role="status">{message?.ok ? <Paragraph>{message.text}</Paragraph> : null}</div>
      {message && !message.ok ? <Alert type="error" role="alert"><Paragraph>{message.text}</Paragraph></Alert> : null}
    </section>
  );
}
