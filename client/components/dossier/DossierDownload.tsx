// SPDX-License-Identifier: EUPL-1.2
/**
 * Choose a format (Word, PDF, Markdown) and make the dossier: shows progress while the server works
 * (a progress bar and a status line a screen reader announces), then a download link for the file,
 * or says in plain words what went wrong.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Fieldset, FieldsetLegend, FormLabel, Paragraph, RadioButton } from '@utrecht/component-library-react';
import { EXPORT_FORMATS, type DossierPartId, type ExportFormat } from '../../../shared/dossier/dossierParts.js';
import { apiErrorText } from '../../i18n/apiErrorText.js';
import { ExportJobFailed, runExport, type ReadyExport } from '../../stores/dossierCommands.js';

/** Props of the download control. */
export interface DossierDownloadProps {
  workshopId: string;
  /** Prefix of the element ids (two controls on one page stay distinct). */
  idPrefix: string;
  parts?: DossierPartId[];
  version?: number;
  /** Nothing chosen to export (the button then explains instead of starting). */
  nothingChosen?: boolean;
}

type State = { status: 'idle' } | { status: 'busy'; progress: number } | { status: 'ready'; file: ReadyExport } | { status: 'error'; message: string };

/** The format choice, the button, the progress and the download link. */
export function DossierDownload({ workshopId, idPrefix, parts, version, nothingChosen }: DossierDownloadProps) {
  const { t } = useTranslation();
  const [format, setFormat] = useState<ExportFormat>('pdf');
  const [state, setState] = useState<State>({ status: 'idle' });
  const link = useRef<HTMLAnchorElement>(null);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);
  useEffect(() => { if (state.status === 'ready') link.current?.focus(); }, [state.status]);

  const start = async () => {
    if (state.status === 'busy') return;
    if (nothingChosen) { setState({ status: 'error', message: t('dossier.download.nothingChosen') }); return; }
    abort.current = new AbortController();
    setState({ status: 'busy', progress: 0 });
    try {
      const file = await runExport(workshopId, { format, parts, version }, (progress) => setState({ status: 'busy', progress }), abort.current.signal);
      setState({ status: 'ready', file });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      setState({ status: 'error', message: error instanceof ExportJobFailed ? `${t('dossier.download.failed')} ${error.reason}` : `${t('dossier.download.failed')} ${apiErrorText(t, error)}` });
    }
  };

  const busy = state.status === 'busy';
  return (
    <div className="dossier-download">
      <Fieldset>
        <FieldsetLegend>{t('dossier.download.formatLegend')}</FieldsetLegend>
        {EXPORT_FORMATS.map((f) => (
          <div key={f} className="radio-option">
            <RadioButton id={`${idPrefix}-${f}`} name={`${idPrefix}-formaat`} value={f} checked={format === f} onChange={() => { setFormat(f); setState({ status: 'idle' }); }} />
            <FormLabel htmlFor={`${idPrefix}-${f}`} type="radio">{t(`dossier.download.format.${f}`)}</FormLabel>
          </div>
        ))}
      </Fieldset>
      <div className="button-row">
        <Button appearance="primary-action-button" busy={busy} aria-disabled={busy || undefined} onClick={() => void start()}>
          {busy ? t('dossier.download.busy') : t('dossier.download.button', { format: t(`dossier.download.short.${format}`) })}
        </Button>
      </div>
      {busy ? <progress className="dossier-download__progress" max={1} value={state.progress} aria-label={t('dossier.download.progressLabel')} /> : null}
      <div role="status">
        {busy ? <Paragraph>{t('dossier.download.progress', { percent: Math.round(state.progress * 100) })}</Paragraph> : null}
        {state.status === 'ready' ? (
          <Paragraph>
            {t('dossier.download.ready')}{' '}
            <a ref={link} className="utrecht-link" href={state.file.url} download={state.file.fileName}>{t('dossier.download.link', { file: state.file.fileName })}</a>
          </Paragraph>
        ) : null}
      </div>
      {state.status === 'error' ? <Alert type="error" role="alert"><Paragraph>{state.message}</Paragraph></Alert> : null}
    </div>
  );
}
