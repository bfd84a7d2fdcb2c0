// SPDX-License-Identifier: EUPL-1.2
/**
 * "Alle gegevens downloaden": fetches the export (every piece of personal data of the workshop)
 * and saves it as `stip-<gemeente>-<date>.json`. Says in plain words what is in it and that it
 * must be kept safe; afterwards names the file, or says what went wrong and what to do.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { loadWorkshopExport } from '../../stores/privacyCommands.js';
import { apiErrorText } from '../../i18n/apiErrorText.js';
import { downloadJson, exportFileName } from './exportFile.js';

/** Props of the download section. */
export interface ExportSectionProps {
  workshopId: string;
  gemeente: string;
  /** Called after a download (the server logged it; the log can show that). */
  onDownloaded?: () => void;
}

type DownloadState = { status: 'idle' } | { status: 'busy' } | { status: 'done'; file: string } | { status: 'error'; error: unknown };

/** The download section. */
export function ExportSection({ workshopId, gemeente, onDownloaded }: ExportSectionProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<DownloadState>({ status: 'idle' });
  const busy = state.status === 'busy';

  const download = async () => {
    if (busy) return;
    setState({ status: 'busy' });
    try {
      const data = await loadWorkshopExport(workshopId);
      const file = exportFileName(gemeente || data.workshop.gemeente, new Date());
      downloadJson(file, data);
      setState({ status: 'done', file });
      onDownloaded?.();
    } catch (error) {
      setState({ status: 'error', error });
    }
  };

  return (
    <section className="facilitator-section privacy-section" aria-labelledby="downloaden-titel" id="downloaden">
      <Heading level={2} id="downloaden-titel">{t('privacy.download.title')}</Heading>
      <Paragraph>{t('privacy.download.intro')}</Paragraph>
      <Paragraph><strong>{t('privacy.download.careful')}</strong></Paragraph>
      <div className="button-row">
        <Button appearance="primary-action-button" busy={busy} aria-disabled={busy || undefined} onClick={() => void download()}>
          {busy ? t('privacy.download.busy') : t('privacy.download.button')}
        </Button>
      </div>
      <div role="status">
        {state.status === 'done' ? <Paragraph>{t('privacy.download.done', { file: state.file })}</Paragraph> : null}
      </div>
      {state.status === 'error' ? (
        <Alert type="error" role="alert">
          <Paragraph>{t('privacy.download.failed')} {apiErrorText(t, state.error)}</Paragraph>
        </Alert>
      ) : null}
    </section>
  );
}
