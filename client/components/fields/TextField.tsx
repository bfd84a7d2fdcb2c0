// SPDX-License-Identifier: EUPL-1.2
/** A labelled text input (NL Design System form field) with an optional description and a linked error message. */
import type { InputHTMLAttributes } from 'react';
import { Textbox } from '@utrecht/component-library-react';
import { FieldShell } from './FieldShell.js';

/** Props of a text field. */
export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  description?: string;
  error?: string | null;
}

/** A text field. */
export function TextField({ label, value, onValueChange, description, error, id, ...rest }: TextFieldProps) {
  return (
    <FieldShell label={label} description={description} error={error} id={id}>
      {(control) => <Textbox {...rest} {...control} value={value} onChange={(e) => onValueChange(e.target.value)} />}
    </FieldShell>
  );
}
