// SPDX-License-Identifier: EUPL-1.2
/**
 * Freezing "versie 2 (na consultatie)" from the processing view. With comments still unanswered it
 * warns and asks first; afterwards it links to the comparison of the two versions.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { ConfirmAction } from '../ConfirmAction.js';
import { AppLink } from '../AppLink.js';
import { consultationAdminCommands } from '../../stores/consultationCommands.js';
import { announce } from '../../stores/announcerStore.js';
import { apiErrorText } from '../../i18n/apiErrorText.js';
import { versionDiffPath } from '../../routes/consultationPaths.js';
import { mergePath } from '../../routes/routePaths.js';

/** Props of the freeze panel. */
export interface FreezeVersionPanelProps {
  workshopId: string;
  consultedVersion: number;
  newVersion: number | null;
  unanswered: number;
  onFrozen: () => void;
}

/** The freeze panel. */
export function FreezeVersionPanel({ workshopId, consultedVersion, newVersion, unanswered, onFrozen }: FreezeVersionPanelProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [frozen, setFrozen] = useState<number | null>(newVersion);
  const label = t('consultation.freeze.label');
  const freeze = async () => {
    setError(null);
    try {
      const answer = await consultationAdminCommands.freeze(workshopId, { label, confirmUnanswered: unanswered > 0 });
      setFrozen(answer.version.number);
      announce(t('consultation.freeze.done', { number: answer.version.number }));
      onFrozen();
    } catch (err) { setError(apiErrorText(t, err)); }
  };
  const shown = frozen ?? newVersion;
  return (
    <section className="freeze-panel" aria-labelledby="versie-2">
      <Heading level={2} id="versie-2">{t('consultation.freeze.title')}</Heading>
      <Paragraph>{t('consultation.freeze.intro')}</Paragraph>
      <Paragraph><AppLink href={mergePath(workshopId)}>{t('consultation.freeze.toEdit')}</AppLink></Paragraph>
      {unanswered > 0 ? <Alert type="warning"><Paragraph>{t('consultation.freeze.warning', { count: unanswered })}</Paragraph></Alert> : null}
      {error ? <Alert type="error"><Paragraph>{error}</Paragraph></Alert> : null}
      <div className="button-row">
        {unanswered > 0 ? (
          <ConfirmAction label={t('consultation.freeze.button')} question={t('consultation.freeze.question', { count: unanswered })} confirmLabel={t('consultation.freeze.confirm')} onConfirm={freeze} />
        ) : <Button appearance="primary-action-button" onClick={() => void freeze()}>{t('consultation.freeze.button')}</Button>}
      </div>
      {shown ? (
        <Paragraph role="status">
          {t('consultation.freeze.frozen', { number: shown })}{' '}
          <AppLink href={versionDiffPath(workshopId, consultedVersion, shown)}>{t('consultation.freeze.compare', { from: consultedVersion, to: shown })}</AppLink>
        </Paragraph>
      ) : null}
    </section>
  );
}
