// SPDX-License-Identifier: EUPL-1.2
/**
 * Renaming a group in place on the group board: "Naam wijzigen" opens a text field with
 * "Opslaan" and "Annuleren". Enter saves, Escape cancels; afterwards focus returns to the
 * "Naam wijzigen" button. An empty name gives the group its usual name back ("Groep n").
 */
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@utrecht/component-library-react';
import { GROUP_NAME_MAX_CHARS, isDefaultGroupName } from '../../../shared/groupNames.js';
import { TextField } from '../fields/TextField.js';

/** Props of the group name editor. */
export interface GroupNameEditorProps {
  group: number;
  /** The group's name as the API sends it ("Groep n" when it has none). */
  name: string;
  /** The name as shown now (in the interface language). */
  label: string;
  /** Saves a new name ('' for the usual one); throws a readable message to show when it fails. */
  onSave: (name: string) => Promise<void>;
}

/** "Naam wijzigen" and, when open, the rename form. */
export function GroupNameEditor({ group, name, label, onSave }: GroupNameEditorProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const fieldId = `groepsnaam-${group}`;

  useEffect(() => {
    if (open) document.getElementById(fieldId)?.focus();
    else if (returnFocus.current) { returnFocus.current = false; buttonRef.current?.focus(); }
  }, [open, fieldId]);

  const close = () => { returnFocus.current = true; setOpen(false); setError(null); };
  const start = () => { setValue(isDefaultGroupName(name, group) ? '' : name); setError(null); setOpen(true); };
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = value.trim();
    if (trimmed.length > GROUP_NAME_MAX_CHARS) {
      setError(t('groups.tooLong', { max: GROUP_NAME_MAX_CHARS }));
      document.getElementById(fieldId)?.focus();
      return;
    }
    setBusy(true);
    try {
      await onSave(trimmed);
      close();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    close();
  };

  if (!open) {
    return (
      <Button ref={buttonRef} appearance="subtle-button" className="group-column__rename" onClick={start}>
        {t('groups.rename')}<span className="visually-hidden">: {label}</span>
      </Button>
    );
  }
  return (
    <form className="group-name-form" onSubmit={(e) => void save(e)} onKeyDown={onKeyDown} noValidate>
      <TextField
        id={fieldId}
        label={t('groups.nameLabel', { group: label })}
        description={t('groups.nameHint', { max: GROUP_NAME_MAX_CHARS, fallback: t('groups.defaultName', { group }) })}
        value={value}
        onValueChange={setValue}
        error={error}
        autoComplete="off"
      />
      <div className="button-row">
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>{t('groups.save')}</Button>
        <Button type="button" appearance="secondary-action-button" disabled={busy} onClick={close}>{t('app.cancel')}</Button>
      </div>
    </form>
  );
}
