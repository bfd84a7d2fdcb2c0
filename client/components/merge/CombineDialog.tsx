// SPDX-License-Identifier: EUPL-1.2
/**
 * "Combineer tot één zin": the facilitator writes the shared sentence. The field starts with the
 * chosen sentences side by side; what is written becomes one passage, and every chosen item stays
 * in its provenance (the list of sources is shown under the field).
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { TextareaField } from '../fields/TextareaField.js';
import { MergeDialog } from './MergeDialog.js';

/** Props of the combine dialog. */
export interface CombineDialogProps {
  open: boolean;
  /** The chosen texts, in the order chosen. */
  texts: string[];
  /** The text the field starts with. */
  initial: string;
  onSubmit: (text: string) => void;
  onClose: () => void;
}

/** The dialog in which a combined sentence is written. */
export function CombineDialog({ open, texts, initial, onSubmit, onClose }: CombineDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(initial);
  const [empty, setEmpty] = useState(false);
  useEffect(() => { if (open) { setText(initial); setEmpty(false); } }, [open, initial]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) { setEmpty(true); document.getElementById(`${id}-zin`)?.focus(); return; }
    onSubmit(text.trim());
  };
  return (
    <MergeDialog open={open} titleId={`${id}-titel`} describedBy={`${id}-tekst`} onClose={onClose}>
      <form className="form-grid" onSubmit={submit} noValidate>
        <Heading level={2} id={`${id}-titel`}>{t('mergeDialogs.combineTitle')}</Heading>
        <Paragraph id={`${id}-tekst`}>{t('mergeDialogs.combineText', { count: texts.length })}</Paragraph>
        <TextareaField
          id={`${id}-zin`}
          label={t('mergeDialogs.combineLabel')}
          value={text}
          rows={5}
          autoFocus
          onValueChange={(v) => { setText(v); if (empty && v.trim()) setEmpty(false); }}
          error={empty ? t('mergeDialogs.combineEmpty') : null}
        />
        <div>
          <Paragraph appearance="small"><strong>{t('mergeDialogs.combineSources', { count: texts.length })}</strong></Paragraph>
          <ul className="merge-dialog__quotes">{texts.map((s, i) => <li key={`${i}-${s}`}>{s}</li>)}</ul>
        </div>
        <div className="button-row">
          <Button type="submit" appearance="primary-action-button">{t('mergeDialogs.combineSubmit')}</Button>
          <Button type="button" appearance="subtle-button" onClick={onClose}>{t('app.cancel')}</Button>
        </div>
      </form>
    </MergeDialog>
  );
}
