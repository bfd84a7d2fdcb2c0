// SPDX-License-Identifier: EUPL-1.2
/**
 * Appendix: what changed from vision version 1 to version 2, block by block, word by word
 * (shared/versionDiff.ts, the same comparison the consultation screens show). Each changed block is
 * a list item: what happened (nieuw, gewijzigd, geschrapt) and its text with the changes marked in
 * words, not by colour or style only:
 * "[geschrapt: …]" (also struck through) and "[toegevoegd: …]" (also bold).
 */
import { heading, paragraph, placeholder, text, type Block, type Inline } from '../../../../shared/dossier/dossierModel.js';
import { diffVersions, type BlockDiff } from '../../../../shared/versionDiff.js';
import type { DossierPart } from './dossierPart.js';

const CHANGE_WORDS: Record<Exclude<BlockDiff['change'], 'same'>, string> = { added: 'Nieuw', changed: 'Gewijzigd', removed: 'Geschrapt' };

/**
 * A block's text with insertions and deletions marked in words. White space around a change stays
 * outside the words marked: before it with the text before, after it with the change (so no run starts
 * with a space, which the Markdown renderer would take for indentation); a deletion and the insertion
 * right after it are kept apart by a space.
 */
function marked(block: BlockDiff): Inline[] {
  if (block.change !== 'changed') return [text(block.segments.map((s) => s.text).join('') || '–')];
  const out: Inline[] = [];
  const plain = (value: string) => {
    const last = out.at(-1);
    if (last?.kind === 'text' && !last.marks) { out[out.length - 1] = text(last.text + value); return; }
    const space = /^\s*/u.exec(value)![0];
    if (last?.kind === 'text' && space) out[out.length - 1] = text(last.text + space, last.marks);
    if (value.length > space.length) out.push(text(value.slice(space.length)));
  };
  for (const s of block.segments) {
    if (s.kind === 'same') { plain(s.text); continue; }
    const [, before, words, after] = /^(\s*)([\s\S]*?)(\s*)$/u.exec(s.text)!;
    plain(before);
    const last = out.at(-1);
    if (last?.kind === 'text' && last.marks && !/\s$/u.test(last.text)) out[out.length - 1] = text(`${last.text} `, last.marks);
    out.push(s.kind === 'del' ? text(`[geschrapt: ${words}]${after}`, ['strike']) : text(`[toegevoegd: ${words}]${after}`, ['bold']));
  }
  return out;
}

/** Part `diff`. */
export const diffPart: DossierPart = {
  id: 'diff',
  title: 'Bijlage: wat veranderde van versie 1 naar versie 2',
  build(data) {
    const [v1, v2] = data.versions;
    if (!v1 || !v2) return { blocks: [heading(1, this.title), placeholder('Nog niet ingevuld: er is nog geen versie 2 van de visie.')], empty: true };
    const diff = diffVersions(v1.node, v2.node, v1.number, v2.number);
    const changed = diff.blocks.filter((b): b is BlockDiff & { change: keyof typeof CHANGE_WORDS } => b.change !== 'same');
    return {
      blocks: [
        heading(1, this.title),
        paragraph(`Versie 1: ${v1.label}. Versie 2: ${v2.label}.`),
        ...(changed.length ? [
          paragraph('Per stuk tekst staat wat er veranderde: nieuw, gewijzigd of geschrapt. Weggehaalde woorden staan tussen [geschrapt: …], nieuwe woorden tussen [toegevoegd: …].'),
          { kind: 'list' as const, ordered: false, items: changed.map((b): Block[] => [{ kind: 'paragraph', inlines: [text(`${CHANGE_WORDS[b.change]}: `), ...marked(b)] }]) },
        ] : [paragraph('Versie 2 is gelijk aan versie 1.')]),
      ],
      empty: false,
    };
  },
};
