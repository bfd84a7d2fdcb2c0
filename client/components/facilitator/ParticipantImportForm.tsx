// SPDX-License-Identifier: EUPL-1.2
/**
 * "Lijst plakken": CSV text (`naam,rol,email`, `;` allowed) sent to the import route; shows which
 * people were added and each line that was not, with its number and the reason.
 */
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import type { ImportAnswer } from '../../../shared/api.js';
import { useWorkshopStore } from '../../stores/workshopStore.js';
import { announce } from '../../stores/announcerStore.js';
import { apiErrorText } from '../../i18n/apiErrorText.js';
import { TextareaField } from '../fields/TextareaField.js';

/** The CSV import form. */
export function ParticipantImportForm() {
  const { t } = useTranslation();
  const importCsv = useWorkshopStore((s) => s.importCsv);
  const [csv, setCsv] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [result, setResult] = useState<ImportAnswer | null>(null);
  const [busy, setBusy] = useState(false);
  const resultRef = useRef<HTMLDivElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setResult(null);
    if (!csv.trim()) { setFieldError(t('facilitator.importEmpty')); document.getElementById('deelnemerslijst')?.focus(); return; }
    setFieldError(null);
    setBusy(true);
    try {
      const answer = await importCsv(csv);
      setResult(answer);
      if (answer.errors.length === 0) setCsv('');
      announce(`${t('facilitator.imported', { count: answer.added.length })}${answer.errors.length ? ` ${t('facilitator.importErrorsTitle')}: ${answer.errors.length}.` : ''}`);
      requestAnimationFrame(() => resultRef.current?.focus());
    } catch (error) {
      setFieldError(apiErrorText(t, error));
      document.getElementById('deelnemerslijst')?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="facilitator-section" aria-labelledby="importeren-titel" id="importeren">
      <Heading level={2} id="importeren-titel">{t('facilitator.importTitle')}</Heading>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <TextareaField
          id="deelnemerslijst"
          label={t('facilitator.importLabel')}
          description={t('facilitator.importHint')}
          value={csv}
          onValueChange={setCsv}
          error={fieldError}
          rows={6}
          spellCheck={false}
          placeholder={'naam,rol,email\nAnna de Vries,raadslid,anna@gemeente.nl'}
        />
        <div className="button-row">
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>{t('facilitator.importSubmit')}</Button>
        </div>
      </form>
      {result ? (
        <div className="import-result" ref={resultRef} tabIndex={-1}>
          <Alert type={result.errors.length ? 'warning' : 'ok'}>
            <Paragraph><strong>{t('facilitator.imported', { count: result.added.length })}</strong></Paragraph>
            {result.added.length ? (
              <>
                <Paragraph>{t('facilitator.importedNames')}:</Paragraph>
                <ul className="import-result__list">{result.added.map((p) => <li key={p.id}>{p.name} – {t(`role.${p.role}`)}</li>)}</ul>
              </>
            ) : null}
            {result.errors.length ? (
              <>
                <Heading level={3}>{t('facilitator.importErrorsTitle')}</Heading>
                <ul className="import-result__list import-result__list--errors">
                  {result.errors.map((e) => <li key={e.line}>{t('facilitator.importErrorLine', { line: e.line, reason: e.reason })}</li>)}
                </ul>
              </>
            ) : null}
          </Alert>
        </div>
      ) : null}
    </section>
  );
}
