// SPDX-License-Identifier: EUPL-1.2
/**
 * Makes content fit a fixed box on a room screen, with no one to scroll: first the type is scaled
 * down within readable bounds; what still does not fit flows into pages at full size (CSS columns
 * filling the box, overflowing sideways) that turn by themselves at a calm interval. Every page stays in the DOM, so a screen reader
 * reads the whole text; only the view moves.
 */
import { useCallback, useEffect, useLayoutEffect, useState, type RefObject } from 'react';

/** The type scales tried, largest first; the last is the smallest still readable from the back of the room. */
const SCALES = [1.25, 1.1, 1, 0.9, 0.8, 0.72] as const;

/** The scale of content that needs pages anyway: full size, since the pages turn by themselves. */
const PAGING_SCALE = 1;

/** How long one page stays on screen. */
const PAGE_MS = 20_000;

/** What the box shows: the scale chosen, the pages and the current one, and the turning controls. */
export interface FitOrPage {
  scale: number;
  pages: number;
  page: number;
  paused: boolean;
  setPaused: (paused: boolean) => void;
  next: () => void;
}

/** Counts the pages of a flow element (one column per page, overflowing sideways). */
function pagesOf(flow: HTMLElement): number {
  const gap = parseFloat(getComputedStyle(flow).columnGap) || 0;
  const width = flow.clientWidth;
  if (width <= 0) return 1;
  return Math.max(1, Math.round((flow.scrollWidth + gap) / (width + gap)));
}

/** Chooses the largest scale at which the flow fits one page, or the smallest with its page count. */
function measure(box: HTMLElement, flow: HTMLElement): { scale: number; pages: number } {
  for (const scale of SCALES) {
    box.style.setProperty('--fit-scale', String(scale));
    const pages = pagesOf(flow);
    if (pages === 1) return { scale, pages };
  }
  box.style.setProperty('--fit-scale', String(PAGING_SCALE));
  return { scale: PAGING_SCALE, pages: pagesOf(flow) };
}

/** Fits or pages the flow element inside the box element; re-measures when either changes. */
export function useFitOrPage(boxRef: RefObject<HTMLElement | null>, flowRef: RefObject<HTMLElement | null>): FitOrPage {
  const [fit, setFit] = useState({ scale: 1, pages: 1 });
  const [page, setPage] = useState(0);
  const [paused, setPaused] = useState(false);

  useLayoutEffect(() => {
    const box = boxRef.current;
    const flow = flowRef.current;
    if (!box || !flow) return;
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const next = measure(box, flow);
        setFit((old) => (old.scale === next.scale && old.pages === next.pages ? old : next));
      });
    };
    update();
    const resize = new ResizeObserver(update);
    resize.observe(box);
    const mutation = new MutationObserver(update);
    mutation.observe(flow, { subtree: true, childList: true, characterData: true });
    return () => { cancelAnimationFrame(frame); resize.disconnect(); mutation.disconnect(); };
  }, [boxRef, flowRef]);

  useEffect(() => {
    boxRef.current?.style.setProperty('--fit-scale', String(fit.scale));
  }, [boxRef, fit.scale]);

  const pages = fit.pages;
  useEffect(() => { if (page >= pages) setPage(0); }, [page, pages]);
  useEffect(() => {
    if (pages <= 1 || paused) return;
    const timer = setInterval(() => setPage((p) => (p + 1) % pages), PAGE_MS);
    return () => clearInterval(timer);
  }, [pages, paused]);

  const next = useCallback(() => setPage((p) => (p + 1) % Math.max(1, pages)), [pages]);
  return { scale: fit.scale, pages, page: Math.min(page, pages - 1), paused, setPaused, next };
}
