// SPDX-License-Identifier: EUPL-1.2
/**
 * The facilitator's form for one agreement, new or existing: the text, the owning groups, the
 * review moments (dates from today), the status, and where it came from (a new one may start
 * filled in, from a statement of the matrix: `initial`). The server checks it
 * again; its refusals (no text, no owner, a moment in the past, an unknown source) are shown at
 * the field they concern.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import { dutchToday } from '../../../shared/agreementReview.js';
import { AGREEMENT_STATUSES, type Agreement, type AgreementStatus } from '../../../shared/agreementsDoc.js';
import { MAX_AGREEMENT_CHARS, type AgreementSourceBody } from '../../../shared/apiAgreements.js';
import { ROLE_GROUPS, type RoleGroup } from '../../../shared/docNames.js';
import { ApiError } from '../../api/http.js';
import { createAgreement, updateAgreement } from '../../stores/agreementCommands.js';
import { announce } from '../../stores/announcerStore.js';
import { apiErrorText } from '../../i18n/apiErrorText.js';
import { CheckboxField } from '../fields/CheckboxField.js';
import { SelectField } from '../fields/SelectField.js';
import { TextField } from '../fields/TextField.js';
import { TextareaField } from '../fields/TextareaField.js';
import { dayText } from './agreementText.js';
import { SourcePicker } from './SourcePicker.js';

/** Props of the agreement form. */
export interface AgreementFormProps {
  workshopId: string;
  /** The agreement to edit; a new one when absent. */
  agreement?: Agreement;
  /** Called after a successful save. */
  onDone?: () => void;
  /** A new agreement's starting text, owners and sources ("Maak hier een afspraak van" in the matrix). */
  initial?: { text: string; owners: RoleGroup[]; sources: AgreementSourceBody[] };
}

type Field = 'text' | 'owners' | 'moments' | 'sources';
const FIELD_OF_ERROR: Record<string, Field> = {
  'agreement-text-missing': 'text', 'agreement-owner-missing': 'owners', 'review-moment-past': 'moments', 'agreement-source-unknown': 'sources',
};

/** A stored source as the form sends it again (without its quote). */
const asPick = (s: Agreement['sources'][number]): AgreementSourceBody =>
  (s.kind === 'ambition' ? { kind: 'ambition', roleGroup: s.roleGroup, statementId: s.statementId } : { kind: 'expectation', from: s.from, to: s.to, statementId: s.statementId });

