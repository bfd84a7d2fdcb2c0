// SPDX-License-Identifier: EUPL-1.2
/**
 * "Workshop verwijderen": says in plain words what is erased (everything, for good), asks to type
 * the gemeente's name, and only then deletes (DELETE /api/workshops/<id> with `{confirm}`). A wrong
 * name is an error on the field (focus goes there); nothing is sent until the name matches.
 */
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import type { WorkshopDeleteAnswer } from '../../../shared/apiAvg.js';
import { ApiError } from '../../api/http.js';
import { deleteWorkshopForGood } from '../../stores/privacyCommands.js';
import { apiErrorText } from '../../i18n/apiErrorText.js';
import { TextField } from '../fields/TextField.js';
import { serverRejected } from '../fields/formErrors.js';

/** Whether the typed text names the gemeente (the server's rule: case and outer spaces do not matter). */
function confirmsGemeente(typed: string, gemeente: string): boolean {
  return typed.trim().toLocaleLowerCase('nl') === gemeente.trim().toLocaleLowerCase('nl');
}

/** Props of the delete section. */
export interface DeleteWorkshopSectionProps {
  workshopId: string;
  gemeente: string;
  onDeleted: (answer: WorkshopDeleteAnswer) => void;
}

const FIELD_ID = 'verwijderen-bevestiging';

/** The delete section. */
export function DeleteWorkshopSection({ workshopId, gemeente, onDeleted }: DeleteWorkshopSectionProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const focusField = () => formRef.current?.querySelector<HTMLElement>(`#${FIELD_ID}`)?.focus();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setFormError(null);
    if (!confirmsGemeente(typed, gemeente)) {
      setFieldError(t('privacy.delete.confirmMismatch', { gemeente }));
      focusField();
      return;
    }
    setFieldError(null);
    setBusy(true);
    try {
      const answer = await deleteWorkshopForGood(workshopId, typed.trim());
      onDeleted(answer);
    } catch (error) {
      setBusy(false);
      if (serverRejected(error, 'confirm')) {
        setFieldError(t('privacy.delete.confirmMismatch', { gemeente }));
        focusField();
      } else if (error instanceof ApiError && error.id === 'workshop-not-found') {
        setFormError(t('privacy.delete.gone'));
      } else {
        setFormError(`${t('privacy.delete.failed')} ${apiErrorText(t, error)}`);
      }
    }
  };

  return (
    <section className="facilitator-section privacy-section privacy-section--danger" aria-labelledby="verwijderen-titel" id="verwijderen">
      <Heading level={2} id="verwijderen-titel">{t('privacy.delete.title')}</Heading>
      <Paragraph>{t('privacy.delete.intro')}</Paragraph>
      <UnorderedList>
        <UnorderedListItem>{t('privacy.delete.items.participants')}</UnorderedListItem>
        <UnorderedListItem>{t('privacy.delete.items.texts')}</UnorderedListItem>
        <UnorderedListItem>{t('privacy.delete.items.versions')}</UnorderedListItem>
        <UnorderedListItem>{t('privacy.delete.items.log')}</UnorderedListItem>
      </UnorderedList>
      <Paragraph><strong>{t('privacy.delete.final')}</strong></Paragraph>
      <Paragraph>{t('privacy.delete.signOut')}</Paragraph>
      <form ref={formRef} className="form-grid" onSubmit={(e) => void submit(e)} noValidate>
        <TextField
          id={FIELD_ID}
          label={t('privacy.delete.confirmLabel')}
          description={t('privacy.delete.confirmHint', { gemeente })}
          value={typed}
          onValueChange={(value) => { setTyped(value); if (fieldError) setFieldError(null); }}
          error={fieldError}
          autoComplete="off"
          spellCheck={false}
          maxLength={200}
        />
        {formError ? <Alert type="error" role="alert"><Paragraph>{formError}</Paragraph></Alert> : null}
        <div className="button-row">
          <Button type="submit" appearance="primary-action-button" hint="danger" busy={busy} aria-disabled={busy || undefined}>
            {busy ? t('privacy.delete.busy') : t('privacy.delete.button')}
          </Button>
        </div>
      </form>
    </section>
  );
}
