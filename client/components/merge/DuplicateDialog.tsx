// SPDX-License-Identifier: EUPL-1.2
/**
 * Asked when the facilitator takes something into the vision that is in it already: it says so,
 * and offers "Ga naar de passage" (the caret goes to where it is), "Toch nog een keer opnemen" and
 * "Annuleren". Nothing is added without that choice.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { MergeDialog } from './MergeDialog.js';

/** Props of the duplicate question. */
export interface DuplicateDialogProps {
  open: boolean;
  /** The texts already in the vision. */
  texts: string[];
  /** Whether the passage holding it can be shown. */
  canGoTo: boolean;
  onGoTo: () => void;
  onAddAgain: () => void;
  onClose: () => void;
}

/** The "already in the vision" question. */
export function DuplicateDialog({ open, texts, canGoTo, onGoTo, onAddAgain, onClose }: DuplicateDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <MergeDialog open={open} titleId={`${id}-titel`} describedBy={`${id}-tekst`} onClose={onClose}>
      <Heading level={2} id={`${id}-titel`}>{t('mergeDialogs.duplicateTitle')}</Heading>
      <Paragraph id={`${id}-tekst`}>{t('mergeDialogs.duplicateText', { count: texts.length })}</Paragraph>
      <ul className="merge-dialog__quotes">{texts.map((text) => <li key={text}>{text}</li>)}</ul>
      <div className="button-row">
        {canGoTo ? <Button appearance="primary-action-button" onClick={onGoTo}>{t('mergeDialogs.goTo')}</Button> : null}
        <Button appearance="secondary-action-button" onClick={onAddAgain}>{t('mergeDialogs.addAgain')}</Button>
        <Button appearance="subtle-button" onClick={onClose}>{t('app.cancel')}</Button>
      </div>
    </MergeDialog>
  );
}
