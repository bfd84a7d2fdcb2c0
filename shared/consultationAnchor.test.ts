// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { buildAnchor, reanchor } from './consultationAnchor.js';
import type { PassageText } from './consultationPassages.js';

const P1 = 'Wij betrekken inwoners vanaf het begin bij plannen die hun buurt raken, en we leggen uit wat we met hun inbreng doen.';
const P2 = 'Ambtenaren krijgen ruimte om zelf te beslissen wanneer dat de inwoner helpt.';
const P3 = 'De raad stelt kaders en laat de uitvoering los.';

const passage = (passageId: string, text: string): PassageText => ({ passageId, text, nodeType: 'paragraph', heading: '' });
const v1 = [passage('p1', P1), passage('p2', P2), passage('p3', P3)];

function anchorOn(passageId: string, quote: string) {
  const text = v1.find((p) => p.passageId === passageId)!.text;
  const start = text.indexOf(quote);
  const built = buildAnchor(v1, 1, passageId, start, start + quote.length, quote);
  if (!built.ok) throw new Error(built.problem);
  return built.anchor;
}

describe('building an anchor', () => {
  it('keeps the quote and up to 32 characters of context on each side', () => {
    const anchor = anchorOn('p1', 'leggen uit');
    expect(anchor).toMatchObject({ version: 1, passageId: 'p1', quote: 'leggen uit' });
    expect(anchor.prefix).toBe(P1.slice(anchor.start - 32, anchor.start));
    expect(anchor.suffix).toBe(P1.slice(anchor.end, anchor.end + 32));
  });

  it('refuses an unknown passage, offsets outside the text and a quote that does not match', () => {
    expect(buildAnchor(v1, 1, 'nope', 0, 3, 'Wij')).toEqual({ ok: false, problem: 'passage-unknown' });
    expect(buildAnchor(v1, 1, 'p3', 10, 500)).toEqual({ ok: false, problem: 'range-outside' });
    expect(buildAnchor(v1, 1, 'p3', -1, 3)).toEqual({ ok: false, problem: 'range-outside' });
    expect(buildAnchor(v1, 1, 'p3', 5, 5)).toEqual({ ok: false, problem: 'range-outside' });
    expect(buildAnchor(v1, 1, 'p3', 0, 3, 'Het')).toEqual({ ok: false, problem: 'quote-mismatch' });
  });
});

describe('re-anchoring onto an edited vision', () => {
  const anchor = anchorOn('p1', 'bij plannen die hun buurt raken');

  it('stays put when nothing changed', () => {
    expect(reanchor(anchor, v1)).toEqual({ state: 'ok', passageId: 'p1', start: anchor.start, end: anchor.end, confidence: 1 });
  });

  it('follows the quote when text is inserted before it', () => {
    const edited = [passage('p1', 'Kort gezegd: ' + P1), passage('p2', P2), passage('p3', P3)];
    const landed = reanchor(anchor, edited);
    expect(landed.state).toBe('ok');
    expect(edited[0].text.slice(landed.start!, landed.end!)).toBe(anchor.quote);
  });

  it('lands on the edited wording after a small edit inside the quote', () => {
    const edited = [passage('p1', P1.replace('hun buurt raken', 'hun wijk raken')), passage('p2', P2), passage('p3', P3)];
    const landed = reanchor(anchor, edited);
    expect(landed.state).toBe('ok');
    expect(landed.passageId).toBe('p1');
    expect(edited[0].text.slice(landed.start!, landed.end!)).toContain('wijk raken');
  });

  it('marks the comment "passage gewijzigd" when the quoted words were rewritten', () => {
    const edited = [passage('p1', 'Inwoners praten vanaf dag één mee, en horen terug wat er met hun inbreng gebeurde.'), passage('p2', P2)];
    expect(reanchor(anchor, edited)).toMatchObject({ state: 'changed', passageId: 'p1', start: null, end: null });
  });

  it('marks the comment "passage verwijderd" when its passage was deleted', () => {
    const edited = [passage('p2', P2), passage('p3', P3)];
    expect(reanchor(anchor, edited)).toMatchObject({ state: 'removed', passageId: null });
  });

  it('finds the quote in either half of a split paragraph (both halves keep the passage id)', () => {
    const at = P1.indexOf(', en we');
    const split = [passage('p1', P1.slice(0, at + 1) + '\n' + P1.slice(at + 2)), passage('p2', P2), passage('p3', P3)];
    const before = reanchor(anchor, split);
    expect(before.state).toBe('ok');
    expect(split[0].text.slice(before.start!, before.end!)).toBe(anchor.quote);
    const after = anchorOn('p1', 'leggen uit wat we');
    const landed = reanchor(after, split);
    expect(landed.state).toBe('ok');
    expect(split[0].text.slice(landed.start!, landed.end!)).toBe('leggen uit wat we');
  });

  it('follows a moved passage by its id', () => {
    const moved = [passage('p3', P3), passage('p2', P2), passage('p1', P1)];
    expect(reanchor(anchor, moved)).toEqual({ state: 'ok', passageId: 'p1', start: anchor.start, end: anchor.end, confidence: 1 });
  });

  it('finds the exact quote with its context in another passage when its own id is gone', () => {
    const renamed = [passage('p9', P1), passage('p2', P2)];
    expect(reanchor(anchor, renamed)).toMatchObject({ state: 'ok', passageId: 'p9', start: anchor.start });
  });

  it('never lands on unrelated text', () => {
    const short = anchorOn('p3', 'laat de uitvoering los');
    const other = [passage('p1', P1), passage('p2', P2)];
    expect(reanchor(short, other).state).toBe('removed');
  });
});
