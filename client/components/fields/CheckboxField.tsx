// SPDX-License-Identifier: EUPL-1.2
/** A checkbox with its label and an optional description (NL Design System form field). */
import { useId } from 'react';
import { Checkbox, FormField, FormFieldDescription, FormLabel } from '@utrecht/component-library-react';
import { describedBy, fieldIds } from './fieldIds.js';

/** Props of a checkbox field. */
export interface CheckboxFieldProps {
  label: string;
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  description?: string;
  disabled?: boolean;
  id?: string;
}

/** A checkbox field. */
export function CheckboxField({ label, checked, onCheckedChange, description, disabled, id }: CheckboxFieldProps) {
  const generated = useId();
  const ids = fieldIds(id ?? `veld-${generated.replace(/[^a-zA-Z0-9]/g, '')}`);
  return (
    <FormField className="form-field form-field--checkbox" type="checkbox">
      <div className="utrecht-form-field__input">
        <Checkbox
          id={ids.input}
          checked={checked}
          disabled={disabled}
          aria-describedby={describedBy(ids, Boolean(description), false)}
          onChange={(e) => onCheckedChange(e.target.checked)}
        />
      </div>
      <div className="utrecht-form-field__label"><FormLabel htmlFor={ids.input} type="checkbox">{label}</FormLabel></div>
      {description ? <FormFieldDescription id={ids.description}>{description}</FormFieldDescription> : null}
    </FormField>
  );
}