/** The form. */
export function AgreementForm({ workshopId, agreement, onDone, initial }: AgreementFormProps) {
  const { t, i18n } = useTranslation();
  const baseId = useId();
  const [text, setText] = useState(agreement?.text ?? initial?.text ?? '');
  const [owners, setOwners] = useState<RoleGroup[]>(agreement?.owners ?? initial?.owners ?? []);
  const [moments, setMoments] = useState<string[]>(agreement?.reviewMoments ?? []);
  const [date, setDate] = useState('');
  const [status, setStatus] = useState<AgreementStatus>(agreement?.status ?? 'concept');
  const [sources, setSources] = useState<AgreementSourceBody[] | null>(agreement ? null : initial?.sources ?? null);
  const [error, setError] = useState<{ field: Field | null; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const fieldError = (field: Field) => (error?.field === field ? error.text : null);

  const addMoment = () => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return;
    if (date < dutchToday(Date.now())) { setError({ field: 'moments', text: t('apiError.review-moment-past') }); return; }
    setMoments((m) => [...new Set([...m, date])].sort());
    setDate('');
    setError(null);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const pending = /^\d{4}-\d{2}-\d{2}$/.test(date) ? [date] : [];
      // Sources are sent only when the facilitator changed them (a stored source whose statement is gone stays as it was).
      const body = { text, owners, reviewMoments: [...new Set([...moments, ...pending])].sort(), status, ...(sources ? { sources } : {}) };
      const saved = agreement ? await updateAgreement(workshopId, agreement.id, body) : await createAgreement(workshopId, body);
      announce(agreement ? t('agreements.form.savedEdit', { number: saved.number }) : t('agreements.form.added', { number: saved.number }));
      setDate('');
      if (!agreement) { setText(''); setOwners([]); setMoments([]); setStatus('concept'); setSources(null); }
      onDone?.();
    } catch (err) {
      const id = err instanceof ApiError ? err.id : '';
      setError({ field: FIELD_OF_ERROR[id] ?? null, text: apiErrorText(t, err) });
    } finally {
      setBusy(false);
    }
  };

  const title = agreement ? t('agreements.form.editTitle', { number: agreement.number }) : t('agreements.form.newTitle');
  return (
    <form className="agreement-form" onSubmit={(e) => void submit(e)} aria-label={title}>
      <TextareaField
        id={`${baseId}-tekst`} label={t('agreements.form.text')} description={t('agreements.form.textHint')}
        value={text} onValueChange={setText} maxLength={MAX_AGREEMENT_CHARS} rows={3} error={fieldError('text')}
      />
      <Fieldset className="agreement-form__owners" invalid={Boolean(fieldError('owners'))}>
        <FieldsetLegend>{t('agreements.ownersLabel')}</FieldsetLegend>
        {fieldError('owners') ? <p className="agreement-form__error" role="alert">{fieldError('owners')}</p> : null}
        {ROLE_GROUPS.map((g) => (
          <CheckboxField
            key={g} id={`${baseId}-eigenaar-${g}`} label={t(`agreements.ownerGroup.${g}`)} checked={owners.includes(g)}
            onCheckedChange={(on) => setOwners((o) => (on ? [...o, g] : o.filter((x) => x !== g)))}
          />
        ))}
      </Fieldset>
      <Fieldset className="agreement-form__moments">
        <FieldsetLegend>{t('agreements.form.moments')}</FieldsetLegend>
        <Paragraph appearance="small">{t('agreements.form.momentsHint')}</Paragraph>
        {moments.length === 0 ? <Paragraph appearance="small">{t('agreements.form.noMoments')}</Paragraph> : (
          <ul className="agreement-form__moment-list">
            {moments.map((d) => (
              <li key={d}>
                {dayText(d, i18n.language)}{' '}
                <Button appearance="subtle-button" onClick={() => setMoments((m) => m.filter((x) => x !== d))}>
                  <span aria-hidden="true">✕</span><span className="visually-hidden">{t('agreements.form.removeMoment', { date: dayText(d, i18n.language) })}</span>
                </Button>
              </li>
            ))}
          </ul>
        )}
        <div className="agreement-form__moment-add">
          <TextField
            id={`${baseId}-datum`} type="date" label={t('agreements.form.momentDate')} value={date} onValueChange={setDate}
            min={dutchToday(Date.now())} error={fieldError('moments')}
            onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); addMoment(); } }}
          />
          <Button appearance="secondary-action-button" onClick={addMoment}>{t('agreements.form.addMoment')}</Button>
        </div>
      </Fieldset>
      <SourcePicker
        workshopId={workshopId} idPrefix={baseId} picked={sources ?? agreement?.sources.map(asPick) ?? []}
        onPickedChange={setSources} error={fieldError('sources')}
      />
      <SelectField
        id={`${baseId}-status`} label={t('agreements.statusLabel')} value={status}
        choices={AGREEMENT_STATUSES.map((s) => ({ value: s, label: t(`agreements.status.${s}`) }))}
        onValueChange={(v) => setStatus(v as AgreementStatus)}
      />
      {error && error.field === null ? <Alert type="error"><Paragraph>{error.text}</Paragraph></Alert> : null}
      <Button type="submit" appearance="primary-action-button" disabled={busy}>
        {agreement ? t('agreements.form.submitEdit') : t('agreements.form.submitNew')}
      </Button>
    </form>
  );
}
