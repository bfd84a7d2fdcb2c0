// SPDX-License-Identifier: EUPL-1.2
/**
 * The shell every labelled form field shares (NL Design System form field): the label, an
 * optional description and a linked error message around one control, with the ids and aria
 * attributes that tie them together. TextField, TextareaField and SelectField put their control in it.
 */
import { useId, type ReactNode } from 'react';
import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel } from '@utrecht/component-library-react';
import { describedBy, fieldIds } from './fieldIds.js';

/** What the shell gives its control: its id and the attributes that link it to description and error. */
export interface FieldControlProps {
  id: string;
  invalid: boolean;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/** Props of the field shell. */
export interface FieldShellProps {
  label: string;
  description?: string;
  error?: string | null;
  /** The control's id (default: a generated one). */
  id?: string;
  /** Renders the control with the props the shell gives it. */
  children: (control: FieldControlProps) => ReactNode;
}

/** A labelled field around one control. */
export function FieldShell({ label, description, error, id, children }: FieldShellProps) {
  const generated = useId();
  const ids = fieldIds(id ?? `veld-${generated.replace(/[^a-zA-Z0-9]/g, '')}`);
  return (
    <FormField className="form-field" invalid={Boolean(error)}>
      <div className="utrecht-form-field__label"><FormLabel htmlFor={ids.input}>{label}</FormLabel></div>
      {description ? <FormFieldDescription id={ids.description}>{description}</FormFieldDescription> : null}
      {error ? <FormFieldErrorMessage id={ids.error}>{error}</FormFieldErrorMessage> : null}
      <div className="utrecht-form-field__input">
        {children({
          id: ids.input,
          invalid: Boolean(error),
          'aria-invalid': error ? true : undefined,
          'aria-describedby': describedBy(ids, Boolean(description), Boolean(error)),
        })}
      </div>
    </FormField>
  );
}
