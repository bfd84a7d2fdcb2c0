// SPDX-License-Identifier: EUPL-1.2
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseParticipantsCsv } from './csvParticipants.js';

describe('csvParticipants', () => {
  it('reads all 47 people of the example file without errors', () => {
    const { rows, errors } = parseParticipantsCsv(fs.readFileSync(new URL('../tests/fixtures/deelnemers-middelgrote-gemeente.csv', import.meta.url), 'utf8'));
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(47);
    expect(rows[0]).toEqual({ line: 2, name: 'Annemiek van der Berg', role: 'raadslid' });
  });

  it('accepts ; as separator, as Dutch spreadsheets write it', () => {
    const { rows, errors } = parseParticipantsCsv('naam;rol;email\nAnna Bakker;raadslid;anna@example.nl\nBram Vos;wethouder;\n');
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { line: 2, name: 'Anna Bakker', role: 'raadslid', email: 'anna@example.nl' },
      { line: 3, name: 'Bram Vos', role: 'collegelid' },
    ]);
  });

  it('reads quoted cells with separators and doubled quotes inside', () => {
    const { rows } = parseParticipantsCsv('naam,rol\n"Vries, de, Jan",ambtenaar\n"Piet ""PJ"" Jansen",directie\n');
    expect(rows.map((r) => r.name)).toEqual(['Vries, de, Jan', 'Piet "PJ" Jansen']);
  });

  it('ignores a byte-order mark, Windows line ends and empty lines', () => {
    const { rows, errors } = parseParticipantsCsv('\uFEFFnaam,rol\r\nAnna,raadslid\r\n\r\nBram,griffie\r\n');
    expect(errors).toEqual([]);
    expect(rows).toEqual([{ line: 2, name: 'Anna', role: 'raadslid' }, { line: 4, name: 'Bram', role: 'griffier' }]);
  });

  it('reports bad roles, missing names and bad e-mails with their line numbers and keeps the good lines', () => {
    const text = 'naam,rol,email\nAnna,raadslid,\nBram,koning,\n,ambtenaar,\nCees,ambtenaar,geen-adres\nDirk,,\nEva,directie,eva@example.nl\n';
    const { rows, errors } = parseParticipantsCsv(text);
    expect(rows.map((r) => r.name)).toEqual(['Anna', 'Eva']);
    expect(errors).toEqual([
      { line: 3, reason: 'Onbekende rol "koning".' },
      { line: 4, reason: 'De naam ontbreekt.' },
      { line: 5, reason: 'Ongeldig e-mailadres "geen-adres".' },
      { line: 6, reason: 'De rol ontbreekt.' },
    ]);
  });

  it('refuses a name longer than the limit', () => {
    const { rows, errors } = parseParticipantsCsv(`naam,rol\n${'x'.repeat(121)},raadslid\n`);
    expect(rows).toEqual([]);
    expect(errors[0].line).toBe(2);
  });

  it('says so when the file is empty or has no role column', () => {
    expect(parseParticipantsCsv('  \n\n').errors).toEqual([{ line: 1, reason: 'Het bestand is leeg.' }]);
    expect(parseParticipantsCsv('naam,email\nAnna,a@b.nl\n').errors[0].line).toBe(1);
  });

  it('reads a file without header as naam,rol,email', () => {
    const { rows } = parseParticipantsCsv('Anna,raadslid\nBram,ambtenaar,bram@example.nl\n');
    expect(rows).toEqual([
      { line: 1, name: 'Anna', role: 'raadslid' },
      { line: 2, name: 'Bram', role: 'ambtenaar', email: 'bram@example.nl' },
    ]);
  });
});
