// SPDX-License-Identifier: EUPL-1.2
/**
 * The dossier as Typst source (for the PDF). Every text becomes a Typst string literal (`#"…"`),
 * so markup characters in it (`# $ * _ @ < [ ] \ \``) are text, never markup; only `\` and `"` and
 * control characters need escaping inside the literal.
 */
import type { Block, Dossier, Inline } from '../../../../shared/dossier/dossierModel.js';

/** A string as a Typst string literal. */
function typstString(value: string): string {
  // eslint-disable-next-line no-control-regex
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\u0000-\u001f\u007f]/g, (c) => (c === '\n' ? '\\n' : `\\u{${c.charCodeAt(0).toString(16)}}`))}"`;
}

/**
 * Very long unbroken runs (over 60 characters: a pasted link, a made-up word) get a zero-width
 * space every 30 characters, so the line can break there instead of running off the page.
 */
const breakable = (value: string) => value.replace(/\S{61,}/gu, (run) => run.match(/.{1,30}/gu)!.join('\u200b'));

const content = (value: string) => `#${typstString(breakable(value))}`;

function inline(i: Inline): string {
  if (i.kind === 'break') return ' #linebreak() ';
  if (i.kind === 'note') return `#footnote[${content(i.text)}]`;
  let out = i.text.split('\n').map(content).join('#linebreak()');
  for (const mark of i.marks ?? []) {
    const fn = { bold: 'strong', italic: 'emph', underline: 'underline', strike: 'strike' }[mark];
    out = `#${fn}[${out}]`;
  }
  return out;
}

const inlines = (list: Inline[]) => list.map(inline).join('');

function block(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `#heading(level: ${b.level})[${content(b.text)}]`;
    case 'paragraph':
      return inlines(b.inlines);
    case 'list':
      return `#${b.ordered ? 'enum' : 'list'}(${b.items.map((item) => `[${item.map(block).join('\n\n')}]`).join(', ')})`;
    case 'table': {
      const header = b.header.map((h) => `[#strong[${content(h)}]]`).join(', ');
      const cells = b.rows.flatMap((r) => r.map((c) => `[${inlines(c)}]`)).join(', ');
      return `#figure(kind: table, caption: [${content(b.caption)}], table(columns: (1fr,) * ${b.header.length}, align: left, table.header(repeat: true, ${header}), ${cells}))`;
    }
  }
}

/** The Typst source of the dossier, dated `at` (epoch ms, UTC). */
export function renderTypstSource(dossier: Dossier, at: number): string {
  const d = new Date(at);
  const [lang, region] = dossier.language.split('-');
  return [
    `#set document(title: ${typstString(dossier.title)}, author: "Stip", date: datetime(year: ${d.getUTCFullYear()}, month: ${d.getUTCMonth() + 1}, day: ${d.getUTCDate()}, hour: ${d.getUTCHours()}, minute: ${d.getUTCMinutes()}, second: ${d.getUTCSeconds()}))`,
    `#set text(lang: ${typstString(lang.toLowerCase())}${region ? `, region: ${typstString(region.toUpperCase())}` : ''}, font: ("Libertinus Serif", "DejaVu Sans"), size: 11pt)`,
    '#set page(paper: "a4", margin: 2.5cm, numbering: "1")',
    '#set par(justify: false)',
    '#show figure.where(kind: table): set figure.caption(position: top)',
    '#show figure: set block(breakable: true)',
    '',
    dossier.blocks.map(block).join('\n\n'),
    '',
  ].join('\n');
}
