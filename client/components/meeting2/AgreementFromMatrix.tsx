// SPDX-License-Identifier: EUPL-1.2
/**
 * "Maak hier een afspraak van" in the cockpit's matrix: the agreement form, filled in with the
 * statement's text, linked to it as its source, and the group that carries it out ticked; the
 * facilitator finishes it (review moment, status) and adds it to the register, or cancels. Focus
 * moves to the form's title when it opens.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { AgreementForm } from '../agreements/AgreementForm.js';
import '../agreements/agreements.css';
import type { AgreementPick } from './ExpectationsMatrix.js';

/** Props of the panel. */
export interface AgreementFromMatrixProps { workshopId: string; pick: AgreementPick; onClose: () => void }

/** The agreement form for one statement of the matrix. */
export function AgreementFromMatrix({ workshopId, pick, onClose }: AgreementFromMatrixProps) {
  const { t } = useTranslation();
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => { title.current?.focus(); }, [pick]);
  return (
    <section className="m2-agreement" aria-labelledby="m2-afspraak-titel">
      <Heading level={3} id="m2-afspraak-titel" ref={title} tabIndex={-1}>{t('m2Agreement.title')}</Heading>
      <Paragraph appearance="small">{t('m2Agreement.intro')}</Paragraph>
      <blockquote className="m2-agreement__quote">{pick.text}</blockquote>
      <AgreementForm
        key={`${pick.source.statementId}`}
        workshopId={workshopId}
        initial={{ text: pick.text, owners: pick.owners, sources: [pick.source] }}
        onDone={onClose}
      />
      <Button appearance="secondary-action-button" className="m2-agreement__cancel" onClick={onClose}>{t('m2Agreement.cancel')}</Button>
    </section>
  );
}
