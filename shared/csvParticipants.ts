// SPDX-License-Identifier: EUPL-1.2
/**
 * Parses a participants list: CSV with header `naam,rol,email` (e-mail optional, `;` accepted as
 * separator, quotes allowed). Good lines come back as rows, bad lines as errors with their line
 * number (1-based, counting the header) and a Dutch reason.
 */
import { parseRole, type Role } from './roles.js';
import { DEFAULT_LIMITS } from './limits.js';

/** One imported person. */
export interface ParticipantRow { line: number; name: string; role: Role; email?: string }

/** What the parser made of the text. */
export interface ParsedParticipants { rows: ParticipantRow[]; errors: { line: number; reason: string }[] }

function splitLine(line: string, sep: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === sep) { cells.push(cell); cell = ''; }
    else cell += ch;
  }
  cells.push(cell);
  return cells.map((c) => c.trim());
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Parses the text of a participants file. */
export function parseParticipantsCsv(text: string): ParsedParticipants {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const firstIndex = lines.findIndex((l) => l.trim() !== '');
  const rows: ParticipantRow[] = [];
  const errors: { line: number; reason: string }[] = [];
  if (firstIndex < 0) return { rows, errors: [{ line: 1, reason: 'Het bestand is leeg.' }] };

  const header = lines[firstIndex];
  const sep = header.includes(';') && !header.includes(',') ? ';' : header.includes('\t') ? '\t' : ',';
  const cols = splitLine(header, sep).map((c) => c.toLowerCase());
  const hasHeader = cols.includes('naam') || cols.includes('name');
  const idx = hasHeader
    ? { name: cols.findIndex((c) => c === 'naam' || c === 'name'), role: cols.findIndex((c) => c === 'rol' || c === 'role'), email: cols.findIndex((c) => c === 'email' || c === 'e-mail') }
    : { name: 0, role: 1, email: 2 };
  if (hasHeader && idx.role < 0) return { rows, errors: [{ line: firstIndex + 1, reason: 'De kolom "rol" ontbreekt in de eerste regel.' }] };

  for (let i = hasHeader ? firstIndex + 1 : firstIndex; i < lines.length; i++) {
    const raw = lines[i];
    if (raw.trim() === '') continue;
    const lineNo = i + 1;
    const cells = splitLine(raw, sep === ',' && raw.includes(';') && !raw.includes(',') ? ';' : sep);
    const name = cells[idx.name] ?? '';
    const roleText = cells[idx.role] ?? '';
    const email = idx.email >= 0 ? (cells[idx.email] ?? '') : '';
    if (!name) { errors.push({ line: lineNo, reason: 'De naam ontbreekt.' }); continue; }
    if (name.length > DEFAULT_LIMITS.maxNameChars) { errors.push({ line: lineNo, reason: `De naam is langer dan ${DEFAULT_LIMITS.maxNameChars} tekens.` }); continue; }
    const role = parseRole(roleText);
    if (!role) { errors.push({ line: lineNo, reason: roleText ? `Onbekende rol "${roleText}".` : 'De rol ontbreekt.' }); continue; }
    if (email && !EMAIL.test(email)) { errors.push({ line: lineNo, reason: `Ongeldig e-mailadres "${email}".` }); continue; }
    rows.push({ line: lineNo, name, role, ...(email ? { email } : {}) });
  }
  return { rows, errors };
}
