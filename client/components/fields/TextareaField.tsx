/** A labelled textarea (NL Design System form field) with an optional description and a linked error message. */
import { useId, type TextareaHTMLAttributes } from 'react';
import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Textarea } from '@utrecht/component-library-react';
import { describedBy, fieldIds } from './fieldIds.js';

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
  const generated = useId();
  const ids = fieldIds(id ?? `veld-${generated.replace(/[^a-zA-Z0-9]/g, '')}`);
  return (
    <FormField className="form-field" invalid={Boolean(error)}>
      <div className="utrecht-form-field__label"><FormLabel htmlFor={ids.input}>{label}</FormLabel></div>
      {description ? <FormFieldDescription id={ids.description}>{description}</FormFieldDescription> : null}
      {error ? <FormFieldErrorMessage id={ids.error}>{error}</FormFieldErrorMessage> : null}
      <div className="utrecht-form-field__input">
        <Textarea
          {...rest}
          id={ids.input}
          value={value}
          invalid={Boolean(error)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(ids, Boolean(description), Boolean(error))}
          onChange={(e) => onValueChange(e.target.value)}
        />
      </div>
    </FormField>
  );
}
