// SPDX-License-Identifier: EUPL-1.2
/** Markdown of the dossier: text never becomes markup (lists, headings, tables, HTML, footnote syntax). */
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdownRenderer.js';

describe('renderMarkdown', () => {
  it('escapes text that would start a list or heading, HTML, pipes and footnote syntax', () => {
    const md = renderMarkdown({
      title: 't', language: 'nl-NL',
      blocks: [
        { kind: 'paragraph', inlines: [{ kind: 'text', text: '1. geen lijst\n- ook niet\n# geen kop <img src=x onerror=alert(1)> [^9]' }] },
        { kind: 'table', caption: 'a|b', header: ['x|y'], rows: [[[{ kind: 'text', text: 'cel | met pijp' }, { kind: 'note', text: 'noot *vet*' }]]] },
      ],
    });
    expect(md).toBe([
      '1\\. geen lijst\\',
      '\\- ook niet\\',
      '\\# geen kop \\<img src=x onerror=alert(1)\\> \\[^9\\]',
      '',
      '*a\\|b*',
      '',
      '| x\\|y |',
      '| --- |',
      '| cel \\| met pijp[^1] |',
      '',
      '[^1]: noot \\*vet\\*',
      '',
    ].join('\n'));
  });

  it('keeps the spaces between marked and unmarked words, and none at the start of a block', () => {
    const md = renderMarkdown({
      title: 't', language: 'nl-NL',
      blocks: [{ kind: 'paragraph', inlines: [
        { kind: 'text', text: '    Wij' }, { kind: 'text', text: ' staan ', marks: ['bold'] }, { kind: 'text', text: 'open voor ' }, { kind: 'text', text: 'initiatief', marks: ['italic'] }, { kind: 'text', text: '.' },
      ] }],
    });
    expect(md).toBe('Wij **staan** open voor *initiatief*.\n');
  });
});
