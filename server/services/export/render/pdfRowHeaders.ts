// SPDX-License-Identifier: EUPL-1.2
/**
 * Row headers in the PDF's structure tree. Typst marks a table's header row as `TH` (scope Column)
 * but offers row headers (`pdf.header-cell(scope: "row")`) only behind its `a11y-extras` feature,
 * which the npm compiler (0.7.0, Typst 0.14.2) does not enable. So after Typst wrote the file, the
 * first cell of each body row of the chosen tables becomes what that function would have made:
 *
 *   TD /Headers [(U2x0y0)]                →  TH /ID (U2r1) /Scope /Row /Headers [(U2x0y0)]
 *   TD /Headers [(U2x1y0)] (same row)     →  TD /Headers [(U2x1y0) (U2r1)]
 *
 * and the new ids go into the structure tree's IDTree. Typst names a table's header cells
 * `U<n>x<column>y<row>`, n counting the tables in document order. Typst writes structure elements
 * as plain (uncompressed) objects, so the rewrite touches only those objects and the root, then
 * writes a new cross-reference table. A file that does not look like that is returned unchanged.
 */

/** One object of the file: its number, where it starts and ends (the next object or the xref), and its text. */
interface PdfObject { num: number; start: number; end: number; text: string }

/** The file's objects in file order, found through its cross-reference table; null when it has none we read. */
function objectsOf(text: string, xref: number): PdfObject[] | null {
  const table = /^xref\r?\n0 (\d+)\r?\n/.exec(text.slice(xref));
  if (!table) return null;
  const entries = text.slice(xref + table[0].length).split(/\r?\n/).slice(0, Number(table[1]));
  const found = entries.flatMap((line, num) => {
    const m = /^(\d{10}) \d{5} n/.exec(line);
    return m ? [{ num, start: Number(m[1]) }] : [];
  }).sort((a, b) => a.start - b.start);
  const out = found.map((o, i) => ({ ...o, end: i + 1 < found.length ? found[i + 1].start : xref, text: '' }));
  for (const o of out) {
    o.text = text.slice(o.start, o.end);
    if (!o.text.startsWith(`${o.num} 0 obj`)) return null;
  }
  return out;
}

/** The object's dictionary when it is a structure element of `type` (no stream), else null. */
const elementOf = (o: PdfObject, type: string): string | null =>
  (!o.text.includes('stream') && o.text.includes('/Type /StructElem') && new RegExp(`/S /${type}\\b`).test(o.text) ? o.text : null);
const parentOf = (body: string) => /\/P (\d+) 0 R/.exec(body)?.[1] ?? null;
const headersOf = (body: string) => /\/Headers \[([^\]]*)\]/.exec(body);

/**
 * The PDF with the first column of the `tables` (1-based, in document order) as row headers; the
 * input unchanged when its structure is not as expected.
 */
export function markRowHeaders(pdf: Buffer, tables: number[]): Buffer {
  if (tables.length === 0) return pdf;
  const text = pdf.toString('latin1');
  const xref = text.lastIndexOf('xref\n', text.lastIndexOf('startxref'));
  const trailer = text.indexOf('trailer\n', xref);
  const objects = xref >= 0 && trailer >= 0 ? objectsOf(text, xref) : null;
  if (!objects) return pdf;
  const changed = new Map<number, string>();
  const current = (o: PdfObject) => changed.get(o.num) ?? o.text;
  const newIds: [string, number][] = [];
  for (const table of tables) {
    const firstColumn = `(U${table}x0y0)`;
    // The first-column cells of the body rows, by their row (the TR that holds them).
    const rows = new Map<string, { num: number; id: string }>();
    for (const o of objects) {
      const element = elementOf(o, 'TD');
      if (!element || headersOf(element)?.[1].trim() !== firstColumn) continue;
      const row = parentOf(element);
      if (row && !rows.has(row)) rows.set(row, { num: o.num, id: `(U${table}r${rows.size + 1})` });
    }
    for (const [row, cell] of rows) {
      const own = objects.find((o) => o.num === cell.num)!;
      changed.set(cell.num, current(own)
        .replace(/\/S \/TD\b/, '/S /TH')
        .replace(/(\/P \d+ 0 R)/, `$1\n  /ID ${cell.id}`)
        .replace(/\/O \/Table(\s+)\/Headers/, '/O /Table$1/Scope /Row$1/Headers'));
      newIds.push([cell.id, cell.num]);
      for (const o of objects) {
        const element = elementOf(o, 'TD');
        if (o.num === cell.num || !element || parentOf(element) !== row) continue;
        changed.set(o.num, current(o).replace(/\/Headers \[([^\]]*)\]/, (_, ids: string) => `/Headers [${ids.trim()} ${cell.id}]`));
      }
    }
  }
  if (newIds.length === 0) return pdf;
  const root = objects.find((o) => !o.text.includes('stream') && o.text.includes('/Type /StructTreeRoot'));
  const names = root ? /\/IDTree <<\s*\/Names \[([^\]]*)\]\s*>>/.exec(root.text) : null;
  if (!root || !names) return pdf;
  const entries = [...names[1].matchAll(/(\([^)]*\)) (\d+) 0 R/g)].map((m): [string, number] => [m[1], Number(m[2])]);
  const sorted = [...entries, ...newIds].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  changed.set(root.num, root.text.replace(names[0], `/IDTree <<\n    /Names [${sorted.map(([id, num]) => `${id} ${num} 0 R`).join(' ')}]\n  >>`));

  // The file again: what comes before the first object, every object (changed or as it was), then a
  // new cross-reference table and the same trailer.
  const head = text.slice(0, objects[0].start);
  const offsets = new Map<number, number>();
  let length = head.length;
  const body = objects.map((o) => {
    offsets.set(o.num, length);
    const chunk = current(o);
    length += chunk.length;
    return chunk;
  });
  const size = Math.max(...objects.map((o) => o.num)) + 1;
  const lines = Array.from({ length: size }, (_, n) => (offsets.has(n) ? `${String(offsets.get(n)).padStart(10, '0')} 00000 n\r\n` : `0000000000 ${n === 0 ? '65535' : '00000'} f\r\n`));
  return Buffer.from(`${head}${body.join('')}xref\n0 ${size}\n${lines.join('')}${text.slice(trailer, text.lastIndexOf('startxref'))}startxref\n${length}\n%%EOF`, 'latin1');
}
