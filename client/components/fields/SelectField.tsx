/** A labelled select (NL Design System form field) with an optional description and a linked error message. */
import { useId, type SelectHTMLAttributes } from 'react';
import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import { describedBy, fieldIds } from './fieldIds.js';

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
  const generated = useId();
  const ids = fieldIds(id ?? `veld-${generated.replace(/[^a-zA-Z0-9]/g, '')}`);
  return (
    <FormField className="form-field" invalid={Boolean(error)}>
      <div className="utrecht-form-field__label"><FormLabel htmlFor={ids.input}>{label}</FormLabel></div>
      {description ? <FormFieldDescription id={ids.description}>{description}</FormFieldDescription> : null}
      {error ? <FormFieldErrorMessage id={ids.error}>{error}</FormFieldErrorMessage> : null}
      <div className="utrecht-form-field__input">
        <Select
          {...rest}
          id={ids.input}
          value={value}
          invalid={Boolean(error)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(ids, Boolean(description), Boolean(error))}
          onChange={(e) => onValueChange(e.target.value)}
        >
          {choices.map((c) => <SelectOption key={c.value} value={c.value}>{c.label}</SelectOption>)}
        </Select>
      </div>
    </FormField>
  );
}
