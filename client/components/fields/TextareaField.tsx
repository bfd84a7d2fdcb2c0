// SPDX-License-Identifier: EUPL-1.2
/** A labelled textarea (NL Design System form field) with an optional description and a linked error message. */
import type { TextareaHTMLAttributes } from 'react';
import { Textarea } from '@utrecht/component-library-react';
import { FieldShell } from './FieldShell.js';

/** Props of a textarea field. */
export interface TextareaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value'> {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  description?: string;
  error?: string | null;
}

/** A textarea field. */
export function TextareaField({ label, value, onValueChange, description, error, id, ...rest }: TextareaFieldProps) {
  return (
    <FieldShell label={label} description={description} error={error} id={id}>
      {(control) => <Textarea {...rest} {...control} value={value} onChange={(e) => onValueChange(e.target.value)} />}
    </FieldShell>
  );
}
