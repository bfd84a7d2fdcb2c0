// SPDX-License-Identifier: EUPL-1.2
/** "Deelnemer toevoegen": name, role (Dutch role names), optional e-mail and group; errors linked to their fields. */
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { ROLES, type Role } from '../../../shared/roles.js';
import { GROUP_COUNT } from '../../../shared/docNames.js';
import { DEFAULT_LIMITS } from '../../../shared/limits.js';
import { useWorkshopStore } from '../../stores/workshopStore.js';
import { useGroupLabel } from '../../stores/groupNameHooks.js';
import { announce } from '../../stores/announcerStore.js';
import { apiErrorText } from '../../i18n/apiErrorText.js';
import { TextField } from '../fields/TextField.js';
import { SelectField } from '../fields/SelectField.js';
import { looksLikeEmail, serverRejected } from '../fields/formErrors.js';

type FieldErrors = Partial<Record<'name' | 'role' | 'email', string>>;

/** The add-participant form. */
export function ParticipantAddForm() {
  const { t } = useTranslation();
  const groupLabelOf = useGroupLabel();
  const addParticipant = useWorkshopStore((s) => s.addParticipant);
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [email, setEmail] = useState('');
  const [group, setGroup] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const validate = (): FieldErrors => ({
    ...(name.trim() ? {} : { name: t('facilitator.nameRequired') }),
    ...(role ? {} : { role: t('facilitator.roleRequired') }),
    ...(email.trim() && !looksLikeEmail(email.trim()) ? { email: t('facilitator.emailInvalid') } : {}),
  });
  const focusFirstError = (found: FieldErrors) => {
    const first = (['name', 'role', 'email'] as const).find((f) => found[f]);
    if (first) formRef.current?.querySelector<HTMLElement>(`#deelnemer-${first}`)?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length) return focusFirstError(found);
    setBusy(true);
    try {
      const added = await addParticipant({
        name: name.trim(), role: role as Role, ...(email.trim() ? { email: email.trim() } : {}), ...(group ? { group: Number(group) } : {}),
      });
      announce(t('facilitator.added', { name: added.name }));
      setName(''); setEmail(''); setRole(''); setGroup('');
      formRef.current?.querySelector<HTMLElement>('#deelnemer-name')?.focus();
    } catch (error) {
      const fieldErrors: FieldErrors = {
        ...(serverRejected(error, 'name') ? { name: t('workshopForm.invalid') } : {}),
        ...(serverRejected(error, 'role') ? { role: t('workshopForm.invalid') } : {}),
        ...(serverRejected(error, 'email') ? { email: t('facilitator.emailInvalid') } : {}),
      };
      setErrors(fieldErrors);
      setFormError(apiErrorText(t, error));
      focusFirstError(fieldErrors);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="facilitator-section" aria-labelledby="toevoegen-titel" id="toevoegen">
      <Heading level={2} id="toevoegen-titel">{t('facilitator.addTitle')}</Heading>
      <form ref={formRef} className="form-grid" onSubmit={(e) => void submit(e)} noValidate>
        <TextField id="deelnemer-name" label={t('facilitator.name')} value={name} onValueChange={setName} error={errors.name} autoComplete="off" maxLength={DEFAULT_LIMITS.maxNameChars} />
        <SelectField
          id="deelnemer-role"
          label={t('facilitator.role')}
          value={role}
          onValueChange={setRole}
          error={errors.role}
          choices={[{ value: '', label: t('facilitator.chooseRole') }, ...ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))]}
        />
        <TextField id="deelnemer-email" type="email" label={t('facilitator.email')} value={email} onValueChange={setEmail} error={errors.email} autoComplete="off" />
        <SelectField
          id="deelnemer-group"
          label={t('facilitator.group')}
          value={group}
          onValueChange={setGroup}
          choices={[{ value: '', label: t('facilitator.groupAuto') }, ...Array.from({ length: GROUP_COUNT }, (_, i) => ({ value: String(i + 1), label: groupLabelOf(i + 1) }))]}
        />
        {formError ? <Alert type="error" role="alert"><Paragraph>{formError}</Paragraph></Alert> : null}
        <div className="button-row">
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>{t('facilitator.addSubmit')}</Button>
        </div>
      </form>
    </section>
  );
}
