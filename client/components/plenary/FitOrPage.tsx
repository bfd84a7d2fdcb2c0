// SPDX-License-Identifier: EUPL-1.2
/**
 * A box on the room screen whose content fits by itself: type scaled within readable bounds, else
 * pages that turn calmly, with a visible "Deel 1 van 2" and small controls to pause or turn on.
 */
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFitOrPage } from './useFitOrPage.js';

/** Props of the fitting box. */
export interface FitOrPageProps {
  /** Names the content for the controls, e.g. "de visie" or the group's name. */
  label: string;
  className?: string;
  children: ReactNode;
}

/** The fitting box. */
export function FitOrPage({ label, className, children }: FitOrPageProps) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const flow = useRef<HTMLDivElement>(null);
  const { pages, page, paused, setPaused, next } = useFitOrPage(box, flow);
  return (
    <div className={`fit-page${className ? ` ${className}` : ''}`}>
      <div ref={box} className="fit-page__box">
        <div ref={flow} className="fit-page__flow" style={{ transform: `translateX(calc(${-page} * (100% + var(--fit-gap))))` }}>
          {children}
        </div>
      </div>
      {pages > 1 ? (
        <div className="fit-page__bar">
          <span className="fit-page__count">{t('plenary.paging.part', { page: page + 1, pages })}</span>
          <button type="button" className="fit-page__button" aria-pressed={paused} onClick={() => setPaused(!paused)}>
            {t('plenary.paging.pause', { label })}
          </button>
          <button type="button" className="fit-page__button" onClick={next}>{t('plenary.paging.next', { label })}</button>
        </div>
      ) : null}
    </div>
  );
}
