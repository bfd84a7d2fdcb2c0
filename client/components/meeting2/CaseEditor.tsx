// SPDX-License-Identifier: EUPL-1.2
/**
 * The cases of meeting 2 (facilitator): the list in order, each with "Wijzigen" and "Verwijderen"
 * (asking first), and a form to add one (title required, short text optional).
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import type { Meeting2Case } from '../../../shared/apiMeeting2.js';
import { useMeeting2Store } from '../../stores/meeting2Store.js';
import { announce } from '../../stores/announcerStore.js';
import { apiErrorText } from '../../i18n/apiErrorText.js';
import { ConfirmAction } from '../ConfirmAction.js';
import { TextField } from '../fields/TextField.js';
import { TextareaField } from '../fields/TextareaField.js';

/** A title and text form, for adding or changing a case. */
function CaseForm({ initial, submitLabel, onSubmit, onCancel }: {
  initial: { title: string; text: string };
  submitLabel: string;
  onSubmit: (body: { title: string; text: string }) => Promise<void>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(initial.title);
  const [text, setText] = useState(initial.text);
  const [titleError, setTitleError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) { setTitleError(t('m2.cases.titleRequired')); return; }
    setTitleError(null);
    setError(null);
    try {
      await onSubmit({ title: title.trim(), text: text.trim() });
      if (!onCancel) { setTitle(''); setText(''); }
    } catch (e) {
      setError(apiErrorText(t, e));
    }
  };
  return (
    <form className="m2-case-form" onSubmit={submit} noValidate>
      <TextField label={t('m2.cases.caseTitle')} value={title} onValueChange={setTitle} error={titleError} maxLength={120} required />
      <TextareaField label={t('m2.cases.caseText')} value={text} onValueChange={setText} maxLength={1200} rows={3} />
      {error ? <Alert type="error" role="alert"><Paragraph>{error}</Paragraph></Alert> : null}
      <div className="m2-case-form__actions">
        <Button type="submit" appearance="primary-action-button">{submitLabel}</Button>
        {onCancel ? <Button appearance="secondary-action-button" onClick={onCancel}>{t('m2.cases.cancel')}</Button> : null}
      </div>
    </form>
  );
}

function CaseItem({ workshopId, item, number }: { workshopId: string; item: Meeting2Case; number: number }) {
  const { t } = useTranslation();
  const { updateCase, removeCase } = useMeeting2Store();
  const [editing, setEditing] = useState(false);
  if (editing) {
    return (
      <li className="m2-case">
        <CaseForm
          initial={item}
          submitLabel={t('m2.cases.saveEdit')}
          onSubmit={async (body) => { await updateCase(workshopId, item.id, body); setEditing(false); }}
          onCancel={() => setEditing(false)}
        />
      </li>
    );
  }
  return (
    <li className="m2-case">
      <Heading level={3} className="m2-case__title">{number}. {item.title}</Heading>
      {item.text ? <Paragraph>{item.text}</Paragraph> : null}
      <div className="m2-case__actions">
        <Button appearance="secondary-action-button" onClick={() => setEditing(true)}>
          {t('m2.cases.edit')}<span className="visually-hidden">: {item.title}</span>
        </Button>
        <ConfirmAction
          label={t('m2.cases.remove')}
          accessibleLabel={`${t('m2.cases.remove')}: ${item.title}`}
          question={t('m2.cases.confirmRemove')}
          confirmLabel={t('m2.cases.confirmRemoveYes')}
          onConfirm={async () => { await removeCase(workshopId, item.id); announce(t('m2.cases.removed')); }}
        />
      </div>
    </li>
  );
}

/** The case editor. */
export function CaseEditor({ workshopId, cases }: { workshopId: string; cases: Meeting2Case[] }) {
  const { t } = useTranslation();
  const addCase = useMeeting2Store((s) => s.addCase);
  return (
    <section className="facilitator-section" aria-labelledby="m2-casussen-titel" id="m2-casussen">
      <Heading level={2} id="m2-casussen-titel">{t('m2.cases.title')}</Heading>
      <Paragraph>{t('m2.cases.intro')}</Paragraph>
      {cases.length === 0 ? <Paragraph>{t('m2.cases.none')}</Paragraph> : (
        <ol className="m2-cases">{cases.map((c, i) => <CaseItem key={c.id} workshopId={workshopId} item={c} number={i + 1} />)}</ol>
      )}
      <CaseForm
        initial={{ title: '', text: '' }}
        submitLabel={t('m2.cases.add')}
        onSubmit={async (body) => { await addCase(workshopId, body); announce(t('m2.cases.added')); }}
      />
    </section>
  );
}
