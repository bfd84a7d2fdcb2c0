// SPDX-License-Identifier: EUPL-1.2
/** A labelled select (NL Design System form field) with an optional description and a linked error message. */
import type { SelectHTMLAttributes } from 'react';
import { Select, SelectOption } from '@utrecht/component-library-react';
import { FieldShell } from './FieldShell.js';

/** One option of a select field. */
export interface SelectChoice { value: string; label: string }

/** Props of a select field. */
export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value'> {
  label: string;
  value: string;
  choices: SelectChoice[];
  onValueChange: (value: string) => void;
  description?: string;
  error?: string | null;
}

/** A select field. */
export function SelectField({ label, value, choices, onValueChange, description, error, id, ...rest }: SelectFieldProps) {
  return (
    <FieldShell label={label} description={description} error={error} id={id}>
      {(control) => (
        <Select {...rest} {...control} value={value} onChange={(e) => onValueChange(e.target.value)}>
          {choices.map((c) => <SelectOption key={c.value} value={c.value}>{c.label}</SelectOption>)}
        </Select>
      )}
    </FieldShell>
  );
}
