// SPDX-License-Identifier: EUPL-1.2
/**
 * "Versies": freeze the vision as a numbered version with a label ("Vastleggen als versie 1 (na
 * bijeenkomst 1)") and the list of frozen versions, each opening read-only at /w/<id>/versie/<n>.
 * The label proposed is the phase of the next number (shared/versionPhase.ts): after version 1 it
 * is "na consultatie", and so on. A label the facilitator typed is kept until it is used. The list
 * names each version by its phase (versionLabel.ts), never by a stale stored phase name.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { apiErrorText } from '../../i18n/apiErrorText.js';
import { announce } from '../../stores/announcerStore.js';
import { useVersionStore } from '../../stores/versionStore.js';
import { versionPath } from '../../routes/routePaths.js';
import { AppLink } from '../AppLink.js';
import { TextField } from '../fields/TextField.js';
import { versionPhase } from '../../../shared/versionPhase.js';
import { versionLabel } from './versionLabel.js';

/** The versions panel. */
export function VersionsPanel({ workshopId }: { workshopId: string }) {
  const { t, i18n } = useTranslation();
  const versions = useVersionStore((s) => (s.workshopId === workshopId ? s.versions : null));
  const listError = useVersionStore((s) => (s.workshopId === workshopId ? s.error : null));
  const load = useVersionStore((s) => s.load);
  const freeze = useVersionStore((s) => s.freeze);
  /** What the facilitator typed; null: not touched, so the next phase's name is proposed. */
  const [typed, setTyped] = useState<string | null>(null);
  const [labelError, setLabelError] = useState(false);
  const [freezeError, setFreezeError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const error = freezeError ?? (listError ? apiErrorText(t, listError) : null);

  useEffect(() => { void load(workshopId); }, [load, workshopId]);

  const next = (versions ?? []).reduce((n, v) => Math.max(n, v.number), 0) + 1;
  const phaseLabel = t(`merge.versions.phase.${versionPhase(next)}`);
  const label = typed ?? phaseLabel;
  const shownLabel = label.trim() || phaseLabel;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!label.trim()) { setLabelError(true); document.getElementById('versie-naam')?.focus(); return; }
    setLabelError(false);
    setBusy(true);
    setFreezeError(null);
    try {
      const created = await freeze(workshopId, label.trim());
      setTyped(null);
      announce(t('merge.versions.created', { number: created.number }));
    } catch (e) {
      setFreezeError(apiErrorText(t, e));
    } finally {
      setBusy(false);
    }
  };
  const when = (iso: string) => new Date(iso).toLocaleString(i18n.language, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });

  return (
    <section className="versions-panel" aria-labelledby="versies-titel">
      <Heading level={3} id="versies-titel">{t('merge.versions.title')}</Heading>
      <form className="form-grid" onSubmit={(e) => void submit(e)} noValidate>
        <TextField
          id="versie-naam"
          label={t('merge.versions.label')}
          value={label}
          maxLength={120}
          onValueChange={(v) => { setTyped(v); if (labelError && v.trim()) setLabelError(false); }}
          error={labelError ? t('merge.versions.labelRequired') : null}
        />
        <div className="button-row">
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy || (versions === null && error === null)}>
            {t('merge.versions.create', { number: next, label: shownLabel })}
          </Button>
        </div>
      </form>
      {error ? <Alert type="error"><Paragraph>{error}</Paragraph></Alert> : null}
      {versions && versions.length === 0 ? <Paragraph>{t('merge.versions.none')}</Paragraph> : null}
      {versions && versions.length > 0 ? (
        <ul className="versions-list">
          {versions.map((v) => (
            <li key={v.number}>
              <AppLink href={versionPath(workshopId, v.number)}>{t('merge.versions.item', { number: v.number, label: versionLabel(t, v) })}</AppLink>
              <span className="versions-list__when"> · {t('merge.versions.createdAt', { date: when(v.createdAt) })}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
