// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { SelectField } from './SelectField.js';
import { TextField } from './TextField.js';
import { TextareaField } from './TextareaField.js';

const noop = () => undefined;
const html = (element: Parameters<typeof renderToStaticMarkup>[0]) => renderToStaticMarkup(element);

describe('the field shell of the text, textarea and select fields', () => {
  it('ties the label to the control by its id', () => {
    const markup = html(createElement(TextField, { id: 'naam', label: 'Naam', value: '', onValueChange: noop }));
    expect(markup).toContain('for="naam"');
    expect(markup).toContain('id="naam"');
    expect(markup).not.toContain('aria-describedby');
  });

  it('links the error first, then the description, and marks the control invalid', () => {
    const markup = html(createElement(TextareaField, {
      id: 'tekst', label: 'Tekst', value: '', onValueChange: noop, description: 'Kort graag', error: 'Verplicht',
    }));
    expect(markup).toContain('aria-describedby="tekst-fout tekst-uitleg"');
    expect(markup).toContain('id="tekst-fout"');
    expect(markup).toContain('id="tekst-uitleg"');
    expect(markup).toContain('aria-invalid="true"');
    expect(markup).toContain('Verplicht');
  });

  it('renders the choices of a select inside the same shell', () => {
    const markup = html(createElement(SelectField, {
      id: 'rol', label: 'Rol', value: 'b', onValueChange: noop, description: 'Kies er een',
      choices: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }],
    }));
    expect(markup).toContain('for="rol"');
    expect(markup).toContain('aria-describedby="rol-uitleg"');
    expect(markup).toMatch(/<option[^>]*value="a"[^>]*>A<\/option>/);
  });

  it('passes other attributes to the control', () => {
    const markup = html(createElement(TextField, { id: 'x', label: 'X', value: 'v', onValueChange: noop, maxLength: 12, autoComplete: 'off' }));
    expect(markup).toContain('maxLength="12"');
    expect(markup).toContain('autoComplete="off"');
    expect(markup).toContain('value="v"');
  });
});
