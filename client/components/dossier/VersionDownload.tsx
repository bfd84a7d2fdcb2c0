// SPDX-License-Identifier: EUPL-1.2
/**
 * "Deze versie downloaden" on a frozen version's page: the vision of that version as Word, PDF or
 * Markdown. The facilitator always sees it; a participant only when the facilitator allows
 * downloads of the published parts (otherwise the server would answer 403, so nothing is shown).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { loadExportSettings } from '../../stores/dossierCommands.js';
import { DossierDownload } from './DossierDownload.js';
import './dossier.css';

/** The download section of a version page. */
export function VersionDownload({ workshopId, number, manager }: { workshopId: string; number: number; manager: boolean }) {
  const { t } = useTranslation();
  const [allowed, setAllowed] = useState(manager);
  useEffect(() => {
    if (manager) return;
    let cancelled = false;
    loadExportSettings(workshopId).then((s) => { if (!cancelled) setAllowed(s.participantsMayDownload); }, () => undefined);
    return () => { cancelled = true; };
  }, [workshopId, manager]);
  if (!allowed) return null;
  return (
    <section className="facilitator-section" aria-labelledby="versie-downloaden">
      <Heading level={2} id="versie-downloaden">{t('dossier.version.title')}</Heading>
      <Paragraph>{t('dossier.version.intro')}</Paragraph>
      <DossierDownload workshopId={workshopId} idPrefix="versie" parts={['vision']} version={number} />
    </section>
  );
}
